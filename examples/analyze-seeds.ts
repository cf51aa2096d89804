/**
 * Prints, for each of the five seed articles, its topic scores, the actors it names most and
 * the strongest stances it takes.
 *
 * Run it from the repository root after building (Node 20 cannot run TypeScript itself; Bun and
 * Deno can, and both are dev dependencies, so this works offline):
 *
 *   npm run build
 *   npx bun examples/analyze-seeds.ts
 *   npx deno run --allow-read examples/analyze-seeds.ts
 *
 * `marsad` below resolves to this repository's dist/: a package may import itself by name
 * through the `exports` of its own package.json. Copied into your project, the same import
 * reaches the installed package.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeMany, type Analysis, type BatchInput } from 'marsad';

const ACTORS_SHOWN = 5;
const STANCES_SHOWN = 3;

// Relative to this file, not the working directory, so the script runs from anywhere.
const seedsDir = fileURLToPath(new URL('../seeds/', import.meta.url));
const articles: BatchInput[] = readdirSync(seedsDir)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => ({ id: file, text: readFileSync(join(seedsDir, file), 'utf8') }));

for await (const { id, analysis } of analyzeMany(articles)) {
  console.log(summarise(id, analysis));
}

function summarise(file: string, analysis: Analysis): string {
  const lines = [file];

  lines.push('  topics:');
  for (const t of analysis.topics) {
    lines.push(`    ${t.present ? '+' : '-'} ${t.topic.padEnd(12)} ${t.score.toFixed(2)}${t.present ? '' : '  (not present)'}`);
  }

  // Mentions in reader comments and other page furniture do not count toward the article.
  const counted = analysis.actors
    .map((a) => ({ actor: a, mentions: a.mentions.filter((m) => !m.excluded).length }))
    .filter((a) => a.mentions > 0)
    .sort((a, b) => b.mentions - a.mentions)
    .slice(0, ACTORS_SHOWN);
  lines.push(`  actors: ${counted.map(({ actor, mentions }) => `${actor.name.en} (${actor.id}) x${mentions}`).join(', ') || 'none'}`);

  const stances = analysis.stances
    .filter((s) => s.label !== 'neutral')
    .sort((a, b) => Math.abs(b.score) - Math.abs(a.score))
    .slice(0, STANCES_SHOWN);
  lines.push('  stances:');
  if (stances.length === 0) lines.push('    none');
  for (const s of stances) {
    lines.push(`    ${s.holder} -> ${s.target}: ${s.label} ${s.score.toFixed(2)}`);
  }

  return lines.join('\n') + '\n';
}

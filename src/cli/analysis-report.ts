import type { Analysis } from '../index';

/** How many actors the readable report lists per article. */
const TOP_ACTORS = 6;

/**
 * One article as a short readable block: each topic with its score, whether it is present, its
 * strongest subtopics and a few evidence words; the most mentioned actors; excluded regions and
 * warnings.
 */
export function formatAnalysis(file: string, a: Analysis): string {
  const lines = [file];
  for (const t of a.topics) {
    const subtopics = t.subtopics.slice(0, 3).map((s) => `${s.id} ${s.score}`).join(', ');
    const words = [...new Set(t.evidence.filter((e) => !e.negated).map((e) => e.text))].slice(0, 5).join('، ');
    lines.push(`  ${t.present ? '+' : '-'} ${t.topic.padEnd(12)} ${t.score.toFixed(2)}${subtopics ? `  (${subtopics})` : ''}${words ? `  ${words}` : ''}`);
  }
  const counted = a.actors
    .map((x) => ({ actor: x, n: x.mentions.filter((m) => !m.excluded).length }))
    .filter((x) => x.n > 0)
    .sort((x, y) => y.n - x.n || (x.actor.id < y.actor.id ? -1 : 1))
    .slice(0, TOP_ACTORS);
  if (counted.length > 0) lines.push(`  actors: ${counted.map((x) => `${x.actor.id} ${x.n}`).join(', ')}`);
  for (const r of a.excluded) lines.push(`  excluded ${r.reason} from ${r.start} to ${r.end}: ${JSON.stringify(r.cue)}`);
  for (const w of a.warnings) lines.push(`  warning: ${w}`);
  return lines.join('\n');
}

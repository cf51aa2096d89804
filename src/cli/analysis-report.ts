import type { Analysis, Stance } from '../index';

/** How many actors, stances and evidence words the readable report lists per article. */
const TOP_ACTORS = 6;
const TOP_STANCES = 6;
const STANCE_WORDS = 3;

/** The strongest stances that are not neutral, strongest first (ties by target). */
export function topStances(a: Analysis, n: number): Stance[] {
  return a.stances
    .filter((s) => s.label !== 'neutral')
    .sort((x, y) => Math.abs(y.score) - Math.abs(x.score) || (x.target < y.target ? -1 : x.target > y.target ? 1 : 0))
    .slice(0, n);
}

/** The actors the article names, with their mentions outside excluded regions, most named first. */
export function mentionCounts(a: Analysis): { id: string; n: number }[] {
  return a.actors
    .map((x) => ({ id: x.id, n: x.mentions.filter((m) => !m.excluded).length }))
    .filter((x) => x.n > 0)
    .sort((x, y) => y.n - x.n || (x.id < y.id ? -1 : 1));
}

/**
 * One article as a short readable block: each topic with its score, whether it is present, its
 * strongest subtopics and a few evidence words; the most mentioned actors; the strongest stances
 * that are not neutral, with their words; the events; excluded regions and warnings.
 */
export function formatAnalysis(file: string, a: Analysis): string {
  const lines = [file];
  for (const t of a.topics) {
    const subtopics = t.subtopics.slice(0, 3).map((s) => `${s.id} ${s.score}`).join(', ');
    const words = [...new Set(t.evidence.filter((e) => !e.negated).map((e) => e.text))].slice(0, 5).join('، ');
    lines.push(`  ${t.present ? '+' : '-'} ${t.topic.padEnd(12)} ${t.score.toFixed(2)}${subtopics ? `  (${subtopics})` : ''}${words ? `  ${words}` : ''}`);
  }
  const counted = mentionCounts(a).slice(0, TOP_ACTORS);
  if (counted.length > 0) lines.push(`  actors: ${counted.map((x) => `${x.id} ${x.n}`).join(', ')}`);
  for (const s of topStances(a, TOP_STANCES)) {
    const words = [...new Set(s.evidence.map((e) => `${e.text}${e.negated ? ' (negated)' : ''}`))].slice(0, STANCE_WORDS).join('، ');
    lines.push(`  stance ${s.holder} -> ${s.target}: ${s.label} ${s.score.toFixed(2)}  ${words}`);
  }
  for (const e of a.events) {
    const told = e.modality === 'reported' ? `reported by ${e.holder}` : e.holder === 'author' ? e.modality : `${e.modality}, said by ${e.holder}`;
    lines.push(`  event ${e.source.join('+')} ${e.mutual ? '<->' : '->'} ${e.target.join('+')}: ${e.cameo} ${e.description} (${e.goldstein > 0 ? '+' : ''}${e.goldstein}; ${told})  ${e.trigger.text}`);
  }
  for (const r of a.excluded) lines.push(`  excluded ${r.reason} from ${r.start} to ${r.end}: ${JSON.stringify(r.cue)}`);
  for (const w of a.warnings) lines.push(`  warning: ${w}`);
  return lines.join('\n');
}

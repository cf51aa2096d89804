import type { NormalizeRule, NormalizedText } from '../index';

/** What normalisation did to one text, for `marsad normalize --report`. */
export interface NormalizeReport {
  name: string;
  preset: string;
  length: { before: number; after: number };
  changes: number;
  /** Changes per rule, most frequent first, with the commonest substitutions of each. */
  rules: { rule: NormalizeRule; changes: number; top: { before: string; after: string; count: number }[] }[];
  /** Words that changed, most frequent first. */
  words: { before: string; after: string; count: number }[];
}

const countInto = (map: Map<string, number>, key: string): void => {
  map.set(key, (map.get(key) ?? 0) + 1);
};

const ranked = (map: Map<string, number>, limit: number): { before: string; after: string; count: number }[] =>
  [...map]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([key, count]) => {
      const [before, after] = JSON.parse(key) as [string, string];
      return { before, after, count };
    });

/** Summarises a normalisation: per-rule counts and the words it changed. */
export function buildReport(name: string, preset: string, result: NormalizedText, limit = 10): NormalizeReport {
  const changes = result.changes();
  const perRule = new Map<NormalizeRule, Map<string, number>>();
  const ruleCounts = new Map<NormalizeRule, number>();
  for (const c of changes) {
    for (const rule of c.rules) {
      ruleCounts.set(rule, (ruleCounts.get(rule) ?? 0) + 1);
      let subs = perRule.get(rule);
      if (!subs) perRule.set(rule, (subs = new Map()));
      countInto(subs, JSON.stringify([c.before, c.after]));
    }
  }
  const words = new Map<string, number>();
  const { text } = result;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const span = result.toOriginal(m.index, m.index + m[0].length);
    const before = result.original.slice(span.start, span.end);
    if (before !== m[0]) countInto(words, JSON.stringify([before, m[0]]));
  }
  return {
    name,
    preset,
    length: { before: result.original.length, after: text.length },
    changes: changes.length,
    rules: [...ruleCounts]
      .sort((a, b) => b[1] - a[1])
      .map(([rule, count]) => ({ rule, changes: count, top: ranked(perRule.get(rule) as Map<string, number>, 4) })),
    words: ranked(words, limit),
  };
}

/** Makes invisible characters visible in a report line (RLM as <U+200F>). */
export function visible(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    const invisible = /[\p{Cf}\p{Zs}\p{Cc}\p{M}]/u.test(ch) && ch !== ' ';
    out += invisible ? `<U+${cp.toString(16).toUpperCase().padStart(4, '0')}>` : ch;
  }
  return out === '' ? '∅' : out;
}

/** The report as text for a terminal. */
export function formatReport(r: NormalizeReport): string {
  const lines = [
    `${r.name}  (preset ${r.preset})`,
    `  ${r.length.before} -> ${r.length.after} characters, ${r.changes} change${r.changes === 1 ? '' : 's'}`,
  ];
  if (r.rules.length > 0) {
    lines.push('  what changed:');
    for (const { rule, changes, top } of r.rules) {
      const examples = top.map((t) => `${visible(t.before)} -> ${visible(t.after)} ×${t.count}`).join(', ');
      lines.push(`    ${rule.padEnd(18)} ${String(changes).padStart(6)}   ${examples}`);
    }
  }
  if (r.words.length > 0) {
    lines.push('  before -> after (words):');
    for (const w of r.words) lines.push(`    ${visible(w.before)}  ->  ${visible(w.after)}  ×${w.count}`);
  }
  return lines.join('\n');
}

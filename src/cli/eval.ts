import { createAnalyzer, type TopicId } from '../index';
import { evaluateTopics, type LabelledItem, type TopicEvaluation } from '../eval/topics';
import { TOPICS } from '../topics/lexicon';

/** A line of the input that could not be used, with its number and what is wrong. */
export interface BadLine {
  line: number;
  problem: string;
}

/** Parses JSONL lines `{ "text": ..., "labels": [...] }`; blank lines are skipped, bad ones reported. */
export function parseLabelled(content: string): { items: LabelledItem[]; bad: BadLine[] } {
  const items: LabelledItem[] = [];
  const bad: BadLine[] = [];
  content.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      bad.push({ line, problem: `not valid JSON (${(error as Error).message})` });
      return;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      bad.push({ line, problem: 'expected a JSON object with "text" and "labels"' });
      return;
    }
    const { text, labels } = value as { text?: unknown; labels?: unknown };
    if (typeof text !== 'string') {
      bad.push({ line, problem: `"text" must be a string, got ${text === undefined ? 'nothing' : JSON.stringify(text)}` });
      return;
    }
    if (!Array.isArray(labels)) {
      bad.push({ line, problem: `"labels" must be an array of topic ids (${TOPICS.join(', ')}), got ${labels === undefined ? 'nothing' : JSON.stringify(labels)}` });
      return;
    }
    const unknown = labels.filter((l) => !TOPICS.includes(l as TopicId));
    if (unknown.length > 0) {
      bad.push({ line, problem: `unknown label ${JSON.stringify(unknown[0])}; labels are ${TOPICS.join(', ')}` });
      return;
    }
    items.push({ text, labels: labels as TopicId[], line });
  });
  return { items, bad };
}

/** The evaluation as a readable report. */
export function formatEvaluation(file: string, e: TopicEvaluation, bad: readonly BadLine[]): string {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
  const lines = [`${file}: ${e.items} items${bad.length ? `, ${bad.length} bad lines skipped` : ''}`, '', 'topic          precision  recall      F1    tp   fp   fn'];
  for (const t of e.perTopic) {
    lines.push(`${t.topic.padEnd(14)} ${pct(t.precision)}%  ${pct(t.recall)}%  ${pct(t.f1)}%  ${String(t.truePositives).padStart(4)} ${String(t.falsePositives).padStart(4)} ${String(t.falseNegatives).padStart(4)}`);
  }
  lines.push(`macro-F1       ${pct(e.macroF1)}%`, '');
  if (e.errors.length > 0) lines.push(`${e.errors.length} items wrong:`);
  for (const err of e.errors) {
    lines.push(`  line ${err.line ?? '?'}: expected [${err.expected.join(', ')}], got [${err.predicted.join(', ')}]`);
    lines.push(`    ${err.text.length > 120 ? `${err.text.slice(0, 120)}…` : err.text}`);
    for (const t of err.evidence) {
      lines.push(`    ${t.topic} ${t.score}: ${t.evidence.map((x) => `${x.text}${x.negated ? ' (negated)' : ''} ${x.weight}`).join('، ')}`);
    }
  }
  return lines.join('\n');
}

/** Runs the evaluation of one JSONL file's content. */
export function evaluateFile(content: string): { evaluation: TopicEvaluation; bad: BadLine[] } {
  const { items, bad } = parseLabelled(content);
  return { evaluation: evaluateTopics(items, createAnalyzer()), bad };
}

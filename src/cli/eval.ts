import { createAnalyzer, type TopicId } from '../index';
import { evaluateStances, STANCE_LABELS, type GoldStance, type LabelledStanceItem, type StanceEvaluation, type StanceLabel } from '../eval/stance';
import { evaluateTopics, type LabelledItem, type TopicEvaluation } from '../eval/topics';
import { TOPICS } from '../topics/lexicon';

/** A line of the input that could not be used, with its number and what is wrong. */
export interface BadLine {
  line: number;
  problem: string;
}

/** The lines of a labelled JSONL file: those with topic labels, those with stances (a line may be both), and the bad ones. */
export interface LabelledFile {
  topics: LabelledItem[];
  stances: LabelledStanceItem[];
  bad: BadLine[];
}

const show = (v: unknown) => (v === undefined ? 'nothing' : JSON.stringify(v));

/**
 * Parses JSONL lines `{ "text": ..., "labels": [...] }` and/or `{ "text": ..., "stance": [{
 * "target", "holder", "label" }] }`; other fields are ignored, blank lines skipped, bad ones
 * reported (the whole line is left out, so no item is scored on half its labels).
 */
export function parseLabelled(content: string): LabelledFile {
  const out: LabelledFile = { topics: [], stances: [], bad: [] };
  content.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const problem = (p: string) => out.bad.push({ line, problem: p });
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      problem(`not valid JSON (${(error as Error).message})`);
      return;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      problem('expected a JSON object with "text" and "labels" or "stance"');
      return;
    }
    const { text, labels, stance } = value as { text?: unknown; labels?: unknown; stance?: unknown };
    if (typeof text !== 'string') {
      problem(`"text" must be a string, got ${show(text)}`);
      return;
    }
    if (labels === undefined && stance === undefined) {
      problem('expected "labels" (topic ids) or "stance" (a list of { target, holder, label }), got neither');
      return;
    }
    if (labels !== undefined) {
      if (!Array.isArray(labels)) {
        problem(`"labels" must be an array of topic ids (${TOPICS.join(', ')}), got ${show(labels)}`);
        return;
      }
      const unknown = labels.filter((l) => !TOPICS.includes(l as TopicId));
      if (unknown.length > 0) {
        problem(`unknown label ${JSON.stringify(unknown[0])}; labels are ${TOPICS.join(', ')}`);
        return;
      }
    }
    let gold: GoldStance[] | undefined;
    if (stance !== undefined) {
      const checked = checkStance(stance);
      if (typeof checked === 'string') {
        problem(checked);
        return;
      }
      gold = checked;
    }
    if (labels !== undefined) out.topics.push({ text, labels: labels as TopicId[], line });
    if (gold) out.stances.push({ text, stance: gold, line });
  });
  return out;
}

/** The gold stances of a line, or what is wrong with them. */
function checkStance(stance: unknown): GoldStance[] | string {
  if (!Array.isArray(stance) || stance.length === 0) return `"stance" must be a non-empty array of { target, holder, label }, got ${show(stance)}`;
  const gold: GoldStance[] = [];
  for (const [i, s] of stance.entries()) {
    const where = `"stance"[${i}]`;
    if (s === null || typeof s !== 'object' || Array.isArray(s)) return `${where} must be an object { target, holder, label }, got ${show(s)}`;
    const { target, holder, label } = s as { target?: unknown; holder?: unknown; label?: unknown };
    if (typeof target !== 'string' || target === '') return `${where}.target must be an actor id, got ${show(target)}`;
    if (holder !== undefined && (typeof holder !== 'string' || holder === '')) return `${where}.holder must be "author", a source group or an actor id, got ${show(holder)}`;
    if (!STANCE_LABELS.includes(label as StanceLabel)) return `${where}.label must be one of ${STANCE_LABELS.join(', ')}, got ${show(label)}`;
    gold.push({ target, holder: (holder as string | undefined) ?? 'author', label: label as StanceLabel });
  }
  return gold;
}

/** What `marsad eval` reports for one file. */
export interface FileEvaluation {
  topics: TopicEvaluation | null;
  stance: StanceEvaluation | null;
  bad: BadLine[];
}

/** Runs the evaluation of one JSONL file's content: topics on the lines with labels, stance on those with stances. */
export function evaluateFile(content: string): FileEvaluation {
  const { topics, stances, bad } = parseLabelled(content);
  const analyzer = createAnalyzer();
  return {
    topics: topics.length > 0 ? evaluateTopics(topics, analyzer) : null,
    stance: stances.length > 0 ? evaluateStances(stances, analyzer) : null,
    bad,
  };
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
const count = (x: number) => String(x).padStart(4);
const clip = (text: string) => (text.length > 120 ? `${text.slice(0, 120)}…` : text);

/** The evaluation as a readable report. */
export function formatEvaluation(file: string, e: FileEvaluation): string {
  const items = (e.topics?.items ?? 0) + (e.stance?.items ?? 0);
  const lines = [`${file}: ${items === 0 ? 'no items' : [e.topics && `${e.topics.items} topic items`, e.stance && `${e.stance.items} stance items`].filter(Boolean).join(', ')}${e.bad.length ? `, ${e.bad.length} bad lines skipped` : ''}`];
  if (e.topics) lines.push('', ...formatTopics(e.topics));
  if (e.stance) lines.push('', ...formatStance(e.stance));
  return lines.join('\n');
}

function formatTopics(e: TopicEvaluation): string[] {
  const lines = ['topic          precision  recall      F1    tp   fp   fn'];
  for (const t of e.perTopic) {
    lines.push(`${t.topic.padEnd(14)} ${pct(t.precision)}%  ${pct(t.recall)}%  ${pct(t.f1)}%  ${count(t.truePositives)} ${count(t.falsePositives)} ${count(t.falseNegatives)}`);
  }
  lines.push(`macro-F1       ${pct(e.macroF1)}%`, '');
  if (e.errors.length > 0) lines.push(`${e.errors.length} items wrong:`);
  for (const err of e.errors) {
    lines.push(`  line ${err.line ?? '?'}: expected [${err.expected.join(', ')}], got [${err.predicted.join(', ')}]`);
    lines.push(`    ${clip(err.text)}`);
    for (const t of err.evidence) {
      lines.push(`    ${t.topic} ${t.score}: ${t.evidence.map((x) => `${x.text}${x.negated ? ' (negated)' : ''} ${x.weight}`).join('، ')}`);
    }
  }
  return lines;
}

function formatStance(e: StanceEvaluation): string[] {
  const lines = [`stance (${e.pairs} holder-target pairs)`, 'label          precision  recall      F1    tp   fp   fn'];
  for (const l of e.perLabel) {
    lines.push(`${l.label.padEnd(14)} ${pct(l.precision)}%  ${pct(l.recall)}%  ${pct(l.f1)}%  ${count(l.truePositives)} ${count(l.falsePositives)} ${count(l.falseNegatives)}`);
  }
  lines.push(`F_avg          ${pct(e.fAvg)}%   (mean F1 of favor and against)`, `accuracy       ${pct(e.accuracy)}%`, '');
  if (e.errors.length > 0) lines.push(`${e.errors.length} pairs wrong:`);
  for (const err of e.errors) {
    lines.push(`  line ${err.line ?? '?'}: ${err.holder} -> ${err.target}: expected ${err.expected}, got ${err.predicted} (${err.score})`);
    lines.push(`    ${clip(err.text)}`);
    if (err.evidence.length > 0) lines.push(`    ${err.evidence.map((x) => `${x.text}${x.negated ? ' (negated)' : ''} ${x.weight}`).join('، ')}`);
  }
  return lines;
}

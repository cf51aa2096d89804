import type { FoundActor } from '../actors/find';
import { addCue, createCueMatcher, matchCues, type CueMatcher } from '../match/cues';
import type { Span } from '../normalize/normalized-text';
import { negationAt } from '../text/negation';
import type { Region } from '../text/regions';
import type { Token, Tokenizer } from '../text/tokenizer';
import type { StanceCue } from './data/cues';
import type { Attribution } from './holders';

/** One piece of stance evidence: the words, the cue, and what they added (signed). */
export interface StanceEvidence extends Span {
  text: string;
  cue: string;
  /** Signed: positive for favour, negative against. */
  weight: number;
  /** Set when a negation turned the cue around (`لم ينجح`), or a failure word made it (`فشلت في`). */
  negated?: true;
}

/** How a holder stands toward a target actor. */
export interface Stance {
  /** The actor id the stance is about. */
  target: string;
  /** `author` (the outlet), or the actor or source group quoted (see `attributions`). */
  holder: string;
  label: 'favor' | 'against' | 'neutral' | 'mixed';
  /** In [-1, 1]: negative against, positive favour. */
  score: number;
  /** In [0, 1]: how much evidence backs the label. */
  confidence: number;
  evidence: StanceEvidence[];
}

/** @internal compiled stance cues. */
export type StanceLexicon = CueMatcher<StanceCue>;

/** Compiles stance cues into a matcher. */
export function compileStanceLexicon(cues: readonly StanceCue[], tokenizer: Tokenizer): StanceLexicon {
  const matcher = createCueMatcher<StanceCue>();
  for (const cue of cues) for (const phrase of cue.phrases) addCue(matcher, phrase, cue, tokenizer, (old, added) => (added.weight > old.weight ? added : old));
  return matcher;
}

/** What {@link scoreStances} reads. */
export interface StanceInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Span[];
  excluded: readonly Region[];
  actors: readonly FoundActor[];
  attributions: readonly Attribution[];
}

/** Words before and after a cue where its target may stand. */
const BEFORE = 7;
const AFTER = 6;
const AFTER_OBJECT = 6;
const SUBJECT_BEFORE = 14;
const PREPOSITIONS = new Set(['في', 'الي', 'علي', 'من', 'عن', 'مع', 'بين', 'نحو', 'لدي']);
/** A negated cue says less than a plain one. */
const NEGATED_FACTOR = 0.7;
/** A label needs at least this much signed score. */
const LABEL_THRESHOLD = 0.25;
/** Types an article can take a stance toward (not media). */
const TARGET_TYPES = new Set(['state', 'igo', 'armed_group', 'rebel_movement', 'pmc', 'leader']);

/**
 * Scores how each holder stands toward each actor: every evaluative cue outside the excluded
 * regions is given to the holder whose reported clause contains it (the author otherwise) and
 * to its target, the nearest actor in the same sentence (or the one after, for what is done to
 * an object: `محاربة القاعدة`), never the holder himself or his state. A negation turns a cue
 * around; a failure word (`فشلت في`) counts against. Per (holder, target): `score = tanh(Σ w)`,
 * a label from ±0.25 (`mixed` when strong evidence points both ways), and a confidence that
 * grows with the evidence. Every actor the article names gets an author entry, neutral when
 * nothing judges it.
 */
export function scoreStances(input: StanceInput, lexicon: StanceLexicon): Stance[] {
  const { text, tokens, sentences, excluded, actors, attributions } = input;
  const typeOf = new Map(actors.map((a) => [a.id, a.type as string]));
  const byStart = new Map<number, string[]>();
  const ends = new Map<number, number>();
  for (const a of actors) {
    if (!TARGET_TYPES.has(a.type)) continue;
    for (const m of a.mentions) {
      if (m.excluded) continue;
      byStart.set(m.start, [...(byStart.get(m.start) ?? []), a.id]);
      ends.set(m.start, Math.max(ends.get(m.start) ?? 0, m.end));
    }
  }
  const parentOf = new Map(actors.filter((a) => a.parent).map((a) => [a.id, a.parent!]));
  const pairs = new Map<string, { holder: string; target: string; evidence: StanceEvidence[] }>();
  const pair = (holder: string, target: string) => {
    const key = `${holder}\u0000${target}`;
    let p = pairs.get(key);
    if (!p) pairs.set(key, (p = { holder, target, evidence: [] }));
    return p;
  };
  for (const a of actors) if (TARGET_TYPES.has(a.type) && a.mentions.some((m) => !m.excluded)) pair('author', a.id);

  /** The mentions each type-restricted cue may judge, built once per cue. */
  const restricted = new Map<StanceCue, Map<number, string[]>>();
  for (const m of matchCues(tokens, lexicon)) {
    const first = tokens[m.from]!;
    const last = tokens[m.to - 1]!;
    if (excluded.some((r) => first.start >= r.start && first.start < r.end)) continue;
    const sentence = sentences.find((s) => first.start >= s.start && first.start < s.end);
    if (!sentence) continue;
    // From the reporting verb on (`أشاد الخبراء بـ...` is the experts' praise) to the end of the clause.
    const holder = attributions.find((x) => first.start >= x.cue.start && first.start < x.end)?.holder.id ?? 'author';
    const self = new Set([holder, parentOf.get(holder) ?? '']);
    const types = m.value.targetTypes as readonly string[] | undefined;
    let eligible = byStart;
    if (types) {
      eligible = restricted.get(m.value) ?? filterMentions(byStart, (id) => types.includes(typeOf.get(id)!));
      restricted.set(m.value, eligible);
    }
    const targets = targetsOf(tokens, m.from, m.to, sentence, eligible, m.value.target ?? 'near').filter((t) => !self.has(t));
    if (targets.length === 0) continue;
    const negation = negationAt(tokens, m.from, text);
    let weight = m.value.polarity * m.value.weight;
    if (negation === 'negated') weight = -weight * NEGATED_FACTOR;
    else if (negation === 'failed') weight = -Math.abs(weight);
    const evidence: StanceEvidence = { start: first.start, end: last.end, text: text.slice(first.start, last.end), cue: m.value.id, weight: round(weight) };
    if (negation) evidence.negated = true;
    for (const target of targets) pair(holder, target).evidence.push(evidence);
  }

  return [...pairs.values()]
    .map(({ holder, target, evidence }) => {
      const sum = evidence.reduce((s, e) => s + e.weight, 0);
      const pos = evidence.filter((e) => e.weight > 0).reduce((s, e) => s + e.weight, 0);
      const neg = -evidence.filter((e) => e.weight < 0).reduce((s, e) => s + e.weight, 0);
      const score = round(Math.tanh(sum));
      const label: Stance['label'] =
        pos >= 0.5 && neg >= 0.5 && Math.abs(score) < 0.5 ? 'mixed' : score >= LABEL_THRESHOLD ? 'favor' : score <= -LABEL_THRESHOLD ? 'against' : 'neutral';
      const confidence = round((1 - Math.exp(-evidence.length / 2)) * (pos + neg === 0 ? 0 : Math.abs(pos - neg) / (pos + neg)));
      return { target, holder, label, score, confidence, evidence };
    })
    .sort((a, b) => (a.holder === b.holder ? 0 : a.holder === 'author' ? -1 : b.holder === 'author' ? 1 : a.holder < b.holder ? -1 : 1) || Math.abs(b.score) - Math.abs(a.score) || (a.target < b.target ? -1 : 1));
}

/** The actors a cue at tokens [from, to) judges: the nearest mention (and those coordinated with it by و). */
function targetsOf(
  tokens: readonly Token[],
  from: number,
  to: number,
  sentence: Span,
  byStart: ReadonlyMap<number, string[]>,
  direction: 'after' | 'near' | 'subject',
): string[] {
  const inSentence = (i: number) => i >= 0 && i < tokens.length && tokens[i]!.start >= sentence.start && tokens[i]!.start < sentence.end;
  let best: { index: number; distance: number } | null = null;
  for (let i = to, d = 1; i < to + (direction === 'after' ? AFTER_OBJECT : AFTER) && inSentence(i); i++, d++) {
    if (byStart.has(tokens[i]!.start)) {
      best = { index: i, distance: d };
      break;
    }
  }
  if (direction === 'subject') {
    for (let i = from - 1; i >= from - SUBJECT_BEFORE && inSentence(i); i--) {
      if (!byStart.has(tokens[i]!.start) || governed(tokens, i)) continue;
      best = { index: i, distance: 0 };
      break;
    }
  } else if (direction === 'near') {
    for (let i = from - 1, d = 1; i >= from - BEFORE && inSentence(i); i--, d++) {
      if (!byStart.has(tokens[i]!.start)) continue;
      if (!best || d <= best.distance) best = { index: i, distance: d };
      break;
    }
  }
  if (!best) return [];
  const ids = new Set(byStart.get(tokens[best.index]!.start));
  // فرنسا وأمريكا: coordinated actors share what is said of them.
  for (const step of [-1, 1]) {
    let i = best.index + step;
    while (inSentence(i)) {
      const t = tokens[i]!;
      const m = byStart.get(t.start);
      if (m && (step === 1 ? t.clitics.conjunction === 'و' : tokens[i + 1]!.clitics.conjunction === 'و')) {
        for (const id of m) ids.add(id);
        i += step;
      } else break;
    }
  }
  return [...ids];
}

/** A mention after a preposition (`إلى مالي`, `لمالي`) is not the one who acts. */
function governed(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.clitics.preposition) return true;
  const prev = tokens[i - 1];
  return prev !== undefined && PREPOSITIONS.has(prev.key);
}

function filterMentions(byStart: ReadonlyMap<number, string[]>, keep: (id: string) => boolean): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const [start, ids] of byStart) {
    const kept = ids.filter(keep);
    if (kept.length > 0) out.set(start, kept);
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

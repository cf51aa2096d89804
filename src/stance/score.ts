import type { FoundActor } from '../actors/find';
import { describeValue, entryName } from '../errors';
import { addCue, createCueMatcher, matchCues, type CueMatch, type CueMatcher } from '../match/cues';
import type { Span } from '../normalize/normalized-text';
import { negationAt } from '../text/negation';
import type { Region } from '../text/regions';
import type { Token, Tokenizer } from '../text/tokenizer';
import type { StanceCue } from './data/cues';
import type { Attribution } from './holders';
import { verbForms } from './inflect';
import { compileTargetWords, TargetFinder, TARGET_TYPES, type TargetWords } from './targets';

/** One piece of stance evidence: the words, the cue, and what they added (signed). */
export interface StanceEvidence extends Span {
  /** `text.slice(start, end)`: the words that matched. */
  text: string;
  /** The cue id. */
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
  /** `favor` or `against` from a score of ±0.25 on, `mixed` when strong evidence points both ways, `neutral` otherwise (also when nothing judges the target). */
  label: 'favor' | 'against' | 'neutral' | 'mixed';
  /** In [-1, 1]: negative against, positive favour. */
  score: number;
  /** In [0, 1]: how much evidence backs the label. */
  confidence: number;
  /** Every cue occurrence that judges the target for this holder, in text order. */
  evidence: StanceEvidence[];
}

/** @internal compiled stance cues, and the word lists target finding reads. */
export interface StanceLexicon {
  readonly matcher: CueMatcher<StanceCue>;
  readonly words: TargetWords;
}

const DIRECTIONS = ['after', 'near', 'subject'];
const TYPES = [...TARGET_TYPES] as string[];

/** Validates stance cues and compiles them into a matcher; a bad entry throws with the entry and the problem named. */
export function compileStanceLexicon(cues: readonly StanceCue[], tokenizer: Tokenizer): StanceLexicon {
  if (!Array.isArray(cues)) throw new TypeError(`stance lexicon: expected an array of cues, got ${describeValue(cues)}`);
  const matcher = createCueMatcher<StanceCue>();
  const ids = new Set<string>();
  cues.forEach((cue, index) => {
    const where = entryName('stance cue', cue, index, ids);
    if (cue.polarity !== 1 && cue.polarity !== -1) throw new TypeError(`${where}: polarity must be 1 or -1, got ${describeValue(cue.polarity)}`);
    if (typeof cue.weight !== 'number' || !(cue.weight > 0 && cue.weight <= 1)) throw new RangeError(`${where}: weight must be a number in (0, 1], got ${describeValue(cue.weight)}`);
    if (cue.target !== undefined && !DIRECTIONS.includes(cue.target)) throw new TypeError(`${where}: target must be one of ${DIRECTIONS.join(', ')}, got ${describeValue(cue.target)}`);
    for (const t of cue.targetTypes ?? []) if (!TYPES.includes(t)) throw new TypeError(`${where}: unknown target type ${JSON.stringify(t)}; types are ${TYPES.join(', ')}`);
    if (!Array.isArray(cue.phrases)) throw new TypeError(`${where}: phrases must be an array of strings`);
    if (cue.verbs !== undefined && !Array.isArray(cue.verbs)) throw new TypeError(`${where}: verbs must be an array of strings`);
    const verbs = (cue.verbs ?? []).map((v: unknown) => {
      if (typeof v !== 'string' || /\s/.test(v.trim()) || v.trim().length < 2) throw new TypeError(`${where}: verb ${JSON.stringify(v)} must be one word (the past, third person masculine singular)`);
      return verbForms(v);
    });
    if (cue.phrases.length === 0 && verbs.length === 0) throw new TypeError(`${where}: give at least one phrase or verb`);
    for (const phrase of [...cue.phrases, ...verbs.flat()]) {
      // Two cues on the same words: the heavier one speaks for them.
      const n = typeof phrase === 'string' ? addCue(matcher, phrase, cue, tokenizer, (old, added) => (added.weight > old.weight ? added : old)) : 0;
      if (n === 0) throw new TypeError(`${where}: phrase ${typeof phrase === 'string' ? JSON.stringify(phrase) : describeValue(phrase)} has no words to match`);
    }
  });
  return { matcher, words: compileTargetWords(tokenizer) };
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

/**
 * A negated cue says its opposite (`لم تلتزم`, `لن تكسب ثقة`); denying a fault says a little
 * less than praise (`لم تتورط في انتهاكات`).
 */
const NEGATED_POSITIVE = 1;
const NEGATED_NEGATIVE = 0.8;
/** A cue whose target is only the sentence's main actor says less. */
const CARRIED_FACTOR = 0.8;
/** How many words before a cue a negator may stand (`لا تحظى السلطات الانتقالية في النيجر بثقة`). */
const NEGATION_WINDOW = 6;
/** `mixed` needs at least this much evidence each way. */
const MIXED_SIDE = 0.4;
/** A label needs at least this much signed score. */
const LABEL_THRESHOLD = 0.25;

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
export function scoreStances(input: StanceInput, lexicon: StanceLexicon, found?: { finder: TargetFinder; matches: readonly CueMatch<StanceCue>[] }): Stance[] {
  const { text, tokens, sentences, excluded, actors, attributions } = input;
  const typeOf = new Map(actors.map((a) => [a.id, a.type as string]));
  const parentOf = new Map(actors.filter((a) => a.parent).map((a) => [a.id, a.parent!]));
  const finder = found?.finder ?? new TargetFinder(tokens, actors, sentences, lexicon.words);
  const pairs = new Map<string, { holder: string; target: string; evidence: StanceEvidence[] }>();
  const pair = (holder: string, target: string) => {
    const key = `${holder}\u0000${target}`;
    let p = pairs.get(key);
    if (!p) pairs.set(key, (p = { holder, target, evidence: [] }));
    return p;
  };
  for (const a of actors) if (TARGET_TYPES.has(a.type) && a.mentions.some((m) => !m.excluded)) pair('author', a.id);

  for (const m of found?.matches ?? matchCues(tokens, lexicon.matcher, finder.subjectGap)) {
    const first = tokens[m.from]!;
    const last = tokens[m.to - 1]!;
    if (excluded.some((r) => first.start >= r.start && first.start < r.end)) continue;
    // From the reporting verb on (`أشاد الخبراء بـ...`), or the clause before a marker that ends it (`..., حسب مصادر`).
    const said = attributions.find((x) => first.start >= Math.min(x.start, x.cue.start) && first.start < x.end)?.holder;
    const holder = said?.id ?? 'author';
    const self = new Set([holder, parentOf.get(holder) ?? '']);
    const types = m.value.targetTypes as readonly string[] | undefined;
    // Terror words judge armed groups, and the leaders of armed groups.
    const keep = (id: string) => !types || types.includes(typeOf.get(id)!) || (typeOf.get(id) === 'leader' && types.includes(typeOf.get(parentOf.get(id) ?? '')!));
    // A phrase split by its subject (`لن تتخلى روسيا عن حلفائها`) judges that subject.
    // (Not for what is done to an object: in `ألقت مالي اللوم على الجزائر` the subject blames.)
    const subject = m.gap && m.value.target !== 'after' ? finder.namedIn(m.gap[0], m.gap[1], (id) => keep(id) && !self.has(id)) : [];
    const targets = subject.length > 0 ? { ids: subject, carried: false } : finder.find(m.from, m.to, m.value.target ?? 'near', keep, self, said);
    if (!targets) continue;
    const negation = negationAt(tokens, m.from, text, NEGATION_WINDOW);
    let weight = m.value.polarity * m.value.weight * (targets.carried ? CARRIED_FACTOR : 1);
    if (negation === 'negated') weight = -weight * (weight > 0 ? NEGATED_POSITIVE : NEGATED_NEGATIVE);
    else if (negation === 'failed') weight = -Math.abs(weight);
    const evidence: StanceEvidence = { start: first.start, end: last.end, text: text.slice(first.start, last.end), cue: m.value.id, weight: round(weight) };
    if (negation) evidence.negated = true;
    // A holder may judge his state, never himself.
    for (const target of targets.ids) if (target !== holder) pair(holder, target).evidence.push(evidence);
  }

  return [...pairs.values()]
    .map(({ holder, target, evidence }) => {
      const sum = evidence.reduce((s, e) => s + e.weight, 0);
      const pos = evidence.filter((e) => e.weight > 0).reduce((s, e) => s + e.weight, 0);
      const neg = -evidence.filter((e) => e.weight < 0).reduce((s, e) => s + e.weight, 0);
      const score = round(Math.tanh(sum));
      const label: Stance['label'] =
        pos >= MIXED_SIDE && neg >= MIXED_SIDE && Math.abs(score) < 0.5 ? 'mixed' : score >= LABEL_THRESHOLD ? 'favor' : score <= -LABEL_THRESHOLD ? 'against' : 'neutral';
      const confidence = round((1 - Math.exp(-evidence.length / 2)) * (pos + neg === 0 ? 0 : Math.abs(pos - neg) / (pos + neg)));
      return { target, holder, label, score, confidence, evidence };
    })
    .sort((a, b) => (a.holder === b.holder ? 0 : a.holder === 'author' ? -1 : b.holder === 'author' ? 1 : a.holder < b.holder ? -1 : 1) || Math.abs(b.score) - Math.abs(a.score) || (a.target < b.target ? -1 : 1));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

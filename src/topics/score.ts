import { CAMEO } from '../events/data/cameo';
import { matchCues, type CueMatch } from '../match/cues';
import type { Span } from '../normalize/normalized-text';
import type { Region } from '../text/regions';
import type { Token } from '../text/tokenizer';
import { negationAt } from '../text/negation';
import { TOPICS, type CueValue, type TopicLexicon } from './lexicon';
import type { Subtopic, TopicCue, TopicId } from './types';

/** What backs an answer: a span of the original text, the cue it matched and what it weighed. */
export interface Evidence extends Span {
  /** `text.slice(start, end)`: the words that matched. */
  text: string;
  /** The cue id. */
  cue: string;
  /** What this occurrence added, after position, repetition and negation. */
  weight: number;
  /** The cue's CAMEO 1.1b3 code, when it has one. */
  cameo?: string;
  /** The PLOVER 0.8 event and context of that code, when the table has them. */
  plover?: {
    /** The PLOVER event type (`AID`, `ASSAULT`, ...). */
    event: string;
    /** The PLOVER context (`military`, `diplomatic`, ...), `''` when the code has none. */
    context: string;
  };
  /** Set when the cue is negated or failed (`لم يتم تسليم`, `نفى إرسال`, `فشل في`): the event did not happen. */
  negated?: true;
}

/** One topic's verdict. */
export interface TopicTag {
  /** Which topic. */
  topic: TopicId;
  /** In [0, 1], read as how likely the topic is a real subject of the text. */
  score: number;
  /**
   * `score >= PRESENT_THRESHOLD`, backed by two different cues or by one occurrence that alone
   * weighs {@link PRESENT_THRESHOLD}: a lone passing word never makes a topic.
   */
  present: boolean;
  /** The subtopics that have evidence, highest score first. */
  subtopics: {
    /** Which subtopic. */
    id: Subtopic;
    /** In [0, 1], combined from that subtopic's evidence alone, as `score` is for the topic. */
    score: number;
  }[];
  /** Every cue occurrence that counted for the topic, in text order. */
  evidence: Evidence[];
}

/** What {@link scoreTopics} reads: the text, its tokens and sentences, what is excluded, and where states are named. */
export interface TopicInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Span[];
  excluded: readonly Region[];
  /** Mentions of states and international organisations (leaders count for their state): id and start. */
  parties: readonly { id: string; start: number }[];
}

/** The headline and lead: the first sentences. */
const LEAD_SENTENCES = 2;
/** Diplomacy is between states: a cue in a sentence that names two of them weighs this much more... */
const TWO_PARTIES_BOOST = 1.5;
/** ...and one in a sentence that names none, this much less. */
const NO_PARTY_FACTOR = 0.75;

/** ...and one in a sentence about sport, this much. */
const SPORT_FACTOR = 0.3;

/** A topic is present from this score on. */
export const PRESENT_THRESHOLD = 0.5;
/** A cue in the first sentence (headline or lead) weighs this much more. */
const LEAD_BOOST = 1.25;
/** Each repetition of the same cue adds this fraction of what the previous one added. */
const REPEAT_DECAY = 0.5;
/** A negated or failed event still shows what the text is about: it counts at this fraction. */
const NEGATED_FACTOR = 0.5;
/** No single occurrence is certainty. */
const MAX_CONTRIBUTION = 0.95;

/**
 * Scores the three topics of a text from its tokens: every cue occurrence outside the excluded
 * regions adds its weight (more in the lead, less when repeated or negated), and occurrences
 * combine like independent evidence (noisy-OR): `score = 1 - Π(1 - w)`. A topic is present when
 * the score reaches {@link PRESENT_THRESHOLD} and either two different cues or one occurrence of
 * at least that weight back it, so a lone passing word never makes a topic.
 */
export function scoreTopics(input: TopicInput, lexicon: TopicLexicon, matches?: readonly CueMatch<CueValue>[]): TopicTag[] {
  const { text, tokens, excluded, sentences } = input;
  const leadEnd = sentences[Math.min(LEAD_SENTENCES, sentences.length) - 1]?.end ?? 0;
  const perCue = new Map<TopicCue, Evidence[]>();
  let diplomacyFactor: ((at: number) => number) | undefined;
  const found = matches ?? matchCues(tokens, lexicon.matcher);
  const sport = found.filter((m) => 'sport' in m.value).map((m) => tokens[m.from]!.start);
  for (const m of found) {
    const cue = m.value.cue;
    if (!cue) continue;
    const first = tokens[m.from]!;
    const last = tokens[m.to - 1]!;
    if (excluded.some((r) => first.start >= r.start && first.start < r.end)) continue;
    const negated = negationAt(tokens, m.from, text) !== null;
    let weight = cue.weight * (first.start < leadEnd ? LEAD_BOOST : 1) * (negated ? NEGATED_FACTOR : 1);
    if (cue.topic === 'diplomacy') weight *= (diplomacyFactor ??= sentenceFacts(input, sport))(first.start);
    const list = perCue.get(cue) ?? [];
    weight *= REPEAT_DECAY ** list.length;
    const evidence: Evidence = { start: first.start, end: last.end, text: text.slice(first.start, last.end), cue: cue.id, weight: round(Math.min(weight, MAX_CONTRIBUTION)) };
    if (cue.cameo) {
      evidence.cameo = cue.cameo;
      const plover = CAMEO[cue.cameo]?.plover;
      if (plover) evidence.plover = { event: plover.event, context: plover.context };
    }
    if (negated) evidence.negated = true;
    list.push(evidence);
    perCue.set(cue, list);
  }
  const byTopic = new Map<TopicId, [TopicCue, Evidence[]][]>(TOPICS.map((t) => [t, []]));
  for (const entry of perCue) byTopic.get(entry[0].topic)!.push(entry);
  return TOPICS.map((topic) => {
    const cues = byTopic.get(topic)!;
    // Noisy-OR: what the evidence misses, multiplied, per topic and per subtopic.
    let miss = 1;
    let strongest = 0;
    const misses = new Map<Subtopic, number>();
    const evidence: Evidence[] = [];
    for (const [cue, list] of cues) {
      let sub = misses.get(cue.subtopic) ?? 1;
      for (const e of list) {
        miss *= 1 - e.weight;
        sub *= 1 - e.weight;
        if (e.weight > strongest) strongest = e.weight;
        evidence.push(e);
      }
      misses.set(cue.subtopic, sub);
    }
    const score = 1 - miss;
    return {
      topic,
      score: round(score),
      present: score >= PRESENT_THRESHOLD && (cues.length >= 2 || strongest >= PRESENT_THRESHOLD),
      subtopics: [...misses].map(([id, m]) => ({ id, score: round(1 - m) })).sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)),
      evidence: evidence.sort((a, b) => a.start - b.start),
    };
  });
}

/** Per sentence: how many states or organisations it names and whether it names a word of sport (at `sportAt`). */
function sentenceFacts(input: TopicInput, sportAt: readonly number[]): (at: number) => number {
  const { sentences, parties } = input;
  const starts = sentences.map((x) => x.start);
  const indexOf = (at: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo < starts.length && at >= starts[lo]! && at < sentences[lo]!.end ? lo : -1;
  };
  const ids = sentences.map(() => new Set<string>());
  const sport = sentences.map(() => false);
  for (const p of parties) {
    const i = indexOf(p.start);
    if (i >= 0) ids[i]!.add(p.id);
  }
  for (const at of sportAt) {
    const i = indexOf(at);
    if (i >= 0) sport[i] = true;
  }
  return (at) => {
    const i = indexOf(at);
    if (i < 0) return 1;
    if (sport[i]) return SPORT_FACTOR;
    const n = ids[i]!.size;
    return n >= 2 ? TWO_PARTIES_BOOST : n === 0 ? NO_PARTY_FACTOR : 1;
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}


import type { FoundActor } from '../actors/find';
import { MentionIndex, MentionTable } from '../actors/mention-index';
import type { ActorType } from '../actors/types';
import type { Span } from '../normalize/normalized-text';
import { indexSentences, type SentenceIndex } from '../text/sentence-index';
import { formMemo, formSlot, type Token, type Tokenizer } from '../text/tokenizer';
import { CLAUSE_OPENERS } from './data/reporting';
import { AFTER_COST, CLAUSE_COST, GOVERNED_COST, PRONOUN_MAIN_COST, SELF_COST, CONTRAST_COST, CONTRAST_WORDS, MAIN_COST, PLACE_COST, PLACE_PREPOSITIONS, TARGET_AFTER, TARGET_BEFORE, TOPIC_NOUNS } from './data/targets';

/** Types an article can take a stance toward (not media). */
export const TARGET_TYPES: ReadonlySet<ActorType> = new Set(['state', 'igo', 'armed_group', 'rebel_movement', 'pmc', 'leader']);
/** How far the object of `محاربة القاعدة` and the subject of `تدخلت فرنسا في` may stand. */
const OBJECT_AFTER = 6;
const SUBJECT_BEFORE = 30;
/** How far after an event's trigger a stance cue may take the event's source for the one who acts, and its objects stand. */
const EVENT_REACH = 24;
const EVENT_OBJECT = 8;
/** Words before the subject that splits a phrase (`السلطات الانتقالية في` النيجر). */
const SPLIT_LEAD = 3;
/** Prepositions that govern a mention, so it is not the one who acts (`إلى مالي`). */
const GOVERNING = ['في', 'إلى', 'على', 'من', 'عن', 'مع', 'بين', 'نحو', 'لدى'];

/** @internal the word lists target finding reads, keyed as the tokenizer keys the text. */
export interface TargetWords {
  readonly clauses: ReadonlySet<string>;
  readonly places: ReadonlySet<string>;
  readonly topics: ReadonlySet<string>;
  readonly contrasts: ReadonlySet<string>;
  readonly governing: ReadonlySet<string>;
  readonly from: string;
  readonly each: string;
}

/** Keys the word lists the way the tokenizer reads the text. */
export function compileTargetWords(tokenizer: Tokenizer): TargetWords {
  const set = (list: readonly string[]) => new Set(list.map((w) => tokenizer.keyOf(w)));
  return { clauses: set(CLAUSE_OPENERS), places: set(PLACE_PREPOSITIONS), topics: set(TOPIC_NOUNS), contrasts: set(CONTRAST_WORDS), governing: set(GOVERNING), from: tokenizer.keyOf('من'), each: tokenizer.keyOf('كل') };
}

const NONE: ReadonlySet<string> = new Set();
const CLASSES = formSlot();
function classesOf(t: Token, w: TargetWords): number {
  const k = t.key;
  return (w.clauses.has(k) ? CLAUSE : 0) | (w.contrasts.has(k) ? CONTRAST : 0) | (w.places.has(k) ? PLACE : 0) | (w.topics.has(k) ? TOPIC : 0) | (w.governing.has(k) ? GOVERNING_WORD : 0);
}
/** Bits of {@link TargetFinder.classes}. */
const CLAUSE = 1;
const CONTRAST = 2;
const PLACE = 4;
const TOPIC = 8;
const GOVERNING_WORD = 16;

/** Who acts in the sentence before token `at` (from token `min`), as events tell it: the source, the target, and the trigger's token. */
export type Acting = (at: number, min: number) => { source: string[]; target: string[]; at: number } | null;

/** Where a cue's target stands (see `StanceCue.target`). */
export type TargetDirection = 'after' | 'near' | 'subject';

/** The actors one cue judges, and whether they were found only through the sentence's main actor. */
export interface CueTargets {
  ids: string[];
  /** Found as the sentence's (or the previous sentence's) main actor, for want of one near the cue. */
  carried: boolean;
}

/**
 * Finds the actors a cue judges. `near`: the mention with the lowest cost in its sentence, the
 * cost being the distance in words plus a little for the side after, more for a mention that
 * names a place or a topic (`في ليبيا`, `الملف الليبي`, `شمال مالي`) and for each contrast word
 * between (`لكن`, `بينما`). `after`: the first mention after (`محاربة القاعدة`). `subject`: the
 * nearest mention before that no preposition governs, else the one right after (`تدخلت فرنسا`).
 * The sentence's main actor (its first mention that no preposition governs and that names neither
 * a place nor a topic) is always a candidate at a fixed cost, so a cue far from every name goes
 * to it; in a sentence that names no actor, the previous sentence's main actor is the target.
 * Coordinated mentions share the judgement (`فرنسا وأمريكا`).
 */
export class TargetFinder extends MentionIndex {
  private readonly sentenceOf: Int32Array;
  /** For each token, the first token at or after it where a mention starts. */
  private readonly nextMention: Int32Array;
  /** The holder and his state, for the cue being resolved. */
  private self: ReadonlySet<string> = NONE;
  private readonly ranges: readonly (readonly [number, number])[];

  private acting: Acting | undefined;

  constructor(
    tokens: readonly Token[],
    actors: readonly FoundActor[],
    sentences: readonly Span[],
    private readonly words: TargetWords,
    /** What the caller has already: the tokens by sentence and by mention. */
    shared: { index?: SentenceIndex; mentions?: MentionTable } = {},
  ) {
    // Praise of Goïta is praise of Goïta: his name does not also stand for Mali here.
    super(tokens, shared.mentions ?? new MentionTable(tokens, actors), TARGET_TYPES, new Set(), false);
    this.nextMention = new Int32Array(tokens.length + 1).fill(tokens.length + SPLIT_LEAD + 1);
    for (let i = tokens.length - 1; i >= 0; i--) this.nextMention[i] = this.at.has(i) ? i : this.nextMention[i + 1]!;
    const index = shared.index ?? indexSentences(tokens, sentences);
    this.sentenceOf = index.sentenceOf;
    this.ranges = index.ranges;
  }

  /**
   * The subject that may split a phrase after its first word: a mention (or list) starting at
   * most three words after `from` in the same sentence (`تكبدت فلول تنظيم القاعدة ... خسائر`,
   * `لا تحظى السلطات الانتقالية في النيجر بثقة`); returns the token after it.
   */
  readonly subjectGap = (from: number): number | null => {
    // Most tokens have no name soon after them; a preposition is split by nothing.
    if ((this.nextMention[from] ?? Infinity) > from + SPLIT_LEAD) return null;
    if (this.classes(this.tokens[from - 1]!) & GOVERNING_WORD) return null;
    const s = this.sentence(from - 1);
    if (s < 0) return null;
    const [min, max] = this.ranges[s]!;
    for (let j = from; j < Math.min(max, from + SPLIT_LEAD + 1); j++) {
      if (this.tokens[j]!.kind === 'punct') return null;
      const list = this.mentionAt(j) ? this.list(j, min, max) : null;
      if (list) return list.to < max ? list.to : null;
    }
    return null;
  };

  /** The actors named in tokens `[from, to)` (the subject of a split phrase) that `keep` admits. */
  namedIn(from: number, to: number, keep: (id: string) => boolean): string[] {
    const ids: string[] = [];
    for (let i = from; i < to; i++) for (const id of this.mentionAt(i)?.ids ?? []) if (keep(id) && !ids.includes(id)) ids.push(id);
    return ids;
  }

  /** Who acts, as the events tell it: read by `subject` cues (see `actingFrom`). */
  knowActing(acting: Acting): void {
    this.acting = acting;
  }

  /** The article sentence of token i, or -1. */
  sentence(i: number): number {
    return this.sentenceOf[i] ?? -1;
  }

  /**
   * The targets of the cue at tokens `[from, to)`, among the actors `keep` admits. The holder's
   * own words (`speaker`, a span of the text) are never the target; other mentions of the holder
   * or his state (`self`) may be, at a cost (`أشاد الوزير المالي بنجاح مالي`).
   */
  find(from: number, to: number, direction: TargetDirection, keep: (id: string) => boolean, self: ReadonlySet<string> = NONE, speaker?: Span): CueTargets | null {
    const s = this.sentence(from);
    if (s < 0) return null;
    const [min, max] = this.ranges[s]!;
    const admitted = (i: number) => !(speaker && this.tokens[i]!.start >= speaker.start && this.tokens[i]!.start < speaker.end) && (this.mentionAt(i)?.ids ?? []).some(keep);
    this.self = self;
    let best: number | null = null;
    if (direction === 'after') {
      for (let i = to; i < Math.min(max, to + OBJECT_AFTER) && best === null; i++) if (admitted(i)) best = i;
    } else if (direction === 'subject') {
      // The source of an event told before the cue in the sentence acts (`تقوم كل من فرنسا وأمريكا
      // بالتسابق إلى إمداد كل من مالي وموريتانيا ... تحت غطاء`: France and the US, not their clients).
      // An actor named after that event, and not one it was done to, is nearer (`... إصرار بعض المتمردين على خرق اتفاق`).
      best = this.subject(from, to, min, max, admitted);
      const acting = this.acting?.(from, min);
      if (acting && from - acting.at <= EVENT_REACH) {
        const ids = acting.source.filter(keep);
        const object = best !== null && best - acting.at <= EVENT_OBJECT && this.mentionAt(best)!.ids.every((id) => acting.target.includes(id));
        const nearer = best !== null && best >= acting.at && best < from && !object;
        if (ids.length > 0 && !nearer) return { ids, carried: false };
      }
    } else {
      best = this.nearest(from, to, min, max, admitted);
    }
    let carried = false;
    if (best === null && direction === 'subject') best = this.mainActor(min, from, admitted);
    // A sentence that names no actor goes on with the one before (`... لكنها أخفقت`).
    if (best === null && direction !== 'after' && this.nextMention[min]! >= max && s > 0) {
      const [prevFrom, prevTo] = this.ranges[s - 1]!;
      best = this.mainActor(prevFrom, prevTo, admitted);
      carried = best !== null;
    }
    if (best === null) return null;
    const list = this.list(best, min, max) ?? { ids: this.mentionAt(best)!.ids };
    const ids = list.ids.filter(keep);
    return ids.length > 0 ? { ids, carried } : null;
  }

  /**
   * The one who acts: the nearest mention of the clause before the cue that no preposition
   * governs and that names no place (`... التي راكمها المغرب في مكافحة الإرهاب وتفكيك الخلايا`),
   * the clause ending at punctuation, a contrast word or `أن`; else the first such mention right
   * after the cue (`تدخلت فرنسا في`).
   */
  private subject(from: number, to: number, min: number, max: number, admitted: (i: number) => boolean): number | null {
    for (let i = from - 1; i >= Math.max(min, from - SUBJECT_BEFORE); i--) {
      const t = this.tokens[i]!;
      if (t.kind === 'punct' || this.turnCost(t) > 0) break;
      const start = this.mentionEndingAt(i);
      if (start === undefined || !admitted(start)) continue;
      const list = this.list(start, min, max)!;
      if (!this.governed(list.from) && this.placeCost(list.from) === 0) return list.from;
      i = list.from;
    }
    for (let i = to; i < Math.min(max, to + TARGET_AFTER); i++) if (admitted(i) && !this.governed(i) && this.placeCost(i) === 0) return i;
    return null;
  }

  private nearest(from: number, to: number, min: number, max: number, admitted: (i: number) => boolean): number | null {
    let best: { index: number; cost: number } | null = null;
    const consider = (index: number, cost: number) => {
      if (!best || cost < best.cost) best = { index, cost };
    };
    let turns = 0;
    for (let i = from - 1, d = 1; i >= Math.max(min, from - TARGET_BEFORE); i--, d++) {
      turns += this.turnCost(this.tokens[i]!);
      const start = this.mentionEndingAt(i);
      if (start !== undefined && admitted(start)) consider(start, d + this.cost(start) + turns);
    }
    turns = 0;
    for (let i = to, d = 1; i < Math.min(max, to + TARGET_AFTER); i++, d++) {
      turns += this.turnCost(this.tokens[i]!);
      if (admitted(i)) consider(i, d + AFTER_COST + this.cost(i) + turns);
    }
    // The sentence's main actor stays in view however long the sentence (`تنظر الجزائر ... بعد أن أخفقت الدبلوماسية`).
    // ... and nearer when the cue bears a pronoun, which mostly points back to it (`... في تدخل جديد يخدم أجندتها`).
    const main = this.mainActor(min, from, admitted);
    if (main !== null) consider(main, this.bearsPronoun(from, to) ? PRONOUN_MAIN_COST : MAIN_COST);
    return (best as { index: number } | null)?.index ?? null;
  }

  private bearsPronoun(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.tokens[i]!.clitics.pronoun) return true;
    return false;
  }

  /** What a mention adds to its distance: naming a place or topic, a governing preposition, the holder's own side. */
  private cost(i: number): number {
    const ids = this.mentionAt(i)!.ids;
    return this.placeCost(i) + (this.governed(i) ? GOVERNED_COST : 0) + (ids.every((id) => this.self.has(id)) ? SELF_COST : 0);
  }

  /** What crossing a word adds: a contrast (`لكن`, `بينما`) turns to another side, `أن` opens another clause. */
  private turnCost(t: Token): number {
    const bits = this.classes(t);
    return bits & CONTRAST ? CONTRAST_COST : bits & CLAUSE ? CLAUSE_COST : 0;
  }

  /** Which of the word lists the token's form is in, looked up once per distinct form. */
  private classes(t: Token): number {
    return formMemo(t, CLASSES, this.words, classesOf);
  }

  /** The main actor of tokens `[from, to)`: the first mention that no preposition governs and that names neither a place nor a topic. */
  private mainActor(from: number, to: number, admitted: (i: number) => boolean): number | null {
    for (let i = from; i < to; i++) {
      const list = this.mentionAt(i) ? this.list(i, from, to) : null;
      if (list && admitted(i) && !this.governed(list.from) && this.placeCost(list.from) === 0) return i;
    }
    return null;
  }

  /** A mention that names a place or a topic: after `في`, `عن`, ... or a noun such as `الملف`, `شمال`. */
  private placeCost(i: number): number {
    const t = this.tokens[i]!;
    const prev = this.tokens[i - 1];
    if (t.clitics.preposition === 'ك') return PLACE_COST;
    if (prev && this.classes(prev) & (PLACE | TOPIC)) return PLACE_COST;
    return 0;
  }

  /** A mention after a preposition (`إلى مالي`, `لمالي`) is not the one who acts; `كل من` is "each of", governed as `كل` is. */
  private governed(i: number): boolean {
    const t = this.tokens[i]!;
    if (t.clitics.preposition) return true;
    const prev = this.tokens[i - 1];
    if (prev !== undefined && prev.key === this.words.from && this.tokens[i - 2]?.key === this.words.each) return this.governed(i - 2);
    return prev !== undefined && (this.classes(prev) & GOVERNING_WORD) !== 0;
  }
}

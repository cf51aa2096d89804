import { foldKey } from './keys';
import { WordFlag, type WordLexicon } from './lexicon';

/** Attached pronouns the analyser separates. */
export type Pronoun = 'ها' | 'هما' | 'هم' | 'نا' | 'ه' | 'كم';

/** The clitics found on one word, outermost first. */
export interface Clitics {
  /** `و` or `ف` in front. */
  readonly conjunction: 'و' | 'ف' | null;
  /** `ب`, `ل` or `ك` in front (`لل` counts as `ل` + the article). */
  readonly preposition: 'ب' | 'ل' | 'ك' | null;
  /** The article `ال`. */
  readonly article: boolean;
  /** The future marker `س` on an imperfect verb (`سيقوم`). */
  readonly future: boolean;
  /** An attached pronoun at the end (`تقديمها`, `قواتنا`). */
  readonly pronoun: Pronoun | null;
}

/** The analysis of one normalised word; shared by every token of the same word. */
export interface WordAnalysis {
  readonly clitics: Clitics;
  /** The word without its proclitics; keeps the article and the pronoun (`وبالجزائر` -> `الجزائر`). */
  readonly word: string;
  /** The word without any clitic or article (`وبالجزائر` -> `جزائر`, `قواتنا` -> `قوات`). */
  readonly base: string;
  /** {@link foldKey} of `word`: what lexicons are matched against. */
  readonly key: string;
  /** {@link foldKey} of `base`. */
  readonly baseKey: string;
  /** Whether the lexicon knows `word` (or `word` without its pronoun). */
  readonly known: boolean;
}

const NONE: Clitics = Object.freeze({ conjunction: null, preposition: null, article: false, future: false, pronoun: null });
const WAW = 0x0648;
const FEH = 0x0641;
const BEH = 0x0628;
const LAM = 0x0644;
const KAF = 0x0643;
const ALEF = 0x0627;
const SEEN = 0x0633;

/** Pronouns cut whenever the rest is long enough; the others only when the rest is a known word. */
const STRONG_PRONOUNS: readonly Pronoun[] = ['هما', 'ها', 'هم', 'نا'];
const WEAK_PRONOUNS: readonly Pronoun[] = ['كم', 'ه'];

/** The analysis of a form that has no clitics: punctuation, numbers, Latin words. */
export function bareAnalysis(word: string): WordAnalysis {
  const key = foldKey(word);
  return { clitics: NONE, word, base: word, key, baseKey: key, known: false };
}

interface Candidate {
  conjunction: 'و' | 'ف' | null;
  preposition: 'ب' | 'ل' | 'ك' | null;
  article: boolean;
  future: boolean;
  /** The word after the proclitics, with `لل` restored to `ال`. */
  rest: string;
}

/**
 * Splits a normalised Arabic word into clitics and base, conservatively: a word the lexicon
 * knows is never cut (`والي`, `وزير`, `لبنان`), one-letter proclitics need three letters after
 * them unless what remains is a known word, and a pronoun is only cut where what remains is
 * long enough and does not end in `ا` (`أحيانا`, `مكانا` stay whole).
 *
 * @example
 * analyzeWord('وبالجزائر', lexicon).clitics; //=> { conjunction: 'و', preposition: 'ب', article: true, future: false, pronoun: null }
 * analyzeWord('وزير', lexicon).base; //=> 'وزير'
 */
export function analyzeWord(word: string, lexicon: WordLexicon): WordAnalysis {
  const flags = lexicon.flags;
  const wholeKey = foldKey(word);
  const wholeFlags = flags.get(wholeKey) ?? 0;
  if (wholeFlags !== 0 || isKnownWithPronoun(wholeKey, flags) || isAccusative(wholeKey, flags)) {
    return finish(
      { conjunction: null, preposition: null, article: hasArticle(wholeKey, wholeFlags), future: false, rest: word },
      lexicon,
    );
  }
  let fallback: Candidate | null = null;
  const n = word.length;
  const c0 = word.charCodeAt(0);
  const conjunctions = c0 === WAW || c0 === FEH ? [1, 0] : [0];
  for (const c1 of conjunctions) {
    const conjunction = c1 ? (word[0] as 'و' | 'ف') : null;
    // سيقوم, وستصل: the future marker before an imperfect verb.
    if (word.charCodeAt(c1) === SEEN && n - c1 - 1 >= 3) {
      const v = word.charCodeAt(c1 + 1);
      if (v === 0x064a || v === 0x062a || v === 0x0646) {
        const candidate: Candidate = { conjunction, preposition: null, article: false, future: true, rest: word.slice(c1 + 1) };
        if (isKnown(foldKey(candidate.rest), flags)) return finish(candidate, lexicon);
        fallback ??= candidate;
      }
    }
    const p1 = word.charCodeAt(c1);
    const prepositions = p1 === BEH || p1 === LAM || p1 === KAF ? [1, 0] : [0];
    for (const c2 of prepositions) {
      const p = c1 + c2;
      const preposition = c2 ? (word[c1] as 'ب' | 'ل' | 'ك') : null;
      let candidate: Candidate | null = null;
      if (word.charCodeAt(p) === ALEF && word.charCodeAt(p + 1) === LAM && n - p - 2 >= 2) {
        candidate = { conjunction, preposition, article: true, future: false, rest: word.slice(p) };
      } else if (preposition === 'ل' && word.charCodeAt(p) === LAM && n - p - 1 >= 2) {
        candidate = { conjunction, preposition, article: true, future: false, rest: `ا${word.slice(p)}` };
      } else if (p > 0 && n - p >= 2) {
        candidate = { conjunction, preposition, article: false, future: false, rest: word.slice(p) };
      }
      if (!candidate) continue;
      if (isKnown(foldKey(candidate.rest), flags)) return finish(candidate, lexicon);
      if (!fallback && (candidate.article || n - p >= 3)) fallback = candidate;
    }
  }
  return finish(fallback ?? { conjunction: null, preposition: null, article: false, future: false, rest: word }, lexicon);
}

function hasArticle(key: string, flags: number): boolean {
  return (flags & WordFlag.Function) === 0 && key.length > 3 && key.charCodeAt(0) === ALEF && key.charCodeAt(1) === LAM;
}

function isKnown(key: string, flags: ReadonlyMap<string, number>): boolean {
  return flags.has(key) || isKnownWithPronoun(key, flags) || isAccusative(key, flags);
}

/** `بارزا` is the accusative of the known `بارز`, not `ب` + `ارزا`. */
function isAccusative(key: string, flags: ReadonlyMap<string, number>): boolean {
  return key.length > 3 && key.charCodeAt(key.length - 1) === ALEF && flags.has(key.slice(0, -1));
}

/** `بلاده` is `بلاد` + `ه`, `مساعدتها` is `مساعدة` + `ها`: known once the pronoun is off. */
function isKnownWithPronoun(key: string, flags: ReadonlyMap<string, number>): boolean {
  return pronounSplit(key, flags, true) !== null;
}

/** The pronoun to cut from `rest`, or null; with `knownOnly`, only when what stays is a known word. */
function pronounSplit(rest: string, flags: ReadonlyMap<string, number>, knownOnly: boolean): Pronoun | null {
  for (const list of [STRONG_PRONOUNS, WEAK_PRONOUNS]) {
    for (const pronoun of list) {
      if (!rest.endsWith(pronoun)) continue;
      const stem = rest.slice(0, rest.length - pronoun.length);
      if (stem.length < 2) continue;
      const stemKey = foldKey(stem);
      const known =
        flags.has(stemKey) || (stemKey.endsWith('ت') && flags.has(`${stemKey.slice(0, -1)}ه`));
      if (known) return pronoun;
      if (knownOnly || list === WEAK_PRONOUNS) continue;
      const letters = stem.startsWith('ال') ? stem.length - 2 : stem.length;
      if (letters >= 3 && !stem.endsWith('ا')) return pronoun;
    }
  }
  return null;
}

function finish(c: Candidate, lexicon: WordLexicon): WordAnalysis {
  const rest = c.rest;
  const restKey = foldKey(rest);
  const exact = lexicon.flags.has(restKey);
  const pronoun = exact ? null : pronounSplit(rest, lexicon.flags, false);
  const known = exact || isKnownWithPronoun(restKey, lexicon.flags);
  let base = pronoun ? rest.slice(0, rest.length - pronoun.length) : rest;
  if (c.article) base = base.slice(2);
  if (!c.conjunction && !c.preposition && !c.article && !c.future && !pronoun) {
    return { clitics: NONE, word: rest, base, key: restKey, baseKey: restKey, known };
  }
  const clitics: Clitics = {
    conjunction: c.conjunction,
    preposition: c.preposition,
    article: c.article,
    future: c.future,
    pronoun,
  };
  return { clitics, word: rest, base, key: restKey, baseKey: foldKey(base), known };
}

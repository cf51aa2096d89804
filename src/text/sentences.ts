import { assertText, describeValue } from '../errors';
import { CharClass, charClasses } from './chars';
import type { Span } from '../normalize/normalized-text';

/** One sentence: its span in the input (trimmed of surrounding whitespace) and its text. */
export interface Sentence extends Span {
  /** `input.slice(start, end)`. */
  text: string;
}

/** Options of {@link sentences}. */
export interface SentenceOptions {
  /**
   * Which line breaks end a sentence. `'line'` (default): every line break, because scraped news
   * puts each paragraph and headline on its own line. `'blank-line'`: only an empty line, for
   * hard-wrapped text where one sentence runs over several lines.
   */
  breakOn?: 'line' | 'blank-line' | undefined;
}

/** Quotes and brackets whose content is never split, with the character that closes each. */
const CLOSER: ReadonlyMap<number, readonly number[]> = new Map<number, readonly number[]>([
  [0xab, [0xbb]], // « »
  [0x201c, [0x201d]], // “ ”
  [0x201e, [0x201c, 0x201d]], // „ “
  [0x22, [0x22]], // " "
  [0x28, [0x29]], // ( )
  [0x5b, [0x5d]], // [ ]
  [0xfd3f, [0xfd3e]], // ﴿ ﴾ ornate parentheses
]);
/** A quote left open this long (in code units) is taken as a stray character, not a quotation. */
const MAX_QUOTE = 800;

const TERMINATORS = new Set([0x2e, 0x21, 0x3f, 0x061f, 0x061b, 0x2026, 0x06d4, 0x3b]);
/** Closing quotes and brackets that stay with the sentence a terminator ends. */
const TRAILERS = new Set([0x22, 0x27, 0xbb, 0x201d, 0x2019, 0x29, 0x5d, 0xfd3e]);
/** Latin abbreviations that end in a dot without ending the sentence. */
const LATIN_ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'jr', 'sr', 'st', 'vs', 'etc', 'no', 'gen', 'col', 'lt', 'sgt', 'inc', 'co', 'ltd']);

/**
 * Splits text into sentences on `. ! ? ؟ ؛ ; …` and line breaks, and not inside numbers
 * (`2.5`, `٣.٥`, `12.05.2024`), after one-letter abbreviations (`د.`, `(أ.ف.ب)`, `U.S.`), or
 * inside quotations and brackets (`«...»`, `“...”`, `"..."`, `''...''`, `(...)`) that close in
 * the same paragraph. Spans are offsets into `text` and trimmed of whitespace.
 *
 * @example
 * sentences('قال د. أحمد إن النمو بلغ 2.5 بالمئة. ووصل الوفد إلى باماكو؟').map((s) => s.text);
 * //=> ['قال د. أحمد إن النمو بلغ 2.5 بالمئة.', 'ووصل الوفد إلى باماكو؟']
 */
export function sentences(text: string, options: SentenceOptions = {}): Sentence[] {
  assertText(text, 'sentences');
  const breakOn = options.breakOn ?? 'line';
  if (breakOn !== 'line' && breakOn !== 'blank-line') {
    throw new TypeError(`sentences: option breakOn must be 'line' or 'blank-line', got ${describeValue(breakOn)}`);
  }
  const cls = charClasses();
  const out: Sentence[] = [];
  const n = text.length;
  let from = 0;
  /** Inside a quotation that closes at `quoteEnd` (exclusive); terminators there do not count. */
  let quoteEnd = -1;

  const push = (end: number): void => {
    let s = from;
    let e = end;
    while (s < e && isBlank(cls[text.charCodeAt(s)]!)) s++;
    while (e > s && isBlank(cls[text.charCodeAt(e - 1)]!)) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    from = end;
  };

  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const k = cls[c]!;
    if (k === CharClass.Newline) {
      quoteEnd = -1;
      if (breakOn === 'line' || isBlankLineAfter(text, cls, i)) push(i);
      continue;
    }
    if (i < quoteEnd) continue;
    const open = quoteOpener(text, i);
    if (open > 0) {
      const close = findCloser(text, cls, i, open);
      if (close > 0) {
        quoteEnd = close;
        i = i + open - 1;
        continue;
      }
    }
    if (!TERMINATORS.has(c) || !endsSentence(text, cls, i)) continue;
    let j = i + 1;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (TERMINATORS.has(d) || TRAILERS.has(d)) j++;
      else break;
    }
    push(j);
    i = j - 1;
  }
  push(n);
  return out;
}

function isBlank(k: number): boolean {
  return k === CharClass.Space || k === CharClass.Newline || k === CharClass.Mark;
}

/** True when the line that starts after the newline at `i` is empty (only spaces). */
function isBlankLineAfter(text: string, cls: Uint8Array, i: number): boolean {
  let j = i + 1;
  if (text.charCodeAt(i) === 0x0d && text.charCodeAt(j) === 0x0a) j++;
  for (; j < text.length; j++) {
    const k = cls[text.charCodeAt(j)]!;
    if (k === CharClass.Newline) return true;
    if (k !== CharClass.Space) return false;
  }
  return true;
}

/** Length of the quote opener at `i` (`''` counts as one quote), or 0. */
function quoteOpener(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x27) return text.charCodeAt(i + 1) === 0x27 ? 2 : 0;
  return CLOSER.has(c) ? 1 : 0;
}

/** End (exclusive) of the quotation opened at `i`, if it closes in this paragraph and soon enough; else 0. */
function findCloser(text: string, cls: Uint8Array, i: number, openLength: number): number {
  const c = text.charCodeAt(i);
  const closers = c === 0x27 ? [0x27] : CLOSER.get(c)!;
  const limit = Math.min(text.length, i + MAX_QUOTE);
  for (let j = i + openLength; j < limit; j++) {
    const d = text.charCodeAt(j);
    if (cls[d] === CharClass.Newline) return 0;
    if (closers.includes(d)) {
      if (c !== 0x27) return j + 1;
      if (text.charCodeAt(j + 1) === 0x27) return j + 2;
    }
  }
  return 0;
}

/** Whether the terminator at `i` really ends a sentence. */
function endsSentence(text: string, cls: Uint8Array, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 0x2e) return true;
  const before = i > 0 ? cls[text.charCodeAt(i - 1)]! : CharClass.Space;
  const after = i + 1 < text.length ? cls[text.charCodeAt(i + 1)]! : CharClass.Newline;
  if (before === CharClass.Digit && after === CharClass.Digit) return false; // 2.5, 12.05.2024
  if (after === CharClass.Newline) return true;
  const wordStart = startOfWord(text, cls, i);
  const length = i - wordStart;
  if (length === 1 && (before === CharClass.Arabic || before === CharClass.Latin)) return false; // د. أ.ف.ب U.S.
  if (before === CharClass.Latin) {
    if (after === CharClass.Latin || after === CharClass.Digit) return false; // example.com, v1.2
    if (LATIN_ABBREVIATIONS.has(text.slice(wordStart, i).toLowerCase())) return false;
  }
  return true;
}

function startOfWord(text: string, cls: Uint8Array, i: number): number {
  let j = i;
  while (j > 0) {
    const k = cls[text.charCodeAt(j - 1)]!;
    if (k === CharClass.Arabic || k === CharClass.Latin || k === CharClass.Mark || k === CharClass.Digit) j--;
    else break;
  }
  return j;
}

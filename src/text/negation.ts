import { EXCEPT_WORDS, FAILURE_WORDS, NEGATION_STOPS, NEGATION_WINDOW, NEGATORS, NOMINAL_NEGATORS, NOMINAL_REACH, NOT_NEGATIONS, RELATIVE_PRONOUNS } from './data/negation';
import { foldKey, lexiconKey } from './keys';
import type { Token } from './tokenizer';

/** What negates a predicate: `negated` (لم، لن، لا، نفى، عدم، ...) or `failed` (فشل في، أخفق في). */
export type Negation = 'negated' | 'failed';

const negators = new Set(NEGATORS.map(lexiconKey));
const failures = new Set(FAILURE_WORDS.map(lexiconKey));
const notNegations: readonly (readonly string[])[] = NOT_NEGATIONS.map((p) => p.split(/\s+/).map(lexiconKey));
const except = new Set(EXCEPT_WORDS.map(lexiconKey));
const nominal = new Set(NOMINAL_NEGATORS.map(lexiconKey));
const stops = new Set(NEGATION_STOPS.map(lexiconKey));
const THAT = lexiconKey('أن');
const ANY = lexiconKey('أي');
const relatives = new Set(RELATIVE_PRONOUNS.map(lexiconKey));
/** How far back a negator reaches a predicate that `أي` (any) introduces, in the same clause. */
const ANY_REACH = 20;
const WITHOUT = new Set(['دون', 'بدون'].map(lexiconKey));

/**
 * Whether the predicate at token `at` is negated or failed: a negator within `window` words
 * before it (default {@link NEGATION_WINDOW}), in the same clause (no punctuation or line break
 * between, no word that starts another clause), that is not a false friend (`لا يزال`, `لا
 * سيما`, `لا تعد`), and not a restriction (`لا تكتسب إلا عبر` says "only through", `ليس ... سوى`).
 *
 * @example
 * negationAt(tokenize('لم يتم تسليم الأسلحة'), 2, text); //=> 'negated'
 * negationAt(tokenize('لا يزال الجيش يتلقى أسلحة'), 4, text); //=> null
 */
export function negationAt(tokens: readonly Token[], at: number, text: string, window = NEGATION_WINDOW): Negation | null {
  // `أي` before the predicate reaches back to a negator further off (`لم يؤد الاتفاق ... إلى تحقيق أي نتائج`).
  // It reaches across a relative clause in between (`... والذي ألغته باماكو ...`).
  const any = window > NEGATION_WINDOW && (tokens[at - 1]?.key === ANY || tokens[at - 2]?.key === ANY);
  for (let i = at - 1; i >= 0 && i >= at - (any ? ANY_REACH : window); i--) {
    const t = tokens[i]!;
    if (t.kind === 'punct' || breaksClause(text, t.end, tokens[i + 1]!.start)) return null;
    // دون أن يحقق: the أن belongs to the negator.
    if (stops.has(t.key) && !(t.key === THAT && i > 0 && WITHOUT.has(tokens[i - 1]!.key)) && !(any && relatives.has(t.key))) return null;
    const key = t.key;
    if (failures.has(key)) return 'failed';
    if (!negators.has(key)) continue;
    // عدم، دون govern the masdar after them, not the sentence's next verb (`عدم التزامها يثير الاستياء`);
    // `دون أن` negates a clause, as `لم` does.
    if (nominal.has(key) && at - i > NOMINAL_REACH && tokens[i + 1]!.key !== THAT) return null;
    if (notNegations.some((phrase) => phrase.every((k, j) => sameWord(tokens[i + j], k)))) continue;
    // لا ... إلا, ليس ... سوى: a restriction, whether the cue stands after it or before it.
    if (exceptBetween(tokens, i, at) || restrictedAfter(tokens, at, text)) continue;
    return 'negated';
  }
  return null;
}

/** The token is the word `key`, with or without its proclitics (`ولا` is `لا` and also `ولا`). */
function sameWord(t: Token | undefined, key: string): boolean {
  return t !== undefined && (t.key === key || foldKey(t.norm) === key);
}

/** A line break in `text[from, to)`: paragraphs and headlines are clauses of their own. */
export function breaksClause(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/** `إلا` after the predicate, in the same clause, a few words on. */
function restrictedAfter(tokens: readonly Token[], at: number, text: string): boolean {
  for (let i = at + 1; i < tokens.length && i <= at + 6; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct' || breaksClause(text, tokens[i - 1]!.end, t.start)) return false;
    if (except.has(t.key)) return true;
  }
  return false;
}

/** `إلا` or `سوى` between the negator at `from` and the predicate at `to` (`ليس المتمردون سوى أداة`). */
function exceptBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (except.has(tokens[i]!.key)) return true;
  return false;
}

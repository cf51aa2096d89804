import { defaultTokenizer } from '../defaults';
import { assertText, describeValue } from '../errors';
import { normalize } from '../normalize/normalize';
import { stemAnalysis } from './light';
import { stemLucene } from './lucene';

/** Options of {@link stem}. */
export interface StemOptions {
  /**
   * `'light'` (default): marsad's clitic-aware light stemmer on the normalised word, which
   * keeps names whole. `'lucene'`: exactly Lucene's ArabicStemmer on the word as given.
   */
  mode?: 'light' | 'lucene' | undefined;
}

const MEMO_LIMIT = 100_000;
let memo = new Map<string, string>();

/**
 * The stem of one word.
 *
 * @example
 * stem('والمساعدات'); //=> 'مساعد'
 * stem('الجزائريين'); //=> 'جزائر'
 * stem('بفنزويلا'); //=> 'فنزويلا'
 * stem('والحسن', { mode: 'lucene' }); //=> 'حسن'
 */
export function stem(word: string, options: StemOptions = {}): string {
  assertText(word, 'stem');
  const mode = options.mode ?? 'light';
  if (mode === 'lucene') return stemLucene(word);
  if (mode !== 'light') {
    throw new TypeError(`stem: option mode must be 'light' or 'lucene', got ${describeValue(mode)}`);
  }
  let out = memo.get(word);
  if (out === undefined) {
    out = stemLight(word);
    if (memo.size >= MEMO_LIMIT) memo = new Map();
    memo.set(word, out);
  }
  return out;
}

function stemLight(word: string): string {
  const norm = normalize(word).trim();
  if (/\s/.test(norm)) {
    throw new TypeError(`stem: expected one word, got ${describeValue(word)} (split text with tokenize() first)`);
  }
  if (!/^[\u0621-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff]+$/.test(norm)) return norm;
  const tokenizer = defaultTokenizer();
  return stemAnalysis(tokenizer.analyze(norm), tokenizer.lexicon);
}

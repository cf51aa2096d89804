/** Lucene's ArabicStemmer tables (Larkey, Ballesteros and Connell's light8 without its normaliser). */
const PREFIXES: readonly string[] = ['ال', 'وال', 'بال', 'كال', 'فال', 'لل', 'و'];
const SUFFIXES: readonly string[] = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ية', 'ه', 'ة', 'ي'];

/**
 * Exactly what Lucene's `ArabicStemmer.stem` does to one token: removes the first prefix of
 * {@link PREFIXES} that fits (`و` needs a word of four letters or more, the others leave at
 * least two), then tries every suffix of {@link SUFFIXES} in turn, each leaving at least two
 * letters. It does not normalise: pass text through the `lucene` preset first, as Lucene's
 * ArabicAnalyzer does.
 *
 * @example
 * stemLucene('والحسن'); //=> 'حسن'
 * stemLucene('ساهدهات'); //=> 'ساهد'
 */
export function stemLucene(word: string): string {
  let s = word;
  for (const p of PREFIXES) {
    const enough = p.length === 1 ? s.length >= 4 : s.length >= p.length + 2;
    if (enough && s.startsWith(p)) {
      s = s.slice(p.length);
      break;
    }
  }
  for (const x of SUFFIXES) {
    if (s.length >= x.length + 2 && s.endsWith(x)) s = s.slice(0, s.length - x.length);
  }
  return s;
}

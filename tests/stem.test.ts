// The stemmer: Lucene's ArabicStemmer vectors from its own test suite, then marsad's light mode.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize, stem } from '../src/index';

interface Vector {
  function: string;
  input: string;
  expected: string;
  source: string;
}
const { vectors } = JSON.parse(
  readFileSync(new URL('../fixtures/conformance/normalization.json', import.meta.url), 'utf8'),
) as { vectors: Vector[] };

describe('stem, lucene mode', () => {
  const stemmer = vectors.filter((v) => v.function === 'lucene.ArabicStemmer.stem');
  const chain = vectors.filter((v) => v.function === 'lucene.ArabicNormalizer+ArabicStemmer');
  it('has the vectors', () => {
    expect(stemmer.length).toBeGreaterThanOrEqual(19);
    expect(chain.length).toBeGreaterThanOrEqual(5);
  });
  it.each(stemmer.map((v) => [v.input, v.expected, v.source.split('#')[1]]))('ArabicStemmer %s -> %s (%s)', (input, expected) => {
    expect(stem(input, { mode: 'lucene' })).toBe(expected);
  });
  it.each(chain.map((v) => [v.input, v.expected]))('ArabicAnalyzer %s -> %s', (input, expected) => {
    expect(stem(normalize(input, { preset: 'lucene' }), { mode: 'lucene' })).toBe(expected);
  });
  it('does not normalise by itself, as Lucene does not', () => {
    expect(stem('الأمريكي', { mode: 'lucene' })).toBe('أمريك');
  });
});

describe('stem, light mode', () => {
  it.each([
    ['والمساعدات', 'مساعد'],
    ['المساعدة', 'مساعد'],
    ['مساعدتها', 'مساعد'],
    ['الجزائريين', 'جزائر'],
    ['الجزائر', 'جزائر'],
    ['بالأسلحة', 'اسلح'],
    ['لتسليم', 'تسليم'],
    ['وبإرسال', 'ارسال'],
    ['قواتنا', 'قوات'],
  ])('%s -> %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
  it('keeps names whole, behind their clitics', () => {
    expect(stem('فنزويلا')).toBe('فنزويلا');
    expect(stem('وفنزويلا')).toBe('فنزويلا');
    expect(stem('لمالي')).toBe('مالي');
  });
  it('does not cut words whose first letter looks like a clitic', () => {
    expect(stem('وزير')).toBe('وزير');
    expect(stem('لبنان')).toBe('لبنان');
    // والي keeps its و (it is not و + إلى); only the final ي goes, as in every -i noun.
    expect(stem('والي')).toBe('وال');
    expect(stem('وزارة')).toBe('وزار');
  });
  it('normalises first, and leaves non-Arabic words alone', () => {
    expect(stem('الأَسْلِحَة')).toBe(stem('الاسلحة'));
    expect(stem('Sahel')).toBe('Sahel');
    expect(stem('')).toBe('');
  });
  it('explains bad input', () => {
    expect(() => stem(42 as unknown as string)).toThrow(/stem: expected text to be a string, got number \(42\)/);
    expect(() => stem('مالي والنيجر')).toThrow(/stem: expected one word/);
    expect(() => stem('مالي', { mode: 'snowball' as 'light' })).toThrow(/mode must be 'light' or 'lucene'/);
  });
});

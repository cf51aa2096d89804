import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/index';

const one = (word: string) => {
  const t = tokenize(word);
  expect(t).toHaveLength(1);
  return t[0]!;
};

describe('tokenize: clitics', () => {
  it('separates conjunction, preposition and article', () => {
    const t = one('وبالجزائر');
    expect(t).toMatchObject({ text: 'وبالجزائر', word: 'الجزائر', base: 'جزائر', kind: 'arabic' });
    expect(t.clitics).toEqual({ conjunction: 'و', preposition: 'ب', article: true, future: false, pronoun: null });
  });
  it('reads لل as the preposition ل and the article', () => {
    const t = one('للجيش');
    expect(t.word).toBe('الجيش');
    expect(t.clitics).toMatchObject({ preposition: 'ل', article: true });
  });
  it.each([
    ['وروسيا', 'روسيا', { conjunction: 'و' }],
    ['لمالي', 'مالي', { preposition: 'ل' }],
    ['والمغرب', 'المغرب', { conjunction: 'و', article: true }],
    ['فالحكومة', 'الحكومة', { conjunction: 'ف', article: true }],
    ['كالعادة', 'العادة', { preposition: 'ك', article: true }],
    ['وبإرسال', 'ارسال', { conjunction: 'و', preposition: 'ب' }],
    ['لتسليم', 'تسليم', { preposition: 'ل' }],
  ])('%s -> %s', (input, word, clitics) => {
    const t = one(input);
    expect(t.word).toBe(word);
    expect(t.clitics).toMatchObject(clitics);
  });
  it('finds the future marker on verbs', () => {
    expect(one('سيقوم').clitics.future).toBe(true);
    expect(one('سيقوم').base).toBe('يقوم');
    expect(one('وستصل').clitics).toMatchObject({ conjunction: 'و', future: true });
  });
  it('separates the attached pronouns that matter', () => {
    expect(one('تقديمها')).toMatchObject({ base: 'تقديم', clitics: { pronoun: 'ها' } });
    expect(one('لقواتنا')).toMatchObject({ base: 'قوات', clitics: { preposition: 'ل', pronoun: 'نا' } });
    expect(one('دعمهم')).toMatchObject({ base: 'دعم', clitics: { pronoun: 'هم' } });
    expect(one('بلاده')).toMatchObject({ base: 'بلاد', clitics: { pronoun: 'ه' } });
  });
  it('does not cut words whose first letters only look like clitics', () => {
    for (const word of ['والي', 'وزير', 'لبنان', 'وكالة', 'ولاية', 'فرنسا', 'بيان', 'كبير', 'سياسة', 'سيارة', 'سنوات', 'ليبيا', 'بوركينا']) {
      const t = one(word);
      expect([word, t.word, t.clitics]).toEqual([word, word, { conjunction: null, preposition: null, article: false, future: false, pronoun: null }]);
    }
  });
  it('does not take a pronoun off words that end like one', () => {
    for (const word of ['أحيانا', 'مكانا', 'هنا', 'غانا', 'اتجاها', 'تفاهم', 'مهم']) expect(one(word).clitics.pronoun).toBeNull();
  });
});

describe('tokenize: spans and kinds', () => {
  it('gives spans into the original text, through diacritics, tatweel and presentation forms', () => {
    const text = 'وصَلَ الوفـــد إلى ﻷسباب 2.5 مليون، G5 😀';
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => [t.norm, t.kind])).toEqual([
      ['وصل', 'arabic'],
      ['الوفد', 'arabic'],
      ['الي', 'arabic'],
      ['لاسباب', 'arabic'],
      ['2.5', 'number'],
      ['مليون', 'arabic'],
      ['،', 'punct'],
      ['G5', 'latin'],
      ['😀', 'other'],
    ]);
  });
  it('reads Arabic-Indic digits as numbers', () => {
    expect(tokenize('عام ٢٠٢٤').map((t) => [t.text, t.norm, t.kind])).toEqual([
      ['عام', 'عام', 'arabic'],
      ['٢٠٢٤', '2024', 'number'],
    ]);
  });
  it('never throws, and keeps every non-space character in some token', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'وبالجزائرمليةسكنتف .،\n؟0١ًـ\u200fxﻻ😀'.split('')) }), fc.string(), (a, b) => {
        for (const text of [a, b, a + b]) {
          const tokens = tokenize(text);
          let last = 0;
          for (const t of tokens) {
            expect(t.start).toBeGreaterThanOrEqual(last);
            expect(t.end).toBeGreaterThan(t.start);
            expect(text.slice(t.start, t.end)).toBe(t.text);
            last = t.end;
          }
        }
      }),
      { numRuns: 1500 },
    );
  });
  it('keeps a glued word whole where a cut would fall inside a ligature', () => {
    // ﻻ is one character of the original and two letters once normalised: parts cut between them would overlap.
    expect(tokenize('اوﻻلا').map((t) => [t.start, t.end, t.glued])).toEqual([[0, 5, false]]);
  });
  it('serialises and prints as plain data, not the whole text it points into', () => {
    const text = `وبالجزائر ${'كلام '.repeat(50)}`;
    const [t] = tokenize(text);
    const plain = { start: 0, end: 9, text: 'وبالجزائر', norm: 'وبالجزائر', kind: 'arabic', word: 'الجزائر', base: 'جزائر', glued: false };
    expect(JSON.parse(JSON.stringify(t))).toMatchObject(plain);
    expect(inspect(t)).not.toContain('كلام');
    expect(inspect(t)).toContain("word: 'الجزائر'");
  });
  it('explains bad input', () => {
    expect(() => tokenize(7 as unknown as string)).toThrow(/tokenize: expected text to be a string, got number \(7\)/);
    expect(tokenize('')).toEqual([]);
  });
});

describe('tokenize: glued words', () => {
  it.each([
    ['ماليالجزائر', ['مالي', 'الجزائر']],
    ['الولاياتالمتحدةالأمريكية', ['الولايات', 'المتحدة', 'الأمريكية']],
    ['روسياوكوباوإيران', ['روسيا', 'وكوبا', 'وإيران']],
    ['ماليوالنيجر', ['مالي', 'والنيجر']],
    ['فرنساوالولاياتالمتحدة', ['فرنسا', 'والولايات', 'المتحدة']],
  ])('repairs %s', (glued, parts) => {
    const text = `بين ${glued} أمس`;
    const tokens = tokenize(text).slice(1, -1);
    expect(tokens.map((t) => t.text)).toEqual(parts);
    expect(tokens.every((t) => t.glued)).toBe(true);
    let at = text.indexOf(glued);
    for (const t of tokens) {
      expect(t.start).toBe(at);
      at = t.end;
    }
    expect(at).toBe(text.indexOf(glued) + glued.length);
  });
  it('keeps the spans through normalisation inside a glued string', () => {
    const text = 'روسـياوكوباوإِيران';
    expect(tokenize(text).map((t) => t.text)).toEqual(['روسـيا', 'وكوبا', 'وإِيران']);
  });
  it('leaves real words and unknown words alone', () => {
    for (const word of ['ماليزيا', 'الجزائريين', 'المتحدة', 'واستخباراتيا', 'المالية', 'الاستراتيجية', 'بوركينابي']) {
      expect(tokenize(word).map((t) => t.text)).toEqual([word]);
    }
  });
});

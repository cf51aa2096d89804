import { describe, expect, it } from 'vitest';
import { type NormalizeRule, PRESETS, RULES, normalize, normalizeWithOffsets } from '../src/index';

/** Every switch off but one, over the default preset's character sets. */
const onlyRule = (rule: NormalizeRule) => Object.fromEntries(RULES.map((r) => [r, r === rule]));

describe('each rule of the default preset, alone', () => {
  const cases: [NormalizeRule, string, string][] = [
    ['nfc', 'ا\u0654ب و\u0654', 'أب ؤ'],
    ['presentationForms', 'ﻣﺎﻟﻲ ﻷ ﷲ ﷼', 'مالي لأ الله ريال'],
    ['alef', 'آمن أحمد إسلام ٱلله ٲ ٳ ٵ', 'امن احمد اسلام الله ا ا ا'],
    ['alefMaksura', 'على مستشفى', 'علي مستشفي'],
    ['farsiLetters', 'ی ے ک ڪ ۀ ہ ھ ۃ ۓ', 'ي ي ك ك ه ه ه ة ئ'],
    ['tehMarbuta', 'مدرسة', 'مدرسه'],
    ['hamzaCarriers', 'مسؤول رئيس', 'مسوول رييس'],
    ['diacritics', 'كَتَبَ مُحَمَّدٌ', 'كتب محمد'],
    ['daggerAlef', 'الرحمٰن هٰذا', 'الرحمن هذا'],
    ['quranicMarks', 'الرحيم ۝١ صلىؐ ذٰلِكَۖ', 'الرحيم ١ صلى ذٰلِكَ'],
    ['tatweel', 'الجزائـــــر', 'الجزائر'],
    ['digits', '١٢٣ ۱۴۰۳ 42', '123 1403 42'],
    ['punctuation', 'نعم، لا؛ لماذا؟ ٥٪ ٣٫٥', 'نعم, لا; لماذا? ٥% ٣.٥'],
    ['invisible', 'ما\u200Bلي\u200F \uFEFFباماكو\u00AD\u061C', 'مالي باماكو'],
    ['zwnj', 'می\u200Cخواهم', 'میخواهم'],
    ['whitespace', 'مالي\u00A0والنيجر\u2009و\u3000تشاد\u2028', 'مالي والنيجر و تشاد\n'],
  ];
  it('covers every rule', () => {
    expect(cases.map((c) => c[0]).sort()).toEqual([...RULES].sort());
  });
  it.each(cases)('%s: %s -> %s', (rule, input, expected) => {
    expect(normalize(input, { preset: 'display', ...onlyRule(rule) })).toBe(expected);
  });
  it('does not invent an alef from the dagger alef', () => {
    expect(normalize('هٰذا')).toBe('هذا');
  });
});

describe('presets', () => {
  const article = 'قالَ وزيرُ الخارجيّة إنّ «مالي» ستتلقّى ٣ مروحيات ﻷول مرة… مسؤولة\u200F';
  it('default folds letters, drops marks, keeps ة ؤ ئ and punctuation', () => {
    expect(normalize(article)).toBe('قال وزير الخارجية ان «مالي» ستتلقي 3 مروحيات لاول مرة… مسؤولة');
  });
  it('search also folds ة ؤ ئ', () => {
    expect(normalize(article, { preset: 'search' })).toBe('قال وزير الخارجيه ان «مالي» ستتلقي 3 مروحيات لاول مره… مسووله');
    expect(normalize('رئيس', { preset: 'search' })).toBe('رييس');
  });
  it('display only removes what cannot be seen and unfolds ligatures', () => {
    expect(normalize(article, { preset: 'display' })).toBe('قالَ وزيرُ الخارجيّة إنّ «مالي» ستتلقّى ٣ مروحيات لأول مرة… مسؤولة');
    expect(normalize('می\u200Cخواهم', { preset: 'display' })).toBe('می\u200Cخواهم');
  });
  it('lucene and camel leave what their peers leave', () => {
    expect(normalize('ٱلـرَّحمٰنِ ۖ ٢ ى', { preset: 'lucene' })).toBe('ٱلرحمٰن ۖ ٢ ي');
    expect(normalize('ٱلـرَّحمٰنِ ۖ ٢ ى', { preset: 'camel' })).toBe('الـرحمن ۖ ٢ ي');
    // neither applies NFC: a decomposed hamza stays decomposed
    expect(normalize('ا\u0654', { preset: 'lucene' })).toBe('ا\u0654');
    expect(normalize('ا\u0654', { preset: 'camel' })).toBe('ا\u0654');
  });
  it('a switch overrides its preset', () => {
    expect(normalize('مدرسة ٣', { tehMarbuta: true, digits: false })).toBe('مدرسه ٣');
    expect(normalize('مدرسة', { preset: 'search', tehMarbuta: false })).toBe('مدرسة');
    expect(normalize('أحمد', { preset: 'lucene', alef: false })).toBe('أحمد');
    expect(normalize('x', { preset: undefined, alef: undefined })).toBe('x');
  });
  it('every preset is described', () => {
    for (const p of Object.values(PRESETS)) expect(p.summary.length).toBeGreaterThan(10);
  });
  it('keeps what it does not know: Latin, emoji, other scripts, lone surrogates', () => {
    const s = 'Mali 🇲🇱 Мали 马里 \uD800 \uDFFF';
    expect(normalize(s)).toBe(s);
    expect(normalize('')).toBe('');
    expect(normalize('أ\uD800ب\uDC00')).toBe('ا\uD800ب\uDC00');
    expect(normalizeWithOffsets('أ\uD800').text).toBe('ا\uD800');
  });
  it('keeps a byte order mark when the invisible rule is off', () => {
    expect(normalize('\uFEFFأحمد', { preset: 'lucene' })).toBe('\uFEFFاحمد');
    expect(normalize('\uFEFFأحمد')).toBe('احمد');
  });
  it('keeps line breaks', () => {
    expect(normalize('عنوان\n\nفقرة أولى\r\nفقرة')).toBe('عنوان\n\nفقرة اولي\r\nفقرة');
  });
});

describe('normalizeWithOffsets', () => {
  it('maps deleted characters to the letter before them', () => {
    const r = normalizeWithOffsets('وزيـــر الخارجية');
    expect(r.text).toBe('وزير الخارجية');
    expect(r.toOriginal(0, 4)).toEqual({ start: 0, end: 7 });
    expect(r.toOriginal(2, 3)).toEqual({ start: 2, end: 6 });
    expect(r.toOriginal(5, 13)).toEqual({ start: 8, end: 16 });
  });
  it('maps both letters of an expanded ligature to the ligature', () => {
    const input = 'ﻷول مرة';
    const r = normalizeWithOffsets(input);
    expect(r.text).toBe('لاول مرة');
    expect(r.toOriginal(0, 1)).toEqual({ start: 0, end: 1 });
    expect(r.toOriginal(1, 2)).toEqual({ start: 0, end: 1 });
    expect(input.slice(r.toOriginal(0, 4).start, r.toOriginal(0, 4).end)).toBe('ﻷول');
  });
  it('maps a composed letter to its decomposed source', () => {
    const r = normalizeWithOffsets('ب\u0627\u0654ت');
    expect(r.text).toBe('بات');
    expect(r.toOriginal(1, 2)).toEqual({ start: 1, end: 3 });
  });
  it('gives leading invisible marks to the first letter and trailing ones to the last', () => {
    const r = normalizeWithOffsets('\u200F\u200Eمالي\u200F');
    expect(r.text).toBe('مالي');
    expect(r.toOriginal(0, 4)).toEqual({ start: 0, end: 7 });
    expect(r.toOriginal(0, 0)).toEqual({ start: 0, end: 0 });
    expect(r.toOriginal(4, 4)).toEqual({ start: 7, end: 7 });
    expect(r.toOriginal(2, 2)).toEqual({ start: 4, end: 4 });
  });
  it('keeps surrogate pairs together', () => {
    const r = normalizeWithOffsets('أ😀ب');
    expect(r.text).toBe('ا😀ب');
    expect(r.toOriginal(1, 2)).toEqual({ start: 1, end: 3 });
  });
  it('is the identity map when nothing changes', () => {
    const r = normalizeWithOffsets('مالي');
    expect([...r.starts]).toEqual([0, 1, 2, 3]);
    expect([...r.ends]).toEqual([1, 2, 3, 4]);
    expect(r.changes()).toEqual([]);
  });
  it('reports what changed, where, and why', () => {
    expect(normalizeWithOffsets('قالَ').changes()).toEqual([{ start: 2, end: 4, before: 'لَ', after: 'ل', rules: ['diacritics'] }]);
    expect(normalizeWithOffsets('\u200F').changes()).toEqual([{ start: 0, end: 1, before: '\u200F', after: '', rules: ['invisible'] }]);
    expect(normalizeWithOffsets('ﻷ').changes()[0]?.rules).toEqual(['presentationForms', 'alef']);
    expect(normalizeWithOffsets('ا\u0654').changes()[0]?.rules).toEqual(['nfc', 'alef']);
  });
  it('rejects spans outside the normalised text', () => {
    const r = normalizeWithOffsets('مالي');
    expect(() => r.toOriginal(-1, 2)).toThrow(RangeError);
    expect(() => r.toOriginal(3, 2)).toThrow(/0 <= start <= end <= 4/);
    expect(() => r.toOriginal(0, 5)).toThrow(RangeError);
    expect(() => r.toOriginal(0.5, 2)).toThrow(RangeError);
  });
});

describe('bad input', () => {
  it.each([
    [42, 'number (42)'],
    [null, 'null'],
    [undefined, 'undefined'],
    [{ text: 'مالي' }, 'an object ({"text":"مالي"})'],
    [['مالي'], 'an array of length 1'],
  ])('rejects %j with a TypeError that says what came', (value, described) => {
    expect(() => normalize(value as unknown as string)).toThrow(TypeError);
    expect(() => normalize(value as unknown as string)).toThrow(`normalize: expected text to be a string, got ${described}`);
    expect(() => normalizeWithOffsets(value as unknown as string)).toThrow(/normalizeWithOffsets: expected text to be a string/);
  });
  it('lists the valid presets for an unknown one', () => {
    expect(() => normalize('x', { preset: 'arabic' as never })).toThrow(RangeError);
    expect(() => normalize('x', { preset: 'arabic' as never })).toThrow(
      "unknown preset string (\"arabic\"); valid presets are default, search, display, lucene, camel",
    );
  });
  it('lists the valid options for an unknown one', () => {
    expect(() => normalize('x', { alif: true } as never)).toThrow(TypeError);
    expect(() => normalize('x', { alif: true } as never)).toThrow(/unknown option 'alif'; valid options are preset, nfc, presentationForms, alef/);
  });
  it('wants booleans for switches and an object for options', () => {
    expect(() => normalize('x', { alef: 'yes' } as never)).toThrow("option 'alef' must be true or false, got string (\"yes\")");
    expect(() => normalize('x', 'search' as never)).toThrow('expected options to be an object, got string ("search")');
  });
});

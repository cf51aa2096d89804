import { describe, expect, it } from 'vitest';
import { sentences } from '../src/index';

const texts = (t: string, o?: Parameters<typeof sentences>[1]) => sentences(t, o).map((s) => s.text);

describe('sentences', () => {
  it('splits on Arabic and Latin sentence punctuation', () => {
    expect(texts('وصل الوفد. وبدأت المحادثات؟ نعم! ثم انتهت؛ وغادر الوفد')).toEqual([
      'وصل الوفد.',
      'وبدأت المحادثات؟',
      'نعم!',
      'ثم انتهت؛',
      'وغادر الوفد',
    ]);
  });
  it('gives spans into the input, trimmed', () => {
    const t = '  قال الوزير.   وأضاف المتحدث.  ';
    for (const s of sentences(t)) expect(t.slice(s.start, s.end)).toBe(s.text);
    expect(sentences(t)[0]).toEqual({ start: 2, end: 13, text: 'قال الوزير.' });
  });
  it('does not split inside numbers and dates', () => {
    expect(texts('ارتفع العجز إلى 2.5 بالمئة. وبلغ ٣٫٥ مليار. وفي ٣.٥ حالات. وذلك يوم 12.05.2024 صباحا.')).toEqual([
      'ارتفع العجز إلى 2.5 بالمئة.',
      'وبلغ ٣٫٥ مليار.',
      'وفي ٣.٥ حالات.',
      'وذلك يوم 12.05.2024 صباحا.',
    ]);
  });
  it('does not split after one-letter abbreviations', () => {
    expect(texts('نقلت (أ.ف.ب) عن د. سالم قوله إن الوضع هادئ. وأكد ذلك.')).toEqual([
      'نقلت (أ.ف.ب) عن د. سالم قوله إن الوضع هادئ.',
      'وأكد ذلك.',
    ]);
    expect(texts('أ ف ب: وصل الوفد. ثم غادر.')).toEqual(['أ ف ب: وصل الوفد.', 'ثم غادر.']);
    expect(texts('met Mr. Smith in the U.S. capital. Then left.')).toEqual(['met Mr. Smith in the U.S. capital.', 'Then left.']);
  });
  it('keeps quotations whole, with their closing quote', () => {
    expect(texts('قال الوزير: «لن نتراجع. سنواصل!» ثم غادر القاعة. وانتهى اللقاء.')).toEqual([
      'قال الوزير: «لن نتراجع. سنواصل!» ثم غادر القاعة.',
      'وانتهى اللقاء.',
    ]);
    expect(texts('وأوضح أن "هناك تجهيزات.. نحتفظ بها سرا". وتابع.')).toEqual([
      'وأوضح أن "هناك تجهيزات.. نحتفظ بها سرا".',
      'وتابع.',
    ]);
    expect(texts("وقال إن ''التهديدات تتفاقم. علينا التحرك'' أمس. وانتهى.")).toEqual([
      "وقال إن ''التهديدات تتفاقم. علينا التحرك'' أمس.",
      'وانتهى.',
    ]);
  });
  it('treats a quote that never closes as a stray character', () => {
    expect(texts("وقال ''هذه التهديدات تتفاقم. لذا ندعو الجميع. وانتهى")).toEqual([
      "وقال ''هذه التهديدات تتفاقم.",
      'لذا ندعو الجميع.',
      'وانتهى',
    ]);
  });
  it('ends sentences at line breaks, or only at blank lines when asked', () => {
    expect(texts('عنوان الخبر\nنص الخبر الأول\n\nفقرة ثانية')).toEqual(['عنوان الخبر', 'نص الخبر الأول', 'فقرة ثانية']);
    expect(texts('جملة تمتد\nعلى سطرين\n\nفقرة ثانية', { breakOn: 'blank-line' })).toEqual([
      'جملة تمتد\nعلى سطرين',
      'فقرة ثانية',
    ]);
  });
  it('splits glued sentences after a full word', () => {
    expect(texts('انتهى الاجتماع.وغادر الوفد.')).toEqual(['انتهى الاجتماع.', 'وغادر الوفد.']);
  });
  it('handles empty and odd input', () => {
    expect(sentences('')).toEqual([]);
    expect(sentences(' \n \n')).toEqual([]);
    expect(texts('...')).toEqual(['...']);
    expect(texts('😀. 😀')).toEqual(['😀.', '😀']);
    expect(() => sentences(null as unknown as string)).toThrow(/sentences: expected text to be a string, got null/);
    expect(() => sentences('x', { breakOn: 'page' as 'line' })).toThrow(/breakOn must be 'line' or 'blank-line'/);
  });
});

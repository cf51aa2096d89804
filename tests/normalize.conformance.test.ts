// Every pair of the peers' own test vectors (fixtures/conformance/normalization.json, copied
// from shared/conformance) must pass through the preset or switch that claims that behaviour.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type NormalizeOptions, PRESETS, RULES, normalize } from '../src/index';

interface Vector {
  suite: string;
  function: string;
  input: string;
  expected: string;
  rule: string;
}
const { vectors } = JSON.parse(
  readFileSync(new URL('../fixtures/conformance/normalization.json', import.meta.url), 'utf8'),
) as { vectors: Vector[] };
const of = (fn: string) => vectors.filter((v) => v.function === fn);

/** A preset's character sets with every switch off but the ones named. */
function only(preset: 'lucene' | 'camel' | 'display', ...rules: (typeof RULES)[number][]): NormalizeOptions {
  const options: NormalizeOptions = { preset };
  for (const r of RULES) options[r] = rules.includes(r);
  return options;
}

const cases: [fn: string, how: string, options: NormalizeOptions][] = [
  ['lucene.ArabicNormalizer.normalize', 'the lucene preset', { preset: 'lucene' }],
  ['lucene.PersianNormalizer.normalize', 'the default preset', { preset: 'default' }],
  ['lucene.PersianNormalizer.normalize', 'the search preset', { preset: 'search' }],
  ['lucene.DecimalDigitFilter', 'the digits switch alone', only('display', 'digits')],
  ['lucene.DecimalDigitFilter', 'the default preset', { preset: 'default' }],
  ['camel.normalize_alef_ar', 'the camel alef switch alone', only('camel', 'alef')],
  ['camel.normalize_alef_maksura_ar', 'the camel alefMaksura switch alone', only('camel', 'alefMaksura')],
  ['camel.normalize_teh_marbuta_ar', 'the camel tehMarbuta switch alone', only('camel', 'tehMarbuta')],
  ['camel.dediac_ar', 'the camel diacritics and daggerAlef switches', only('camel', 'diacritics', 'daggerAlef')],
  ['camel.normalize_unicode', 'the presentationForms switch alone', only('display', 'presentationForms')],
  ['camel.normalize_unicode', 'the display preset', { preset: 'display' }],
];

describe('peer conformance vectors', () => {
  it('cover every function the compatibility presets claim', () => {
    for (const [fn] of cases) expect(of(fn).length, fn).toBeGreaterThan(0);
  });
  for (const [fn, how, options] of cases) {
    it.each(of(fn).map((v) => [v.input, v.expected] as const))(`${fn} through ${how}: %s -> %s`, (input, expected) => {
      expect(normalize(input, options)).toBe(expected);
    });
  }

  it('the camel preset chains its four functions', () => {
    for (const v of [...of('camel.normalize_alef_ar'), ...of('camel.dediac_ar')].filter((v) => !/[ٲٳ]/.test(v.input))) {
      const chained = normalize(normalize(v.expected, only('camel', 'alef', 'alefMaksura', 'tehMarbuta')), only('camel', 'diacritics', 'daggerAlef'));
      expect(normalize(v.input, { preset: 'camel' })).toBe(chained);
    }
    expect(normalize('العـَـربيةُ مستشفى أَ', { preset: 'camel' })).toBe('العــربيه مستشفي ا');
  });
});

describe('unicode pairs', () => {
  const unicode = of('unicode');
  const form = (rule: string) => (/^(NFKC|NFD|NFC)\b/.exec(rule) as RegExpExecArray)[1] as 'NFKC' | 'NFD' | 'NFC';

  it.each(unicode.map((v) => [v.input, v.expected, v.rule] as const))('%s -> %s holds in this runtime (%s)', (input, expected, rule) => {
    expect(input.normalize(form(rule))).toBe(expected);
  });

  it.each(unicode.map((v) => [v.input, v.expected] as const))(
    'the default preset treats %s exactly as %s',
    (input, expected) => {
      expect(normalize(input)).toBe(normalize(expected));
    },
  );

  // The display preset applies NFC and presentation forms only; where NFKC would go further or
  // differently, marsad's documented choice is asserted instead.
  const display: Record<string, string> = {
    '\uFDFC': 'ريال', // RIAL SIGN with Arabic yeh, not NFKC's Farsi yeh
    '\uFDFD': 'بسم الله الرحمن الرحيم', // BISMILLAH spelled out, as CAMeL Tools does
    '\u0675': '\u0675', // not a presentation form: only the default preset folds it (to ا)
    '\u0623': '\u0623', // display output is NFC, never NFD
    '\u0661\u06F4': '\u0661\u06F4',
    '\u0640': '\u0640',
  };
  it.each(unicode.map((v) => [v.input, v.expected] as const))('the display preset turns %s into %s or its documented form', (input, expected) => {
    expect(normalize(input, { preset: 'display' })).toBe(display[input] ?? expected);
  });

  it('documents the departures from NFKC in the presentation table', () => {
    expect(normalize('\uFE70', { preset: 'display' })).toBe('\u064B'); // isolated fathatan: the mark, no space
    expect(normalize('\uFEFB\uFEF7\uFDF2', { preset: 'display' })).toBe('لالأالله');
    expect(PRESETS.display.switches.zwnj).toBe(false);
  });
});

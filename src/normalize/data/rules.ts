/**
 * The character rules of the normaliser, as data. Each rule is a list of inclusive code point
 * ranges and what every code point in the range becomes (`''` deletes it). The logic that reads
 * these tables lives in `../compile.ts`; adding a character to a rule is a one-line change here.
 *
 * Where a compatibility preset reproduces a peer whose rule covers fewer characters than
 * marsad's, the peer's variant is given beside marsad's (`lucene`, `camel`).
 */

import { PRESENTATION_FORMS } from './presentation-forms';

/** A character rule's id, which is also its switch in {@link NormalizeOptions}. */
export type CharRuleId =
  | 'presentationForms'
  | 'alef'
  | 'alefMaksura'
  | 'farsiLetters'
  | 'tehMarbuta'
  | 'hamzaCarriers'
  | 'diacritics'
  | 'daggerAlef'
  | 'quranicMarks'
  | 'tatweel'
  | 'digits'
  | 'punctuation'
  | 'invisible'
  | 'zwnj'
  | 'whitespace';

/** `[first, last, replacement]`: every code point in `first..last` becomes `replacement`. */
export type CharRange = readonly [first: number, last: number, replacement: string];

/** Which peer's character set a rule uses. */
export type RuleFlavour = 'marsad' | 'lucene' | 'camel';

/** One character rule: the characters it changes and what they become. */
export interface CharRuleData {
  /** One line for documentation and `marsad normalize --report`. */
  readonly summary: string;
  /** marsad's set, used by every preset except those of a peer that has its own set below. */
  readonly ranges: readonly CharRange[];
  /** Lucene's own, narrower set, used by the `lucene` preset. */
  readonly lucene?: readonly CharRange[];
  /** CAMeL Tools' own, narrower set, used by the `camel` preset. */
  readonly camel?: readonly CharRange[];
}

const ALEF = '\u0627';
const YEH = '\u064A';
const HEH = '\u0647';
const KAF = '\u0643';

/** Digits 0-9 of a decimal block starting at `zero`, as ASCII. */
const digitsFrom = (zero: number): CharRange[] =>
  Array.from({ length: 10 }, (_, d): CharRange => [zero + d, zero + d, String(d)]);

/**
 * Every character rule, by id: the exact sets behind the switches of {@link NormalizeOptions}
 * (`nfc` is not here: it is Unicode's, not a table).
 */
export const CHAR_RULES: { readonly [K in CharRuleId]: CharRuleData } = {
  presentationForms: {
    summary: 'Arabic presentation forms and ligatures (U+FB50-FDFF, U+FE70-FEFE) -> base letters',
    ranges: PRESENTATION_FORMS.map(([cp, to]): CharRange => [cp, cp, to]),
  },
  alef: {
    summary: 'alef variants آ أ إ ٱ ٲ ٳ ٵ -> ا',
    ranges: [
      [0x0622, 0x0623, ALEF], // آ أ
      [0x0625, 0x0625, ALEF], // إ
      [0x0671, 0x0673, ALEF], // ٱ ٲ ٳ
      [0x0675, 0x0675, ALEF], // ٵ high hamza alef
    ],
    lucene: [
      [0x0622, 0x0623, ALEF],
      [0x0625, 0x0625, ALEF],
    ],
    camel: [
      [0x0622, 0x0623, ALEF],
      [0x0625, 0x0625, ALEF],
      [0x0671, 0x0671, ALEF],
    ],
  },
  alefMaksura: {
    summary: 'alef maksura ى -> ي',
    ranges: [[0x0649, 0x0649, YEH]],
  },
  farsiLetters: {
    summary: 'Farsi/Urdu letters ی ے -> ي, ک ڪ -> ك, ۀ ہ ۂ ھ -> ه, ۓ -> ئ, ۃ -> ة',
    ranges: [
      [0x06a9, 0x06aa, KAF], // ک keheh, ڪ swash kaf
      [0x06be, 0x06be, HEH], // ھ heh doachashmee
      [0x06c0, 0x06c2, HEH], // ۀ heh with yeh, ہ heh goal, ۂ heh goal with hamza
      [0x06c3, 0x06c3, '\u0629'], // ۃ teh marbuta goal -> ة
      [0x06cc, 0x06cc, YEH], // ی Farsi yeh
      [0x06d2, 0x06d2, YEH], // ے yeh barree
      [0x06d3, 0x06d3, '\u0626'], // ۓ yeh barree with hamza -> ئ
    ],
  },
  tehMarbuta: {
    summary: 'teh marbuta ة -> ه',
    ranges: [[0x0629, 0x0629, HEH]],
  },
  hamzaCarriers: {
    summary: 'hamza on a carrier ؤ -> و, ئ -> ي',
    ranges: [
      [0x0624, 0x0624, '\u0648'],
      [0x0626, 0x0626, YEH],
    ],
  },
  diacritics: {
    summary: 'harakat, tanween, shadda, sukun, madda and hamza marks (U+064B-065F, high hamza U+0674) deleted',
    ranges: [
      [0x064b, 0x065f, ''],
      [0x0674, 0x0674, ''], // high hamza: the spacing form of U+0654 (ٵ is ا + ٴ under NFKC)
    ],
    lucene: [[0x064b, 0x0652, '']],
    camel: [[0x064b, 0x0652, '']],
  },
  daggerAlef: {
    summary: 'dagger (superscript) alef U+0670 deleted, never turned into ا',
    ranges: [[0x0670, 0x0670, '']],
  },
  quranicMarks: {
    summary: 'Quranic annotation marks (U+0610-061A, U+06D6-06ED, U+0897-089F, U+08CA-08E1, U+08E3-08FF) deleted',
    ranges: [
      [0x0610, 0x061a, ''],
      [0x06d6, 0x06ed, ''],
      [0x0897, 0x089f, ''],
      [0x08ca, 0x08e1, ''],
      [0x08e3, 0x08ff, ''],
    ],
  },
  tatweel: {
    summary: 'tatweel ـ deleted',
    ranges: [[0x0640, 0x0640, '']],
  },
  digits: {
    summary: 'Arabic-Indic ٠-٩ and Extended Arabic-Indic ۰-۹ digits -> 0-9',
    ranges: [...digitsFrom(0x0660), ...digitsFrom(0x06f0)],
  },
  punctuation: {
    summary: 'Arabic punctuation ، ؛ ؟ ٪ ٫ ٬ ۔ -> , ; ? % . , .',
    ranges: [
      [0x060c, 0x060c, ','],
      [0x061b, 0x061b, ';'],
      [0x061f, 0x061f, '?'],
      [0x066a, 0x066a, '%'],
      [0x066b, 0x066b, '.'], // Arabic decimal separator
      [0x066c, 0x066c, ','], // Arabic thousands separator
      [0x06d4, 0x06d4, '.'], // Urdu full stop
      [0x204f, 0x204f, ';'], // reversed semicolon
      [0x2e41, 0x2e41, ','], // reversed comma
    ],
  },
  invisible: {
    summary: 'invisible format characters (ZWSP, ZWJ, LRM, RLM, ALM, bidi embeddings and isolates, word joiner, BOM, soft hyphen) deleted',
    ranges: [
      [0x00ad, 0x00ad, ''], // soft hyphen
      [0x061c, 0x061c, ''], // Arabic letter mark
      [0x200b, 0x200b, ''], // zero width space
      [0x200d, 0x200f, ''], // ZWJ, LRM, RLM
      [0x202a, 0x202e, ''], // bidi embeddings and overrides
      [0x2060, 0x2064, ''], // word joiner and invisible operators
      [0x2066, 0x2069, ''], // bidi isolates
      [0xfeff, 0xfeff, ''], // byte order mark / zero width no-break space
    ],
  },
  zwnj: {
    summary: 'zero width non-joiner U+200C deleted',
    ranges: [[0x200c, 0x200c, '']],
  },
  whitespace: {
    summary: 'space variants (NBSP, en/em/thin/hair, narrow NBSP, ideographic) -> space; U+2028/2029/0085 -> line break',
    ranges: [
      [0x0085, 0x0085, '\n'],
      [0x00a0, 0x00a0, ' '],
      [0x1680, 0x1680, ' '],
      [0x2000, 0x200a, ' '],
      [0x2028, 0x2029, '\n'],
      [0x202f, 0x202f, ' '],
      [0x205f, 0x205f, ' '],
      [0x3000, 0x3000, ' '],
    ],
  },
};

import fc from 'fast-check';

const range = (first: number, last: number) => fc.integer({ min: first, max: last }).map((cp) => String.fromCodePoint(cp));
const pick = (...chars: string[]) => fc.constantFrom(...chars);

/** One character (or lone surrogate) of the kinds that make Arabic normalisation hard. */
export const arabicishChar = fc.oneof(
  { weight: 10, arbitrary: range(0x0621, 0x064a) }, // letters
  { weight: 6, arbitrary: range(0x064b, 0x065f) }, // harakat, hamza and madda marks
  // letters that compose with a following madda or hamza mark under NFC
  { weight: 2, arbitrary: pick('\u0627\u0653', '\u0627\u0654', '\u0627\u0655', '\u0648\u0654', '\u064a\u0654', '\u06d5\u0654', '\u06c1\u0654', '\u06d2\u0654') },
  { weight: 2, arbitrary: pick('\u0670', '\u0640', '\u0674', '\u0675') }, // dagger alef, tatweel, high hamza
  { weight: 3, arbitrary: range(0x0660, 0x06ff) }, // the rest of the Arabic block
  { weight: 2, arbitrary: range(0x0897, 0x08ff) }, // Arabic Extended-A/B marks
  { weight: 3, arbitrary: range(0xfb50, 0xfdff) }, // presentation forms A
  { weight: 3, arbitrary: range(0xfe70, 0xfeff) }, // presentation forms B and BOM
  {
    weight: 3,
    arbitrary: pick('\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u061c', '\u202a', '\u202e', '\u2066', '\u2069', '\u00ad', '\u2060'),
  },
  { weight: 2, arbitrary: pick(' ', '\n', '\t', '\u00a0', '\u2000', '\u2009', '\u202f', '\u3000', '\u2028', '\u0085') },
  { weight: 3, arbitrary: range(0x20, 0x7e) },
  { weight: 2, arbitrary: range(0x0300, 0x036f) }, // Latin combining marks
  { weight: 1, arbitrary: range(0xd800, 0xdfff) }, // lone surrogates
  { weight: 1, arbitrary: pick('😀', '\u{1D165}', '\u{1D15E}', '\u{2F800}', '\u{1EE00}', 'é', 'Å', '\u1100', '\u1161', '\u11a8') },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)) },
);

/** Strings mostly of Arabic and its troublemakers. */
export const arabicish = fc.array(arabicishChar, { maxLength: 40 }).map((chars) => chars.join(''));

/** Code points of the Arabic blocks (including presentation forms and the math alphabet). */
export const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufefe\u{10e60}-\u{10e7f}\u{1ee00}-\u{1eeff}]/u;

/** Any string, lone surrogates included, with no code point from the Arabic blocks. */
export const nonArabic = fc
  .array(
    fc.oneof(
      arabicishChar.filter((c) => !ARABIC_SCRIPT.test(c)),
      fc.string({ unit: 'binary', maxLength: 4 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''))
  .filter((s) => !ARABIC_SCRIPT.test(s));

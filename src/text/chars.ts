/** Character classes of UTF-16 code units, as the segmenters see them. */
export const enum CharClass {
  Other = 0,
  Space = 1,
  Newline = 2,
  Arabic = 3,
  Latin = 4,
  Digit = 5,
  /** Combining marks: part of whatever word they follow. */
  Mark = 6,
  Punct = 7,
}

let table: Uint8Array | undefined;

function build(): Uint8Array {
  const t = new Uint8Array(0x10000);
  const set = (from: number, to: number, cls: CharClass): void => {
    t.fill(cls, from, to + 1);
  };
  // Everything printable in ASCII that is not a letter or digit is punctuation.
  set(0x21, 0x2f, CharClass.Punct);
  set(0x3a, 0x40, CharClass.Punct);
  set(0x5b, 0x60, CharClass.Punct);
  set(0x7b, 0x7e, CharClass.Punct);
  set(0xa1, 0xbf, CharClass.Punct);
  set(0x2010, 0x2027, CharClass.Punct);
  set(0x2030, 0x205e, CharClass.Punct);
  set(0x3001, 0x3003, CharClass.Punct);
  set(0xfd3e, 0xfd3f, CharClass.Punct);
  for (const c of [0x060c, 0x060d, 0x061b, 0x061e, 0x061f, 0x066a, 0x066b, 0x066c, 0x066d, 0x06d4]) t[c] = CharClass.Punct;
  set(0x30, 0x39, CharClass.Digit);
  set(0x0660, 0x0669, CharClass.Digit);
  set(0x06f0, 0x06f9, CharClass.Digit);
  set(0x41, 0x5a, CharClass.Latin);
  set(0x61, 0x7a, CharClass.Latin);
  set(0xc0, 0x24f, CharClass.Latin);
  t[0xd7] = CharClass.Punct;
  t[0xf7] = CharClass.Punct;
  set(0x0370, 0x052f, CharClass.Latin); // Greek and Cyrillic words behave like Latin ones here
  set(0x1e00, 0x1eff, CharClass.Latin);
  set(0x0621, 0x063f, CharClass.Arabic);
  set(0x0640, 0x064a, CharClass.Arabic);
  set(0x066e, 0x066f, CharClass.Arabic);
  set(0x0671, 0x06d3, CharClass.Arabic);
  t[0x06d5] = CharClass.Arabic;
  set(0x06ee, 0x06ef, CharClass.Arabic);
  set(0x06fa, 0x06ff, CharClass.Arabic);
  set(0x0750, 0x077f, CharClass.Arabic);
  set(0x08a0, 0x08c9, CharClass.Arabic);
  set(0xfb50, 0xfdfb, CharClass.Arabic);
  set(0xfe70, 0xfefc, CharClass.Arabic);
  set(0x0300, 0x036f, CharClass.Mark);
  set(0x0610, 0x061a, CharClass.Mark);
  set(0x064b, 0x065f, CharClass.Mark);
  t[0x0670] = CharClass.Mark;
  set(0x06d6, 0x06ed, CharClass.Mark);
  set(0x0897, 0x089f, CharClass.Mark);
  set(0x08ca, 0x08ff, CharClass.Mark);
  set(0x200b, 0x200d, CharClass.Mark); // zero-width characters never end a word
  for (const c of [0x09, 0x0b, 0x0c, 0x20, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000, 0xfeff]) t[c] = CharClass.Space;
  set(0x2000, 0x200a, CharClass.Space);
  for (const c of [0x0a, 0x0d, 0x85, 0x2028, 0x2029]) t[c] = CharClass.Newline;
  return t;
}

/** The class of every UTF-16 code unit; surrogates are `Other`. */
export function charClasses(): Uint8Array {
  return (table ??= build());
}

import { assertText } from '../errors';
import { tableFor } from './compile';
import { type PassResult, runPass } from './engine';
import { NormalizedText } from './normalized-text';
import { OffsetMap } from './offset-map';
import { type NormalizeOptions, resolveOptions } from './options';

/** Bound on re-normalisation passes; two suffice for any text seen so far. */
const MAX_PASSES = 6;

/**
 * Normalises Arabic text for matching: by default NFC, presentation forms to letters, alef,
 * alef maksura and Farsi letters folded, diacritics, tatweel and invisible marks deleted,
 * digits to ASCII (DESIGN.md section 3). Other scripts are kept as they are.
 *
 * @param text The text to normalise.
 * @param options A `preset` (`default`, `search`, `display`, `lucene`, `camel`) and switches
 *   that override it, one per rule.
 * @throws TypeError when `text` is not a string or an option is unknown or not a boolean;
 *   RangeError for an unknown preset.
 *
 * @example
 * normalize('إِنَّ الأمـــــمَ المتحدة ٢٠٢٤');
 * //=> 'ان الامم المتحدة 2024'
 * normalize('مدرسة مسؤول', { preset: 'search' });
 * //=> 'مدرسه مسوول'
 */
export function normalize(text: string, options?: NormalizeOptions): string {
  assertText(text, 'normalize');
  const table = tableFor(resolveOptions(options, 'normalize'));
  let pass = runPass(text, table, false);
  for (let k = 1; k < MAX_PASSES && needsAnotherPass(pass); k++) {
    const next = runPass(pass.text, table, false);
    if (next.text === pass.text) break;
    pass = next;
  }
  return pass.text;
}

/**
 * Normalises like {@link normalize} and keeps, for every UTF-16 code unit of the result, the
 * span of the original text that produced it.
 *
 * @example
 * const r = normalizeWithOffsets('وزيـــر الخارجية');
 * r.text; //=> 'وزير الخارجية'
 * r.toOriginal(0, 4); //=> { start: 0, end: 7 }, the span of 'وزيـــر', tatweel included
 */
export function normalizeWithOffsets(text: string, options?: NormalizeOptions): NormalizedText {
  assertText(text, 'normalizeWithOffsets');
  const table = tableFor(resolveOptions(options, 'normalizeWithOffsets'));
  let pass = runPass(text, table, true);
  let map = pass.map ?? OffsetMap.identity(text.length);
  for (let k = 1; k < MAX_PASSES && needsAnotherPass(pass); k++) {
    const next = runPass(pass.text, table, true);
    if (next.text === pass.text) break;
    map = OffsetMap.compose(map, next.map ?? OffsetMap.identity(pass.text.length));
    pass = next;
  }
  return new NormalizedText(pass.text, text, map, table);
}

/**
 * A deletion or expansion next to a combining mark that is kept can leave text that is not NFC
 * (ا + ZWJ + ٔ loses the ZWJ); only then is the output checked and passed through again.
 */
function needsAnotherPass(pass: PassResult): boolean {
  return pass.hazard && pass.text.normalize('NFC') !== pass.text;
}

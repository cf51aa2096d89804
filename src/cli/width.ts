// Terminals give combining marks and format characters no cell, and East Asian wide characters
// and emoji two; Arabic letters take one cell each, as do Latin ones.
const ZERO = /[\p{Mn}\p{Me}\p{Cf}]/u;
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\p{Extended_Pictographic}]/u;

/** How many terminal cells a string takes. */
export function displayWidth(s: string): number {
  let width = 0;
  for (const ch of s) width += ZERO.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  return width;
}

/** `s` padded with spaces, or cut with an ellipsis, to exactly `width` cells. */
export function fit(s: string, width: number): string {
  const w = displayWidth(s);
  if (w <= width) return s + ' '.repeat(width - w);
  let out = '';
  let used = 0;
  for (const ch of s) {
    const cw = ZERO.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
    if (used + cw > width - 1) break;
    out += ch;
    used += cw;
  }
  return `${out}…${' '.repeat(width - 1 - used)}`;
}

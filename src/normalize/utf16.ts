/**
 * Turning a buffer of UTF-16 code units into a string, as fast as the runtime allows. This is a
 * third of the normaliser's time on news text, so it picks, once:
 * - a Buffer's `utf16le` decoding where the runtime has one (Node, Bun): the fastest, and it keeps
 *   lone surrogates;
 * - else TextDecoder (browsers, Deno), which is fast but replaces lone surrogates with U+FFFD, so
 *   text that has any takes the slow way;
 * - else, and on big-endian machines, `String.fromCharCode` over slices.
 * Nothing is imported: the core stays browser-safe.
 */

/** `units[0..length)` as a string; `lone` says whether the units hold a lone surrogate. */
export type Utf16Decoder = (units: Uint16Array, length: number, lone: boolean) => string;

/** The portable way, exact for any units. */
export const decodeWithCharCodes: Utf16Decoder = (units, length) => {
  let text = '';
  for (let p = 0; p < length; p += 8192) {
    text += String.fromCharCode.apply(null, units.subarray(p, Math.min(p + 8192, length)) as unknown as number[]);
  }
  return text;
};

interface BufferClass {
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): { toString(encoding: 'utf16le'): string };
}
interface TextDecoderClass {
  new (label: 'utf-16le', options: { ignoreBOM: boolean }): { decode(input: Uint16Array): string };
}

const host = globalThis as { Buffer?: BufferClass; TextDecoder?: TextDecoderClass };
// Both decoders read bytes as little-endian; a Uint16Array stores them in the machine's order.
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** A decoder over Node's or Bun's Buffer, or undefined where there is none. */
export function bufferDecoder(): Utf16Decoder | undefined {
  const B = host.Buffer;
  if (!littleEndian || typeof B?.from !== 'function') return undefined;
  return (units, length) => B.from(units.buffer, units.byteOffset, length * 2).toString('utf16le');
}

/** A decoder over TextDecoder, or undefined where there is none. */
export function textDecoder(): Utf16Decoder | undefined {
  const TD = host.TextDecoder;
  if (!littleEndian || typeof TD !== 'function') return undefined;
  // ignoreBOM: a leading U+FEFF is text here, not a byte order mark to drop.
  const decoder = new TD('utf-16le', { ignoreBOM: true });
  return (units, length, lone) => (lone ? decodeWithCharCodes(units, length, lone) : decoder.decode(units.subarray(0, length)));
}

/** The fastest exact decoder this runtime has. */
export const decodeUtf16: Utf16Decoder = bufferDecoder() ?? textDecoder() ?? decodeWithCharCodes;

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bufferDecoder, decodeUtf16, decodeWithCharCodes, textDecoder } from '../src/normalize/utf16';

const units = fc.array(
  fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0xd800, max: 0xdfff }), fc.constantFrom(0xfeff, 0x0627, 0x20)),
  { maxLength: 20000 },
);
const hasLoneSurrogate = (s: string) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

describe('UTF-16 decoders', () => {
  it('are all here in Node, and the fastest is picked', () => {
    expect(bufferDecoder()).toBeTypeOf('function');
    expect(textDecoder()).toBeTypeOf('function');
    expect(decodeUtf16).not.toBe(decodeWithCharCodes);
  });

  it('agree with String.fromCharCode on any units, lone surrogates and a leading BOM included', () => {
    const viaBuffer = bufferDecoder()!;
    const viaTextDecoder = textDecoder()!;
    fc.assert(
      fc.property(units, fc.nat(30), (list, extra) => {
        // a buffer longer than the text, as the engine's is
        const buf = new Uint16Array(list.length + extra);
        buf.set(list);
        const expected = String.fromCharCode(...list);
        expect(decodeWithCharCodes(buf, list.length, true)).toBe(expected);
        expect(viaBuffer(buf, list.length, true)).toBe(expected);
        expect(viaTextDecoder(buf, list.length, hasLoneSurrogate(expected))).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});

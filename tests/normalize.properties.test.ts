import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type NormalizePreset, PRESETS, normalize, normalizeWithOffsets } from '../src/index';
import { arabicish, nonArabic } from './helpers/arbitraries';
import { referenceNormalize } from './helpers/reference';

const presets = Object.keys(PRESETS) as NormalizePreset[];
// MARSAD_PROPERTY_RUNS=20000 npx vitest run tests/normalize.properties.test.ts for a deeper search.
const runs = { numRuns: Number(process.env['MARSAD_PROPERTY_RUNS'] ?? 4000) };

describe.each(presets)('the %s preset', (preset) => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(arabicish, (s) => {
        const once = normalize(s, { preset });
        expect(normalize(once, { preset })).toBe(once);
      }),
      runs,
    );
  });

  it('agrees with the reference normaliser (whole-text NFC, then the rules, to a fixpoint)', () => {
    fc.assert(
      fc.property(arabicish, (s) => {
        expect(normalize(s, { preset })).toBe(referenceNormalize(s, { preset }));
      }),
      runs,
    );
  });

  it('has an offset map that is monotonic, in bounds and covers the input', () => {
    fc.assert(
      fc.property(arabicish, (s) => {
        const r = normalizeWithOffsets(s, { preset });
        expect(r.text).toBe(normalize(s, { preset }));
        const n = r.text.length;
        expect(r.starts.length).toBe(n);
        expect(r.ends.length).toBe(n);
        for (let i = 0; i < n; i++) {
          expect(r.starts[i]).toBeLessThan(r.ends[i] as number);
          expect(r.ends[i]).toBeLessThanOrEqual(s.length);
          if (i > 0) {
            expect(r.starts[i]).toBeGreaterThanOrEqual(r.starts[i - 1] as number);
            expect(r.ends[i]).toBeGreaterThanOrEqual(r.ends[i - 1] as number);
          }
        }
        if (n > 0) expect([r.starts[0], r.ends[n - 1]]).toEqual([0, s.length]);
      }),
      runs,
    );
  });

  it('maps every change back to the characters that produced it', () => {
    fc.assert(
      fc.property(arabicish, (s) => {
        const r = normalizeWithOffsets(s, { preset });
        let rebuilt = '';
        let at = 0;
        for (const c of r.changes()) {
          expect(c.before).toBe(s.slice(c.start, c.end));
          expect(normalize(c.before, { preset })).toBe(c.after);
          expect(c.rules.length).toBeGreaterThan(0);
          rebuilt += s.slice(at, c.start) + c.after;
          at = c.end;
        }
        expect(rebuilt + s.slice(at)).toBe(r.text);
      }),
      runs,
    );
  });
});

describe('the default preset', () => {
  // What the default preset deletes or folds away must never be in its output.
  const gone =
    /[\u064B-\u065F\u0670\u0674\u0610-\u061A\u06D6-\u06ED\u0897-\u089F\u08CA-\u08E1\u08E3-\u08FF\u0640\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD\u061C\u0622\u0623\u0625\u0671-\u0673\u0675\u0649\u06CC\u06D2\u06A9\u0660-\u0669\u06F0-\u06F9\u00A0\u2000-\u200A\u202F\u3000]/;

  it('leaves no character of the deleted or folded classes', () => {
    fc.assert(
      fc.property(arabicish, (s) => {
        expect(normalize(s)).not.toMatch(gone);
      }),
      runs,
    );
  });

  it('leaves text with no Arabic as it is, but for NFC, invisible characters and whitespace', () => {
    const invisible = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
    const space = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
    const lineBreak = /[\u0085\u2028\u2029]/g;
    const expected = (s: string): string => {
      let current = s;
      for (;;) {
        const next = current.normalize('NFC').replace(invisible, '').replace(space, ' ').replace(lineBreak, '\n');
        if (next === current) return current;
        current = next;
      }
    };
    fc.assert(
      fc.property(nonArabic, (s) => {
        expect(normalize(s)).toBe(expected(s));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('any input', () => {
  it('never throws, lone surrogates and all, with or without offsets', () => {
    const anyString = fc.string({ unit: 'binary', maxLength: 200 });
    fc.assert(
      fc.property(anyString, fc.constantFrom(...presets), (s, preset) => {
        normalize(s, { preset });
        normalizeWithOffsets(s, { preset }).changes();
      }),
      { numRuns: 3000 },
    );
  });
});

// Nothing in the segmentation layer throws on any string, and every span it gives slices the input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findActors, regions, sentences, stem, tokenize } from '../src/index';

const RUNS = Number(process.env.MARSAD_PROPERTY_RUNS ?? 1000);
/** Strings made of the characters that matter here, mixed with anything at all. */
const text = fc.oneof(
  fc.string({
    unit: fc.constantFrom(...'مالي الجزائر وروسيا باماكو صفقات الجيش المالية تعليقات الزوار اقرأ أيضا .؟!؛«»"\'()\n\n،0١.ًـ\u200f\ud83d'.split('')),
    maxLength: 200,
  }),
  fc.string({ unit: 'binary', maxLength: 100 }),
);

describe('segmentation on any string', () => {
  it('sentences: ordered, disjoint, trimmed spans that slice to their text', () => {
    fc.assert(
      fc.property(text, (t) => {
        let last = 0;
        for (const s of sentences(t)) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(t.slice(s.start, s.end)).toBe(s.text);
          expect(s.text.trim()).toBe(s.text);
          last = s.end;
        }
      }),
      { numRuns: RUNS },
    );
  });
  it('regions: sorted, disjoint spans inside the text', () => {
    fc.assert(
      fc.property(text, (t) => {
        let last = 0;
        for (const r of regions(t)) {
          expect(r.start).toBeGreaterThanOrEqual(last);
          expect(r.end).toBeLessThanOrEqual(t.length);
          last = r.end;
        }
      }),
      { numRuns: RUNS },
    );
  });
  it('findActors: every mention slices to its surface, inside some token', () => {
    fc.assert(
      fc.property(text, (t) => {
        const tokens = tokenize(t);
        for (const a of findActors(t)) {
          for (const m of a.mentions) {
            expect(t.slice(m.start, m.end)).toBe(m.text);
            expect(tokens.some((k) => k.start === m.start)).toBe(true);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
  it('stem: any single word gives a string', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'والمساعداتهمنايةكبلس'.split('')), maxLength: 20 }), (w) => {
        expect(typeof stem(w)).toBe('string');
        expect(typeof stem(w, { mode: 'lucene' })).toBe('string');
      }),
      { numRuns: RUNS },
    );
  });
});

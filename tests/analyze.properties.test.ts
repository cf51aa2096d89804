// analyze() on any string: never throws, is deterministic, and every span it gives slices the input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index';

const RUNS = Number(process.env.MARSAD_PROPERTY_RUNS ?? 300);
/** Words that set off every rule: actors, lists, cues, triggers, negators and their false friends, holders, markers, prepositions. */
const WORDS = (
  'مالي الجزائر روسيا فرنسا والمغرب النيجر باماكو الكرملين بوتين غويتا القاعدة فاغنر المتمردين الطوارق البلدين الجانبان بلاده ' +
  'كل من لكل إلى للجيش المالي بين مع في على عن من قبل أرسلت مساعدات عسكرية أسلحة حصلت تسلم وقع اتفاقية التعاون العسكري زيارة ' +
  'استنجدت نجحت فشلت في أخفقت عاجزا عن شريك موثوق تخلت تحت غطاء الإرهابية محاربة دور الوسيط لم لن لا ليس دون عدم أن إلا سوى ' +
  'يزال سيما غير مسبوق تعد تحصى يخفي أي قال أكد خبراء مراقبون مصادر وفق حسب نقلا الذي التي لكن بينما سترسل وعدت . ، ! ؟ \n'
).split(' ');
const text = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((w) => w.join(' ')),
  fc.string({ unit: fc.constantFrom(...'مالي الجزائر ولم تفشل .،\n"«»()0١ًـ\u200f\ud83d'.split('')), maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
);

describe('analyze on any string', () => {
  it('never throws, gives the same answer twice, and every span slices to its text', () => {
    fc.assert(
      fc.property(text, (t) => {
        const a = analyze(t);
        expect(JSON.stringify(analyze(t))).toBe(JSON.stringify(a));
        for (const tag of a.topics) for (const e of tag.evidence) expect(t.slice(e.start, e.end)).toBe(e.text);
        for (const s of a.stances) {
          expect(s.score).toBeGreaterThanOrEqual(-1);
          expect(s.score).toBeLessThanOrEqual(1);
          expect(s.confidence).toBeGreaterThanOrEqual(0);
          expect(s.confidence).toBeLessThanOrEqual(1);
          if (s.label === 'favor') expect(s.score).toBeGreaterThan(0);
          if (s.label === 'against') expect(s.score).toBeLessThan(0);
          for (const e of s.evidence) expect(t.slice(e.start, e.end)).toBe(e.text);
        }
        for (const e of a.events) {
          expect(e.source.length).toBeGreaterThan(0);
          expect(e.target.length).toBeGreaterThan(0);
          expect(e.source.some((id) => e.target.includes(id))).toBe(false);
          expect(['asserted', 'negated', 'future', 'reported']).toContain(e.modality);
          expect(e.evidence[0]).toEqual(e.trigger);
          for (const x of e.evidence) expect(t.slice(x.start, x.end)).toBe(x.text);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

// Stance toward actors: the seeds' required signs, holders kept apart, negation and traps.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index';

const stanceOf = (text: string, target: string, holder = 'author') => analyze(text).stances.find((s) => s.target === target && s.holder === holder);

describe('the seeds', () => {
  const fixtures = readdirSync('fixtures/seeds').filter((f) => /^\d{3}\.json$/.test(f)).sort();
  it.each(fixtures)('%s shows the stances read in the article', (name) => {
    const fixture = JSON.parse(readFileSync(`fixtures/seeds/${name}`, 'utf8')) as { seed: string; stances: { target: string; holder: string; label: string }[] };
    const text = readFileSync(`seeds/${fixture.seed}`, 'utf8');
    const a = analyze(text);
    for (const want of fixture.stances) {
      const got = a.stances.find((s) => s.target === want.target && s.holder === want.holder);
      expect(got?.label, `${want.holder} -> ${want.target}`).toBe(want.label);
      for (const e of got!.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
  });
  it('002: France is judged by the observers, not by the author', () => {
    const name = readdirSync('seeds').find((f) => f.startsWith('002'))!;
    const a = analyze(readFileSync(`seeds/${name}`, 'utf8'));
    expect(a.stances.find((s) => s.target === 'FRA' && s.holder === 'author')?.label).toBe('neutral');
  });
  it('004: the reader comments contribute nothing', () => {
    const name = readdirSync('seeds').find((f) => f.startsWith('004'))!;
    const text = readFileSync(`seeds/${name}`, 'utf8');
    const comments = text.indexOf('تعليقات الزوار');
    expect(analyze(text).stances.flatMap((s) => s.evidence).every((e) => e.start < comments)).toBe(true);
  });
});

describe('stance on sentences written for the traps', () => {
  it('reads praise and failure, with evidence', () => {
    expect(stanceOf('أشاد الخبراء بالدور البارز للمغرب في المنطقة', 'MAR', 'experts')?.label).toBe('favor');
    expect(stanceOf('أخفقت الجزائر في تسوية الأزمة', 'DZA')?.label).toBe('against');
  });
  it('turns a negated cue around', () => {
    expect(stanceOf('نجحت الجزائر في تسوية الأزمة', 'DZA')?.label).toBe('favor');
    expect(stanceOf('لم تنجح الجزائر في تسوية الأزمة', 'DZA')?.label).toBe('against');
  });
  it('keeps neutral reporting neutral', () => {
    expect(stanceOf('زار وزير الخارجية الجزائري باماكو ووقع اتفاقية', 'DZA')?.label).toBe('neutral');
  });
  it('gives a quoted judgement to its holder', () => {
    const a = analyze('أكد متابعون أن فرنسا تدفع نحو الفوضى في المنطقة');
    expect(a.stances.find((s) => s.target === 'FRA' && s.holder === 'observers')?.label).toBe('against');
    expect(a.stances.find((s) => s.target === 'FRA' && s.holder === 'author')?.label).toBe('neutral');
  });
  it('judges armed groups by terror words, not the states they strike', () => {
    const a = analyze('تواجه الجزائر إرهاب الجماعات التي تسمي نفسها تنظيم القاعدة في بلاد المغرب الإسلامي');
    expect(a.stances.find((s) => s.target === 'aqim')?.label).toBe('against');
    expect(a.stances.find((s) => s.target === 'DZA')?.label).not.toBe('against');
  });
  it('stays within [-1, 1] and says how sure it is', () => {
    for (const s of analyze('نجحت الجزائر وفشلت الجزائر ونجحت الجزائر').stances) {
      expect(s.score).toBeGreaterThanOrEqual(-1);
      expect(s.score).toBeLessThanOrEqual(1);
      expect(s.confidence).toBeGreaterThanOrEqual(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
  });
});

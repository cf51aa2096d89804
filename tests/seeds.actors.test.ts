// The actors, spans and excluded regions of each seed article, as read in the text
// (fixtures/seeds/NNN.json: every mention is [surface, start, via, through?, excluded?]).
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findActors, regions, tokenize } from '../src/index';

interface SeedActors {
  seed: string;
  actors: Record<string, (string | number)[][]>;
  notActors: { actor: string; context: string; text: string; start: number; why: string }[];
  regions: { reason: string; cue: string; start: number; end: number }[];
}
const fixtures = readdirSync('fixtures/seeds')
  .filter((f) => /^\d{3}\.json$/.test(f))
  .sort()
  .map((f) => JSON.parse(readFileSync(`fixtures/seeds/${f}`, 'utf8')) as SeedActors);

const asRows = (text: string) =>
  Object.fromEntries(
    findActors(text).map((a) => [
      a.id,
      a.mentions.map((m) => [m.text, m.start, m.via, ...(m.through ? [m.through] : []), ...(m.excluded ? [`excluded:${m.excluded}`] : [])]),
    ]),
  );

describe.each(fixtures.map((f) => [f.seed, f] as const))('%s', (seed, fixture) => {
  const text = readFileSync(`seeds/${seed}`, 'utf8');
  const found = asRows(text);

  it('finds exactly the actors read in the article', () => {
    expect(Object.keys(found).sort()).toEqual(Object.keys(fixture.actors).sort());
  });
  it('finds every mention, with its span and how it was resolved', () => {
    for (const [id, rows] of Object.entries(fixture.actors)) {
      expect(found[id], id).toEqual(rows);
      for (const [surface, start] of rows) expect(text.slice(start as number, (start as number) + (surface as string).length)).toBe(surface);
    }
  });
  it('does not take the look-alikes for actors', () => {
    for (const n of fixture.notActors) {
      expect(text.slice(n.start, n.start + n.text.length), n.why).toBe(n.text);
      const hit = (found[n.actor] ?? []).some(([surface, start]) => (start as number) <= n.start && n.start < (start as number) + (surface as string).length);
      expect(hit, `${n.actor} at ${n.start}: ${n.why}`).toBe(false);
    }
  });
  it('marks the regions that are not the article', () => {
    expect(regions(text).map((r) => ({ reason: r.reason, cue: r.cue, start: r.start, end: r.end }))).toEqual(fixture.regions);
  });
});

describe('the seeds’ hard cases', () => {
  const read = (prefix: string) => {
    const name = readdirSync('seeds').find((f) => f.startsWith(prefix))!;
    return readFileSync(`seeds/${name}`, 'utf8');
  };
  const at = (text: string, id: string, surface: string) =>
    findActors(text)
      .find((a) => a.id === id)
      ?.mentions.filter((m) => m.text === surface)
      .map((m) => m.start) ?? [];

  it('000: Russia, Cuba and Iran inside وروسياوكوباوإيران', () => {
    const text = read('000');
    const glued = text.indexOf('وروسياوكوباوإيران');
    expect(at(text, 'RUS', 'وروسيا')).toEqual([glued]);
    expect(at(text, 'CUB', 'وكوبا')).toEqual([glued + 6]);
    expect(at(text, 'IRN', 'وإيران')).toEqual([glued + 11]);
    expect(tokenize(text).filter((t) => t.glued).map((t) => t.text)).toEqual(['وروسيا', 'وكوبا', 'وإيران']);
  });
  it('002: the USA inside الولاياتالمتحدةالأمريكية', () => {
    const text = read('002');
    expect(at(text, 'USA', 'الولاياتالمتحدةالأمريكية')).toEqual([text.indexOf('الولاياتالمتحدةالأمريكية')]);
  });
  it('003: Mali and Algeria inside ماليالجزائر, and no Mali from صفقات مالية', () => {
    const text = read('003');
    const glued = text.indexOf('ماليالجزائر');
    expect(at(text, 'MLI', 'مالي')).toContain(glued);
    expect(at(text, 'DZA', 'الجزائر')).toContain(glued + 4);
    expect(at(text, 'MLI', 'مالية')).toEqual([]);
  });
  it('004: the reader comments are excluded, and their mentions marked', () => {
    const text = read('004');
    const [comments] = regions(text);
    expect(comments).toMatchObject({ reason: 'comments', cue: 'تعليقات الزوار', end: text.length });
    const mali = findActors(text).find((a) => a.id === 'MLI')!;
    const inComments = mali.mentions.filter((m) => m.start >= comments!.start);
    expect(inComments.length).toBe(2);
    expect(inComments.every((m) => m.excluded === 'comments')).toBe(true);
    expect(mali.mentions.filter((m) => m.start < comments!.start).every((m) => m.excluded === undefined)).toBe(true);
  });
});

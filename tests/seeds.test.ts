import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize, normalizeWithOffsets } from '../src/index';

interface SeedFixture {
  sha256: string;
  bytes: number;
  normalize: { rules: string[]; words: [before: string, after: string][] };
}
const { seeds } = JSON.parse(readFileSync('fixtures/seeds.json', 'utf8')) as { seeds: Record<string, SeedFixture> };
const names = Object.keys(seeds);

describe('the seed articles', () => {
  it('are the five files of shared/seeds, unchanged', () => {
    expect(readdirSync('seeds').sort()).toEqual(names.sort());
    expect(names).toHaveLength(5);
    for (const name of names) {
      const bytes = readFileSync(`seeds/${name}`);
      expect(bytes.length, name).toBe(seeds[name]?.bytes);
      expect(createHash('sha256').update(bytes).digest('hex'), name).toBe(seeds[name]?.sha256);
      // CI clones the project with shared/ beside it: compare with the source itself there.
      if (existsSync(`../shared/seeds/${name}`)) expect(bytes.equals(readFileSync(`../shared/seeds/${name}`))).toBe(true);
    }
  });

  describe.each(names)('%s', (name) => {
    const text = readFileSync(`seeds/${name}`, 'utf8');
    const expected = seeds[name]?.normalize as SeedFixture['normalize'];
    const r = normalizeWithOffsets(text);

    it('changes only what the article has to change', () => {
      const rules = new Set(r.changes().flatMap((c) => c.rules));
      expect([...rules].sort()).toEqual(expected.rules);
    });

    it('normalises the words read in the article', () => {
      for (const [before, after] of expected.words) {
        const at = text.indexOf(before);
        expect(at, before).toBeGreaterThanOrEqual(0);
        expect(normalize(before)).toBe(after);
        // inside the article, the word's normalised form maps back to its original spelling
        const out = r.starts.indexOf(at);
        expect(r.text.slice(out, out + after.length)).toBe(after);
        expect(r.toOriginal(out, out + after.length)).toEqual({ start: at, end: at + before.length });
      }
    });

    it('keeps the article whole: same words, lines and punctuation', () => {
      expect(r.text.split('\n').length).toBe(text.split('\n').length);
      expect(r.text.split(/\s+/).length).toBe(text.split(/\s+/).length);
      expect(r.text.match(/[،.؟!"]/g)).toEqual(text.match(/[،.؟!"]/g));
      expect(normalize(r.text)).toBe(r.text);
    });
  });
});

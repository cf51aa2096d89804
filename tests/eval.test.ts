// The topic regression set and the eval command.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main';
import { memoryIo } from './helpers/cli-io';
import { createAnalyzer, evaluateStances, evaluateTopics, type LabelledStanceItem } from '../src/index';

const run = async (...args: string[]) => {
  let out = '';
  let err = '';
  const code = await main(args, memoryIo((s) => (out += s), (s) => (err += s)));
  return { code, out, err };
};
const dir = mkdtempSync(join(tmpdir(), 'marsad-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fixtures/dev/topics.jsonl', () => {
  const lines = readFileSync('fixtures/dev/topics.jsonl', 'utf8').trim().split('\n');
  const items = lines.map((l, i) => ({ ...(JSON.parse(l) as { text: string; labels: ('military_aid' | 'terrorism' | 'diplomacy')[] }), line: i + 1 }));

  it('has at least 200 items, a third of them with no topic, every topic and mixtures', () => {
    expect(items.length).toBeGreaterThanOrEqual(200);
    expect(items.filter((x) => x.labels.length === 0).length).toBeGreaterThanOrEqual(items.length / 3);
    for (const t of ['military_aid', 'terrorism', 'diplomacy'] as const) expect(items.filter((x) => x.labels.includes(t)).length).toBeGreaterThanOrEqual(40);
    expect(items.filter((x) => x.labels.length >= 2).length).toBeGreaterThanOrEqual(25);
    expect(new Set(items.map((x) => x.text)).size).toBe(items.length);
  });
  it('keeps macro-F1 at 0.90 or more', () => {
    const e = evaluateTopics(items, createAnalyzer());
    expect(e.macroF1, JSON.stringify(e.perTopic)).toBeGreaterThanOrEqual(0.9);
  });
});

describe('evaluateTopics', () => {
  it('counts per topic, and reports the items it got wrong with evidence', () => {
    const e = evaluateTopics(
      [
        { text: 'أرسلت الجزائر مساعدات عسكرية إلى مالي', labels: ['military_aid'] },
        { text: 'ارتفعت أسعار الذهب', labels: [] },
        { text: 'ارتفعت أسعار الذهب', labels: ['diplomacy'], line: 7 },
      ],
      createAnalyzer(),
    );
    expect(e.items).toBe(3);
    expect(e.perTopic[0]).toMatchObject({ topic: 'military_aid', precision: 1, recall: 1, f1: 1, truePositives: 1 });
    expect(e.perTopic[2]).toMatchObject({ topic: 'diplomacy', recall: 0, f1: 0, falseNegatives: 1 });
    expect(e.errors).toEqual([{ line: 7, text: 'ارتفعت أسعار الذهب', expected: ['diplomacy'], predicted: [], evidence: [] }]);
    expect(e.macroF1).toBeCloseTo(2 / 3, 3);
  });
});

describe('marsad eval', () => {
  it('prints per-topic precision, recall, F1, macro-F1 and the wrong items', async () => {
    const file = join(dir, 'a.jsonl');
    writeFileSync(file, [JSON.stringify({ text: 'أرسلت الجزائر مساعدات عسكرية إلى مالي', labels: ['military_aid'] }), JSON.stringify({ text: 'ارتفعت أسعار الذهب', labels: ['terrorism'] })].join('\n'));
    const { code, out, err } = await run('eval', file);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toMatch(/military_aid\s+100\.0%\s+100\.0%\s+100\.0%/);
    expect(out).toMatch(/macro-F1\s+66\.7%/);
    expect(out).toContain('line 2: expected [terrorism], got []');
  });
  it('reports malformed lines with their number, scores the rest, and exits 1', async () => {
    const file = join(dir, 'b.jsonl');
    writeFileSync(file, ['{"text": "وقع البلدان اتفاقية خلال زيارة رسمية", "labels": ["diplomacy"]}', '{not json', '{"text": 3, "labels": []}', '', '{"text": "x", "labels": ["sport"]}', '[1]'].join('\n'));
    const { code, out, err } = await run('eval', '--json', file);
    expect(code).toBe(1);
    expect(err).toContain(`${file}:2: not valid JSON`);
    expect(err).toContain(`${file}:3: "text" must be a string, got 3`);
    expect(err).toContain(`${file}:5: unknown label "sport"`);
    expect(err).toContain(`${file}:6: expected a JSON object`);
    const report = JSON.parse(out) as { topics: { items: number; macroF1: number }; stance: null; badLines: { line: number }[] };
    expect(report.topics.items).toBe(1);
    expect(report.stance).toBeNull();
    expect(report.badLines.map((b) => b.line)).toEqual([2, 3, 5, 6]);
  });
  it('needs exactly one file', async () => {
    expect((await run('eval')).code).toBe(2);
    expect((await run('eval', 'a', 'b')).err).toContain('eval takes one JSONL file');
    expect(await run('eval', join(dir, 'missing.jsonl'))).toMatchObject({ code: 1, err: expect.stringContaining('cannot read') });
  });
});

describe('fixtures/dev/stance.jsonl', () => {
  const lines = readFileSync('fixtures/dev/stance.jsonl', 'utf8').trim().split('\n');
  const items: (LabelledStanceItem & { trap?: string; pair?: string })[] = lines.map((l, i) => ({ ...(JSON.parse(l) as LabelledStanceItem), line: i + 1 }));

  it('has at least 150 items with contrast pairs for every trap', () => {
    expect(items.length).toBeGreaterThanOrEqual(150);
    expect(new Set(items.map((x) => x.text)).size).toBe(items.length);
    const pairs = new Map<string, number>();
    for (const x of items) if (x.pair) pairs.set(x.pair, (pairs.get(x.pair) ?? 0) + 1);
    expect([...pairs.values()].every((n) => n >= 2)).toBe(true);
    const traps = ['negation-lam', 'negation-lan', 'negation-la', 'negation-laysa', 'negation-dun', 'negation-adam', 'failure', 'still', 'especially', 'only', 'unprecedented', 'countless', 'quoted', 'event-framing'];
    for (const trap of traps) expect(items.filter((x) => x.trap === trap && x.pair).length, trap).toBeGreaterThanOrEqual(4);
    for (const trap of ['neutral-report', 'financial-mali', 'capital', 'comments', 'terror', 'mixed']) expect(items.some((x) => x.trap === trap), trap).toBe(true);
  });
  it('keeps F_avg (mean F1 of favor and against) at 0.85 or more', () => {
    const e = evaluateStances(items, createAnalyzer());
    expect(e.fAvg, JSON.stringify(e.perLabel)).toBeGreaterThanOrEqual(0.85);
  });
});

describe('evaluateStances', () => {
  it('scores each gold pair, missing ones as neutral, with per-label scores, F_avg and accuracy', () => {
    const e = evaluateStances(
      [
        { text: 'نجحت الجزائر في تسوية الأزمة', stance: [{ target: 'DZA', holder: 'author', label: 'favor' }] },
        { text: 'فشلت الجزائر في تسوية الأزمة', stance: [{ target: 'DZA', holder: 'author', label: 'against' }, { target: 'MAR', holder: 'author', label: 'against' }], line: 4 },
        { text: 'زار الوزير الجزائري باماكو', stance: [{ target: 'DZA', holder: 'author', label: 'neutral' }] },
      ],
      createAnalyzer(),
    );
    expect(e).toMatchObject({ items: 3, pairs: 4, accuracy: 0.75 });
    expect(e.perLabel.find((l) => l.label === 'favor')).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(e.perLabel.find((l) => l.label === 'against')).toMatchObject({ precision: 1, recall: 0.5, truePositives: 1, falseNegatives: 1 });
    expect(e.fAvg).toBeCloseTo((1 + 2 / 3) / 2, 3);
    expect(e.errors).toEqual([{ line: 4, text: 'فشلت الجزائر في تسوية الأزمة', holder: 'author', target: 'MAR', expected: 'against', predicted: 'neutral', score: 0, evidence: [] }]);
  });
});

describe('marsad eval with stance', () => {
  it('prints per-label precision, recall and F1, F_avg and accuracy', async () => {
    const file = join(dir, 's.jsonl');
    writeFileSync(file, [JSON.stringify({ text: 'نجحت الجزائر في تسوية الأزمة', stance: [{ target: 'DZA', holder: 'author', label: 'favor' }] }), JSON.stringify({ text: 'فشلت الجزائر في تسوية الأزمة', labels: ['diplomacy'], stance: [{ target: 'DZA', label: 'against' }] })].join('\n'));
    const { code, out, err } = await run('eval', file);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toContain('1 topic items, 2 stance items');
    expect(out).toMatch(/favor\s+100\.0%\s+100\.0%\s+100\.0%/);
    expect(out).toMatch(/F_avg\s+100\.0%/);
    expect(out).toMatch(/accuracy\s+100\.0%/);
  });
  it('reports a malformed stance with its line and place', async () => {
    const file = join(dir, 't.jsonl');
    writeFileSync(file, ['{"text": "نص", "stance": [{"target": "DZA", "label": "positive"}]}', '{"text": "نص", "stance": []}', '{"text": "نص"}', '{"text": "نص", "stance": [{"holder": "author", "label": "favor"}]}'].join('\n'));
    const { code, err } = await run('eval', file);
    expect(code).toBe(1);
    expect(err).toContain(`${file}:1: "stance"[0].label must be one of favor, against, neutral, mixed, got "positive"`);
    expect(err).toContain(`${file}:2: "stance" must be a non-empty array`);
    expect(err).toContain(`${file}:3: expected "labels" (topic ids) or "stance"`);
    expect(err).toContain(`${file}:4: "stance"[0].target must be an actor id, got nothing`);
  });
});

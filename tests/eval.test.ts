// The topic regression set and the eval command.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main';
import { createAnalyzer, evaluateTopics } from '../src/index';

const run = (...args: string[]) => {
  let out = '';
  let err = '';
  const code = main(args, (s) => (out += s), (s) => (err += s));
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
  it('prints per-topic precision, recall, F1, macro-F1 and the wrong items', () => {
    const file = join(dir, 'a.jsonl');
    writeFileSync(file, [JSON.stringify({ text: 'أرسلت الجزائر مساعدات عسكرية إلى مالي', labels: ['military_aid'] }), JSON.stringify({ text: 'ارتفعت أسعار الذهب', labels: ['terrorism'] })].join('\n'));
    const { code, out, err } = run('eval', file);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toMatch(/military_aid\s+100\.0%\s+100\.0%\s+100\.0%/);
    expect(out).toMatch(/macro-F1\s+66\.7%/);
    expect(out).toContain('line 2: expected [terrorism], got []');
  });
  it('reports malformed lines with their number, scores the rest, and exits 1', () => {
    const file = join(dir, 'b.jsonl');
    writeFileSync(file, ['{"text": "وقع البلدان اتفاقية خلال زيارة رسمية", "labels": ["diplomacy"]}', '{not json', '{"text": 3, "labels": []}', '', '{"text": "x", "labels": ["sport"]}', '[1]'].join('\n'));
    const { code, out, err } = run('eval', '--json', file);
    expect(code).toBe(1);
    expect(err).toContain(`${file}:2: not valid JSON`);
    expect(err).toContain(`${file}:3: "text" must be a string, got 3`);
    expect(err).toContain(`${file}:5: unknown label "sport"`);
    expect(err).toContain(`${file}:6: expected a JSON object`);
    const report = JSON.parse(out) as { items: number; macroF1: number; badLines: { line: number }[] };
    expect(report.items).toBe(1);
    expect(report.badLines.map((b) => b.line)).toEqual([2, 3, 5, 6]);
  });
  it('needs exactly one file', () => {
    expect(run('eval').code).toBe(2);
    expect(run('eval', 'a', 'b').err).toContain('eval takes one JSONL file');
    expect(run('eval', join(dir, 'missing.jsonl'))).toMatchObject({ code: 1, err: expect.stringContaining('cannot read') });
  });
});

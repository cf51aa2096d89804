import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main';
import { memoryIo } from './helpers/cli-io';
import { displayWidth, fit } from '../src/cli/width';
import { VERSION } from '../src/index';

/** Runs the CLI in memory, as a terminal-less process with one core and empty stdin would. */
async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, memoryIo((s) => (out += s), (s) => (err += s)));
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'marsad-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('marsad normalize', () => {
  it('writes the normalised text of each file in order', async () => {
    const a = file('a.txt', 'إِنَّ الأمـمَ\n');
    const b = file('b.txt', 'مدرسة ٣');
    expect(await run('normalize', a, b)).toEqual({ code: 0, out: 'ان الامم\nمدرسة 3', err: '' });
    expect((await run('normalize', '--preset', 'search', b)).out).toBe('مدرسه 3');
    expect((await run('normalize', '--disable', 'digits', '--enable', 'tehMarbuta', b)).out).toBe('مدرسه ٣');
  });

  it('reports what changed, per rule and per word', async () => {
    const a = file('c.txt', '\uFEFFقالَ وزير الدفاع إنّ مالي ستتلقى ٣ مروحيات، قال الوزير\u200F');
    const { code, out } = await run('normalize', '--report', a);
    expect(code).toBe(0);
    expect(out).toContain('(preset default)');
    expect(out).toMatch(/diacritics\s+2\s/);
    expect(out).toContain('ر<U+200F> -> ر ×1, <U+FEFF>ق -> ق ×1');
    expect(out).toContain('<U+FEFF>قال<U+064E>  ->  قال  ×1');
    expect(out).toContain('ستتلقى  ->  ستتلقي  ×1');
    const json = JSON.parse((await run('normalize', '--report', '--json', a)).out);
    expect(json.rules.find((r: { rule: string }) => r.rule === 'digits')).toEqual({
      rule: 'digits',
      changes: 1,
      top: [{ before: '٣', after: '3', count: 1 }],
    });
    expect(json.length).toEqual({ before: 56, after: 52 });
  });

  it('reports a missing file, goes on with the others, and exits 1', async () => {
    const a = file('d.txt', 'أ');
    const r = await run('normalize', join(dir, 'missing.txt'), a);
    expect(r.code).toBe(1);
    expect(r.out).toBe('ا');
    expect(r.err).toBe(`marsad: cannot read '${join(dir, 'missing.txt')}': no such file\n`);
    expect((await run('normalize', dir)).err).toContain('is a directory');
  });

  it('refuses invalid UTF-8 instead of guessing, and says where', async () => {
    const bad = file('bad.txt', Uint8Array.from([0xd9, 0x85, 0xd8, 0xa7, 0xff, 0x41]));
    const r = await run('normalize', bad);
    expect(r.code).toBe(1);
    expect(r.err).toContain('not valid UTF-8 (first bad byte at offset 4)');
  });

  it('explains usage mistakes with exit code 2', async () => {
    expect((await run('normalize', '--preset', 'nope')).err).toContain("unknown preset 'nope'; valid presets are default, search");
    expect((await run('normalize', '--preset')).code).toBe(2);
    expect((await run('normalize', '--enable', 'alif')).err).toContain("unknown rule 'alif'");
    expect((await run('normalize', '--json')).err).toContain('--json goes with --report');
    expect((await run('frobnicate')).err).toContain("unknown command 'frobnicate'");
    expect((await run('normalize', '--frob')).code).toBe(2);
    expect((await run()).code).toBe(2);
  });

  it('prints help and version', async () => {
    expect(await run('--help')).toMatchObject({ code: 0 });
    expect((await run('--help')).out).toContain('marsad <command> [options] [inputs...]');
    expect((await run('normalize', '--help')).out).toContain('marsad normalize [options] [file...]');
    expect((await run('--version')).out).toBe(`${VERSION}\n`);
  });
});

describe('marsad actors', () => {
  it('lists the actors of each file with their mentions', async () => {
    const a = file('actors-a.txt', 'وصل وفد جزائري إلى باماكو لبحث صفقات مالية مع الجيش المالي.');
    const { code, out, err } = await run('actors', a);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toMatch(/MLI\s+Mali\s+state\s+2 \(capital 1, demonym 1\)\s+باماكو، المالي/);
    expect(out).toMatch(/DZA\s+Algeria\s+state\s+1 \(demonym 1\)\s+جزائري/);
  });
  it('gives JSON with spans into the file, excluded regions included', async () => {
    const text = 'أكد المغرب دعمه.\nتعليقات الزوار\nتحية للجيش المالي';
    const { out } = await run('actors', '--json', file('actors-b.txt', text));
    const report = JSON.parse(out) as { actors: { id: string; mentions: { start: number; end: number; excluded?: string }[] }[]; excluded: { reason: string }[] };
    expect(report.actors.map((x) => x.id)).toEqual(['MAR', 'MLI']);
    const mali = report.actors[1]!.mentions[0]!;
    expect([text.slice(mali.start, mali.end), mali.excluded]).toEqual(['المالي', 'comments']);
    expect(report.excluded.map((r) => r.reason)).toEqual(['comments']);
  });
  it('says when there is nothing, and refuses normalize options', async () => {
    expect((await run('actors', file('actors-c.txt', 'no actors here'))).out).toContain('no actors found');
    expect(await run('actors', '--preset', 'search', file('actors-d.txt', 'x'))).toMatchObject({ code: 2, err: expect.stringContaining("--preset is an option of 'normalize', not of 'actors'") });
  });
});

describe('marsad analyze', () => {
  it('prints topics with evidence and the actors of each file', async () => {
    const a = file('analyze-a.txt', 'أرسلت الجزائر مساعدات عسكرية إلى مالي لمحاربة الجماعات الإرهابية.');
    const { code, out, err } = await run('analyze', '--format', 'report', a);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toMatch(/\+ military_aid\s+0\.97\s+\(equipment_logistics 0\.95, arms_transfer 0\.375\)\s+أرسلت، مساعدات عسكرية/);
    expect(out).toMatch(/\+ terrorism\s+0\.69\s+\(armed_group_presence 0\.688\)\s+الجماعات الإرهابية/);
    expect(out).toMatch(/- diplomacy\s+0\.00/);
    expect(out).toContain('actors: DZA 1, MLI 1');
    expect(out).toContain('event DZA -> MLI: 072 Provide military aid (+8.3; asserted)  أرسلت الجزائر مساعدات عسكرية');
  });
  it('prints the stances that are not neutral, with their words, and who holds them', async () => {
    const { out } = await run('analyze', '-f', 'report', file('analyze-d.txt', 'أكد خبراء أن الجيش الموريتاني نجح في تأمين الحدود، بينما فشلت الحكومة التشادية في احتواء الأزمة.'));
    expect(out).toMatch(/stance experts -> MRT: favor 0\.\d+ {2}نجح/);
    expect(out).toMatch(/stance experts -> TCD: against -0\.\d+ {2}فشلت/);
  });
  it('gives one Analysis per line with --json, and warns on text without Arabic', async () => {
    const { out } = await run('analyze', '--json', file('analyze-b.txt', 'hello'), file('analyze-c.txt', 'زار الوزير باماكو'));
    const [first, second] = out.trim().split('\n').map((l) => JSON.parse(l) as { file: string; warnings: string[]; topics: unknown[] });
    expect(first!.warnings).toEqual(['no Arabic text found']);
    expect(second!.topics).toHaveLength(3);
  });
});

describe("the README's main job", () => {
  it('is `npm run seeds`: a table of the five seeds, one row each, topic scores and stances', async () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(readFileSync('README.md', 'utf8').split('\n').slice(0, 5).join('\n')).toContain('npm ci && npm run seeds');
    const command = scripts.seeds!.replace(/^npm run build && /, '');
    expect(command.startsWith('node dist/cli.cjs ')).toBe(true);
    const { code, out, err } = await run(...command.replace('node dist/cli.cjs ', '').split(' '));
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^\s+# military_aid terrorism diplomacy strongest stances\s+article$/);
    const rows = lines.filter((l) => /^\s+\d+ /.test(l));
    expect(rows.map((l) => l.split(/\s+/).at(-1))).toEqual(readdirSync('seeds').sort().map((f) => `seeds/${f}`));
    // Seed 001 is Algeria's military aid to Mali: every topic present, and the author against AQIM.
    expect(rows[1]).toMatch(/^\s+2 \+1\.00\s+\+1\.00\s+\+1\.00\s+aqim -0\.\d\d/);
  });
});

describe('terminal widths for the table', () => {
  it('give Arabic letters one cell, harakat and format marks none, emoji and CJK two', () => {
    expect(displayWidth('مالي')).toBe(4);
    expect(displayWidth('مَالِي\u200F')).toBe(4);
    expect(displayWidth('🇲🇱 马里')).toBe(7);
    expect(fit('مَالِي', 6)).toBe('مَالِي  ');
    expect(fit('observers>FRA -0.92', 10)).toBe('observers…');
    expect(displayWidth(fit('马里马里马里', 5))).toBe(5);
  });
});

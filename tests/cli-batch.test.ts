/**
 * `marsad analyze` on corpora, as a user runs it: the BUILT CLI (`node dist/cli.cjs`) in child
 * processes, in a temporary folder. Inputs (folders, JSONL, stdin), per-input problems, every
 * output format, worker threads, the atomic `-o`, Ctrl-C, `--dedupe`, help and usage mistakes.
 *
 * Needs `npm run build` first (CI builds before testing); nothing here builds. The child's
 * stdout and stderr are pipes, never terminals, so there is no progress bar and the default
 * format is ndjson. Nothing asserts a duration: where a test must catch a run in the middle it
 * polls for what the run has written, with a generous bound.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { REPO, assertBuilt, childEnv, describeRun, type RunResult } from './helpers/packed-project';

// A test here starts the CLI a few times, about half a second each on an idle machine; in a
// full parallel run on two cores that can be several times slower than the default 20 s allow.
vi.setConfig({ testTimeout: 60_000 });

// ---------------------------------------------------------------------------------- helpers

const CLI = join(REPO, 'dist', 'cli.cjs');
const VERSION = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;

type Lib = typeof import('../src/index');
/** The library from the same build as the CLI, to compare the CLI's output with. */
let lib: Lib;

let root = '';
beforeAll(async () => {
  assertBuilt();
  root = mkdtempSync(join(tmpdir(), 'marsad-batch-'));
  lib = (await import(pathToFileURL(join(REPO, 'dist', 'index.js')).href)) as Lib;
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

/** A new folder under the temporary root holding `files` (nested paths allowed). */
function folder(name: string, files: Record<string, string | Uint8Array> = {}): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/**
 * Runs `node dist/cli.cjs ...args` in `cwd` and waits for it; stdin holds `input` (empty by
 * default). `analyze` gets `--jobs 1` unless the test chooses the jobs: starting two worker
 * threads, each compiling its analyzer, costs more than these small inputs take. The worker
 * threads are tested where it matters: --jobs (same bytes as one job), Ctrl-C, --dedupe.
 */
function marsad(cwd: string, args: string[], input: string | Uint8Array = ''): RunResult {
  if (args[0] === 'analyze' && !args.some((a) => a === '--jobs' || a === '-j' || a.startsWith('--jobs='))) args = ['analyze', '--jobs', '1', ...args.slice(1)];
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env: childEnv(), input, encoding: 'utf8', maxBuffer: 256 << 20, timeout: 120_000 });
  const result: RunResult = { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
  if (r.error) result.error = r.error;
  return result;
}

/** As {@link marsad}, and expects exit code 0 with nothing on stderr. */
function marsadOk(cwd: string, args: string[], input?: string | Uint8Array): string {
  const r = marsad(cwd, args, input);
  expect({ code: r.code, stderr: r.stderr }, describeRun('marsad', args, r)).toEqual({ code: 0, stderr: '' });
  return r.stdout;
}

/** What `marsad analyze` writes per article in ndjson and json. */
interface Result {
  id: string;
  source: string;
  characters: number;
  meta?: Record<string, unknown>;
  duplicates?: string[];
  version: Record<string, string>;
  topics: { topic: string; score: number; present: boolean }[];
  actors: { id: string }[];
  stances: { holder: string; target: string; label: string; score: number }[];
  events: unknown[];
  excluded: unknown[];
  warnings: string[];
}

/** Parses ndjson strictly: every line complete JSON, the last one ended by a newline. */
function ndjson(s: string): Result[] {
  if (s === '') return [];
  expect(s.endsWith('\n'), `ndjson ends with a newline: ${JSON.stringify(s.slice(-80))}`).toBe(true);
  return s
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line) as Result);
}

/** RFC 4180, strictly: CRLF between records, quoted cells with "" for a quote; throws on anything else. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  while (i < s.length) {
    if (s[i] === '"' && cell === '') {
      // A quoted cell: up to the quote that is not doubled.
      i++;
      for (;;) {
        if (i >= s.length) throw new Error('CSV: unterminated quoted cell');
        if (s[i] === '"') {
          if (s[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += s[i++];
      }
      if (i < s.length && s[i] !== ',' && s[i] !== '\r') throw new Error(`CSV: text after a closing quote at ${i}`);
      continue;
    }
    const c = s[i] as string;
    if (c === ',') {
      row.push(cell);
      cell = '';
      i++;
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 2;
    } else if (c === '\r' || c === '\n' || c === '"') {
      throw new Error(`CSV: ${JSON.stringify(c)} outside quotes at ${i}`);
    } else {
      cell += c;
      i++;
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** The strongest stances that are not neutral, as the table and csv choose them. */
function topStances(r: Result, n: number) {
  return r.stances
    .filter((s) => s.label !== 'neutral')
    .sort((x, y) => Math.abs(y.score) - Math.abs(x.score) || (x.target < y.target ? -1 : x.target > y.target ? 1 : 0))
    .slice(0, n);
}

/** A running CLI (spawn, not spawnSync: the test acts while it runs). */
function start(cwd: string, args: string[], stdin: 'ignore' | 'pipe' = 'ignore') {
  const child = spawn(process.execPath, [CLI, ...args], { cwd, env: childEnv(), stdio: [stdin, 'pipe', 'pipe'] });
  const out = { stdout: '', stderr: '' };
  child.stdout!.setEncoding('utf8').on('data', (s: string) => (out.stdout += s));
  child.stderr!.setEncoding('utf8').on('data', (s: string) => (out.stderr += s));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal }));
  });
  let done = false;
  void exited.then(() => (done = true));
  return { child, out, exited, running: () => !done };
}

/** Polls `check` every 20 ms until it returns something truthy; fails after `ms` (a bound, not a measurement). */
async function waitFor<T>(what: string, check: () => T | undefined | false, ms = 60_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Waits until the temporary file of `-o name` in `dir` holds something; fails if the run ends first. */
function waitForTempFile(run: ReturnType<typeof start>, dir: string, name: string): Promise<boolean> {
  return waitFor('the first results in the temporary file', () => {
    if (!run.running()) throw new Error(`the run ended early: ${run.out.stderr}`);
    const temp = readdirSync(dir).find((f) => f.startsWith(`.${name}.`) && f.endsWith('.tmp'));
    return temp !== undefined && (statSync(join(dir, temp), { throwIfNoEntry: false })?.size ?? 0) > 0;
  });
}

const SEED_NAMES = readdirSync(join(REPO, 'seeds')).sort();
const SEEDS = SEED_NAMES.map((name) => ({ name, text: readFileSync(join(REPO, 'seeds', name), 'utf8') }));
const seedText = (i: number) => (SEEDS[i % SEEDS.length] as { text: string }).text;

/** A JSONL of `n` articles cycling over the seeds, ids `prefix0`, `prefix1`, ... */
function seedJsonl(n: number, prefix: string): string {
  let s = '';
  for (let i = 0; i < n; i++) s += `${JSON.stringify({ id: `${prefix}${i}`, text: seedText(i), n: i })}\n`;
  return s;
}

// Short articles written for these tests.
const DELEGATION = 'وصل وفد عسكري جزائري إلى باماكو لبحث التعاون الأمني مع الجيش المالي.';
const BORDER = 'أعلنت حكومة النيجر إغلاق حدودها مع بوركينا فاسو بعد هجوم مسلح على قرية حدودية.';
const ENVOY = 'استقبل وزير الخارجية الموريتاني سفير المغرب في نواكشوط وبحثا العلاقات الثنائية.';
const ATTACK = 'قالت مصادر محلية إن جماعة مسلحة هاجمت قرية في شمال مالي وقتلت عددا من المدنيين.';
const line = (o: unknown) => `${JSON.stringify(o)}\n`;

// ---------------------------------------------------------------------------------- inputs

describe('inputs', () => {
  it('reads a folder tree: .txt, .jsonl and .ndjson files, recursively, in name order, nothing else', () => {
    const dir = folder('tree', {
      'corpus/b.txt': DELEGATION,
      'corpus/a/2.jsonl': line({ id: 'a2-1', text: BORDER }) + line({ id: 'a2-2', text: ENVOY }),
      'corpus/a/1.txt': ATTACK,
      'corpus/c.ndjson': line({ text: DELEGATION }),
      'corpus/z/deep/er/y.txt': ENVOY,
      // Not articles: left out however Arabic they are.
      'corpus/notes.md': ATTACK,
      'corpus/page.html': `<p>${ATTACK}</p>`,
      'corpus/data.json': line({ text: ATTACK }),
      'corpus/a/README': ATTACK,
    });
    const results = ndjson(marsadOk(dir, ['analyze', 'corpus']));
    expect(results.map((r) => [r.id, r.source, r.characters])).toEqual([
      ['corpus/a/1.txt', 'corpus/a/1.txt', ATTACK.length],
      ['a2-1', 'corpus/a/2.jsonl:1', BORDER.length],
      ['a2-2', 'corpus/a/2.jsonl:2', ENVOY.length],
      ['corpus/b.txt', 'corpus/b.txt', DELEGATION.length],
      ['corpus/c.ndjson:1', 'corpus/c.ndjson:1', DELEGATION.length],
      ['corpus/z/deep/er/y.txt', 'corpus/z/deep/er/y.txt', ENVOY.length],
    ]);
    // Several inputs: each in the order given.
    const two = ndjson(marsadOk(dir, ['analyze', 'corpus/b.txt', 'corpus/a']));
    expect(two.map((r) => r.id)).toEqual(['corpus/b.txt', 'corpus/a/1.txt', 'a2-1', 'a2-2']);
  });

  it('reads a file named on the command line as text whatever its extension, or as JSONL with --jsonl', () => {
    const dir = folder('explicit', { 'notes.md': ATTACK, 'dump.data': line({ id: 'd1', text: BORDER }) + line({ id: 'd2', text: ENVOY }) });
    expect(ndjson(marsadOk(dir, ['analyze', 'notes.md'])).map((r) => [r.id, r.characters])).toEqual([['notes.md', ATTACK.length]]);
    const asText = ndjson(marsadOk(dir, ['analyze', 'dump.data']));
    expect(asText.map((r) => [r.id, r.characters])).toEqual([['dump.data', readFileSync(join(dir, 'dump.data'), 'utf8').length]]);
    const asJsonl = ndjson(marsadOk(dir, ['analyze', '--jsonl', 'dump.data']));
    expect(asJsonl.map((r) => [r.id, r.source, r.characters])).toEqual([
      ['d1', 'dump.data:1', BORDER.length],
      ['d2', 'dump.data:2', ENVOY.length],
    ]);
  });

  it('reads stdin as one article with `-` or no inputs, and as JSONL with --jsonl', () => {
    const dir = folder('stdin', { 'a.txt': DELEGATION, 'b.txt': BORDER });
    const text = `${ATTACK}\n${ENVOY}\n`;
    for (const args of [['analyze', '-'], ['analyze']]) {
      const [r, ...rest] = ndjson(marsadOk(dir, args, text));
      expect(rest).toEqual([]);
      expect([r!.id, r!.source, r!.characters]).toEqual(['(stdin)', '(stdin)', text.length]);
      // The same analysis as the library gives the text.
      expect(r!.topics).toEqual(JSON.parse(JSON.stringify(lib.analyze(text).topics)));
    }
    // `-` among files keeps its place.
    expect(ndjson(marsadOk(dir, ['analyze', 'a.txt', '-', 'b.txt'], text)).map((r) => r.id)).toEqual(['a.txt', '(stdin)', 'b.txt']);
    const jsonl = line({ id: 's1', text: ATTACK }) + line({ text: ENVOY });
    expect(ndjson(marsadOk(dir, ['analyze', '--jsonl'], jsonl)).map((r) => [r.id, r.source])).toEqual([
      ['s1', '(stdin):1'],
      ['(stdin):2', '(stdin):2'],
    ]);
    expect(ndjson(marsadOk(dir, ['analyze', '--jsonl', '-'], jsonl))).toHaveLength(2);
  });

  it('skips a byte order mark at the start of a JSONL file; a text file keeps it, so offsets match the file', () => {
    const bom = '\uFEFF';
    const dir = folder('bom', { 'bom.jsonl': `${bom}${line({ id: 'first', text: DELEGATION })}${line({ id: 'second', text: BORDER })}`, 'bom.txt': `${bom}${ATTACK}` });
    expect(ndjson(marsadOk(dir, ['analyze', 'bom.jsonl'])).map((r) => [r.id, r.characters])).toEqual([
      ['first', DELEGATION.length],
      ['second', BORDER.length],
    ]);
    expect(ndjson(marsadOk(dir, ['analyze', 'bom.txt'])).map((r) => r.characters)).toEqual([ATTACK.length + 1]);
  });
});

// ---------------------------------------------------------------------------------- JSONL

describe('JSONL lines', () => {
  it('take the text from --field, a dotted path reaching inside, and keep the other fields as meta', () => {
    const dir = folder('fields', {
      'body.jsonl': line({ id: 'x1', body: DELEGATION, title: 'وفد', tags: ['mali'] }) + line({ id: 'x2', body: BORDER }),
      'nested.jsonl': line({ id: 'n1', article: { body: ATTACK }, site: 'example.org' }) + line({ meta: { key: 'k2' }, article: { body: BORDER, lang: 'ar' } }),
    });
    const body = ndjson(marsadOk(dir, ['analyze', '--field', 'body', 'body.jsonl']));
    expect(body.map((r) => [r.id, r.characters, r.meta])).toEqual([
      ['x1', DELEGATION.length, { title: 'وفد', tags: ['mali'] }],
      ['x2', BORDER.length, undefined],
    ]);
    // The text is the field's, not the whole line's: the analysis is that of the body.
    expect(body[0]!.topics).toEqual(JSON.parse(JSON.stringify(lib.analyze(DELEGATION).topics)));
    // The text is not kept twice: what the path reaches leaves the meta, and an emptied object too.
    const nested = ndjson(marsadOk(dir, ['analyze', '--field', 'article.body', '--id-field', 'meta.key', 'nested.jsonl']));
    expect(nested.map((r) => [r.id, r.characters, r.meta])).toEqual([
      ['nested.jsonl:1', ATTACK.length, { id: 'n1', site: 'example.org' }],
      ['k2', BORDER.length, { article: { lang: 'ar' } }],
    ]);
    // Without --field, the lines have no "text": each is a problem that says how to choose it.
    const r = marsad(dir, ['analyze', 'body.jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('marsad: body.jsonl:1: no "text" field (choose the field with --field)\n');
  });

  it('may be longer than a chunk (256 KB), with CRLF endings, and come out whole', () => {
    const long = `${DELEGATION} `.repeat(Math.ceil(300_000 / DELEGATION.length));
    const dir = folder('long-lines', { 'long.jsonl': `${line({ id: 'a', text: BORDER })}${JSON.stringify({ id: 'long', text: long })}\r\n${line({ id: 'b', text: ATTACK })}` });
    const results = ndjson(marsadOk(dir, ['analyze', 'long.jsonl']));
    expect(results.map((r) => [r.id, r.source, r.characters])).toEqual([
      ['a', 'long.jsonl:1', BORDER.length],
      ['long', 'long.jsonl:2', long.length],
      ['b', 'long.jsonl:3', ATTACK.length],
    ]);
  });

  it('are read in chunks of whole lines: numbers, problems and results hold across chunk ends, with 1 job or 2, from a file or stdin', () => {
    // About 1 MB: seed articles (4-6 KB a line), a long line of 600 KB, and bad lines after the
    // first chunk's end, so that every kind of line lands in a later chunk too.
    const parts: (string | Uint8Array)[] = [];
    const expected: string[] = [];
    const problems: string[] = [];
    for (let n = 1; n <= 160; n++) {
      if (n === 70) {
        parts.push(new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d, 0x0a])); // {"\xff"}
        problems.push('marsad: chunks.jsonl:70: not valid UTF-8 (first bad byte at offset 2)');
      } else if (n === 100) {
        parts.push('{"id": "broken", "text": \n');
        problems.push(`marsad: chunks.jsonl:100: not valid JSON (`);
      } else if (n === 101) parts.push('\r\n');
      else if (n === 120) {
        parts.push(`${JSON.stringify({ id: `c${n}`, text: `${DELEGATION} `.repeat(8000) })}\r\n`);
        expected.push(`c${n} chunks.jsonl:${n}`);
      } else {
        const end = n === 160 ? '' : n % 3 === 0 ? '\r\n' : '\n'; // the last line has no line break
        parts.push(`${JSON.stringify({ id: `c${n}`, text: seedText(n) })}${end}`);
        expected.push(`c${n} chunks.jsonl:${n}`);
      }
    }
    const bytes = Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));
    expect(bytes.length).toBeGreaterThan(1_000_000);
    const dir = folder('chunks', { 'chunks.jsonl': bytes });
    const runs = [
      marsad(dir, ['analyze', '--jobs', '1', 'chunks.jsonl']),
      marsad(dir, ['analyze', '--jobs', '2', 'chunks.jsonl']),
      marsad(dir, ['analyze', '--jobs', '2', '--jsonl', '-'], bytes),
    ];
    for (const [i, r] of runs.entries()) {
      const fromStdin = i === 2;
      const name = (s: string) => (fromStdin ? s.replaceAll('chunks.jsonl:', '(stdin):') : s);
      expect(r.code, r.stderr).toBe(1);
      const results = ndjson(r.stdout);
      expect(results.map((x) => `${x.id} ${x.source}`)).toEqual(expected.map(name));
      expect(results.find((x) => x.id === 'c120')?.characters).toBe(`${DELEGATION} `.length * 8000);
      const stderr = r.stderr.trim().split('\n');
      expect(stderr.slice(0, 2).map((l, k) => (k === 1 ? l.slice(0, name(problems[1] as string).length) : l))).toEqual(problems.map(name));
      expect(stderr.slice(2)).toEqual(['marsad: 157 articles analysed, 2 inputs could not be read']);
    }
    expect(runs[1]?.stdout === runs[0]?.stdout, '--jobs 2 differs from --jobs 1').toBe(true);
  }, 120_000);

  it('take the id from --id-field, else "id", else file:line; numbers become strings; blank lines are skipped but counted', () => {
    const dir = folder('ids', {
      'ids.jsonl':
        line({ url: 'https://example.org/1', id: 'old-1', text: DELEGATION }) +
        '\n' +
        '   \t\r\n' +
        line({ text: BORDER }) +
        `${JSON.stringify({ id: 42, text: ENVOY })}\r\n` +
        JSON.stringify({ id: null, text: ATTACK }), // the last line has no newline
    });
    const byId = ndjson(marsadOk(dir, ['analyze', 'ids.jsonl']));
    expect(byId.map((r) => [r.id, r.source, r.characters, r.meta])).toEqual([
      ['old-1', 'ids.jsonl:1', DELEGATION.length, { url: 'https://example.org/1' }],
      ['ids.jsonl:4', 'ids.jsonl:4', BORDER.length, undefined],
      ['42', 'ids.jsonl:5', ENVOY.length, undefined],
      ['ids.jsonl:6', 'ids.jsonl:6', ATTACK.length, undefined],
    ]);
    const byUrl = ndjson(marsadOk(dir, ['analyze', '--id-field', 'url', 'ids.jsonl']));
    expect(byUrl.map((r) => [r.id, r.meta])).toEqual([
      ['https://example.org/1', { id: 'old-1' }],
      ['ids.jsonl:4', undefined],
      ['ids.jsonl:5', { id: 42 }],
      ['ids.jsonl:6', { id: null }],
    ]);
  });
});

// ---------------------------------------------------------------------------------- problems

describe('inputs that cannot be used', () => {
  it('are each reported with file and line, the rest still analysed, a summary counts them, exit code 1', () => {
    const dir = folder('problems', {
      'bad.jsonl': Buffer.concat([
        Buffer.from(line({ id: 'good-1', text: DELEGATION })),
        Buffer.from('{"id": "broken", "text": \n'),
        Buffer.from('["not", "an", "object"]\n'),
        Buffer.from(line({ id: 'no-text', body: BORDER })),
        Buffer.from(line({ id: 'number', text: 7 })),
        Buffer.from('{"text": "\xd9\x85\xff"}\n', 'latin1'), // invalid UTF-8 inside the line
        Buffer.from(line({ id: 'good-2', text: ENVOY })),
      ]),
      'binary.txt': Buffer.from([0xd9, 0x85, 0x00, 0x41]),
      'good.txt': ATTACK,
    });
    const r = marsad(dir, ['analyze', 'bad.jsonl', 'binary.txt', 'missing.txt', 'good.txt']);
    expect(r.code, describeRun('marsad', [], r)).toBe(1);
    expect(ndjson(r.stdout).map((x) => x.id)).toEqual(['good-1', 'good-2', 'good.txt']);
    expect(r.stderr.split('\n')).toEqual([
      expect.stringMatching(/^marsad: bad\.jsonl:2: not valid JSON \(.+\)$/),
      'marsad: bad.jsonl:3: expected a JSON object with a "text" field, got an array',
      'marsad: bad.jsonl:4: no "text" field (choose the field with --field)',
      'marsad: bad.jsonl:5: "text" is a number, not a string (choose the field with --field)',
      'marsad: bad.jsonl:6: not valid UTF-8 (first bad byte at offset 12)',
      'marsad: binary.txt: a binary file, not text (NUL byte at offset 2)',
      'marsad: missing.txt: no such file',
      'marsad: 3 articles analysed, 7 inputs could not be read',
      '',
    ]);
  });

  it('--quiet keeps the problems on stderr but drops the summary', () => {
    const dir = folder('quiet', { 'a.jsonl': `${line({ text: DELEGATION })}nope\n` });
    const r = marsad(dir, ['analyze', '--quiet', 'a.jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^marsad: a\.jsonl:2: not valid JSON \(.*\)\n$/);
    expect(ndjson(r.stdout)).toHaveLength(1);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable file is reported as such (not as root, who can read it anyway)', () => {
    const dir = folder('unreadable', { 'secret.txt': DELEGATION, 'secret.jsonl': line({ text: BORDER }), 'open.txt': ATTACK });
    chmodSync(join(dir, 'secret.txt'), 0o000);
    chmodSync(join(dir, 'secret.jsonl'), 0o000);
    try {
      const r = marsad(dir, ['analyze', 'secret.txt', 'secret.jsonl', 'open.txt']);
      expect(r.code).toBe(1);
      expect(ndjson(r.stdout).map((x) => x.id)).toEqual(['open.txt']);
      expect(r.stderr).toBe('marsad: secret.txt: permission denied\nmarsad: secret.jsonl: permission denied\nmarsad: 1 article analysed, 2 inputs could not be read\n');
    } finally {
      chmodSync(join(dir, 'secret.txt'), 0o644);
      chmodSync(join(dir, 'secret.jsonl'), 0o644);
    }
  });

  it('a clean run exits 0 and says nothing on stderr (it is not a terminal)', () => {
    const dir = folder('clean', { 'a.txt': DELEGATION, 'b.jsonl': line({ text: BORDER }) + line({ text: ENVOY }) });
    const r = marsad(dir, ['analyze', 'a.txt', 'b.jsonl']);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(ndjson(r.stdout)).toHaveLength(3);
  });
});

// ---------------------------------------------------------------------------------- formats

describe('formats', () => {
  let dir = '';
  /** Seeds as files (one with an Arabic name), and JSONL lines whose ids and meta need CSV quoting. */
  const TRICKY_ID = 'a, "quoted"\nand a new line';
  /** The ndjson of `corpus`, which the other formats are checked against. */
  let ndjsonOut = '';
  let results: Result[] = [];
  beforeAll(() => {
    dir = folder('formats', {
      ...Object.fromEntries(SEEDS.slice(0, 3).map((s) => [`corpus/${s.name}`, s.text])),
      'corpus/مقال عن مالي.txt': seedText(3),
      'corpus/z.jsonl': line({ id: TRICKY_ID, text: DELEGATION, note: 'says "hi", then\r\nleaves' }) + line({ id: 'مقال-٢', text: BORDER }) + line({ text: 'no Arabic here' }),
      'empty.jsonl': '\n\n',
    });
    ndjsonOut = marsadOk(dir, ['analyze', 'corpus']);
    results = ndjson(ndjsonOut);
  });

  it('ndjson (the default when piped): one object per line with id, source, characters, meta and the Analysis', () => {
    expect(ndjsonOut).toBe(marsadOk(dir, ['analyze', '--format', 'ndjson', 'corpus']));
    expect(ndjsonOut).toBe(marsadOk(dir, ['analyze', '--json', 'corpus']));
    expect(results.map((r) => r.source)).toEqual([...SEED_NAMES.slice(0, 3).map((n) => `corpus/${n}`), 'corpus/z.jsonl:1', 'corpus/z.jsonl:2', 'corpus/z.jsonl:3', 'corpus/مقال عن مالي.txt']);
    const texts = [seedText(0), seedText(1), seedText(2), DELEGATION, BORDER, 'no Arabic here', seedText(3)];
    for (const [i, r] of results.entries()) {
      const text = texts[i] as string;
      const { id, source, characters, meta, ...analysis } = r;
      expect([typeof id, typeof source, characters]).toEqual(['string', 'string', text.length]);
      // Everything else is exactly the library's Analysis of the text.
      expect(analysis).toEqual(JSON.parse(JSON.stringify(lib.analyze(text))));
      expect(Object.keys(r).slice(0, 4)).toEqual(meta ? ['id', 'source', 'characters', 'meta'] : ['id', 'source', 'characters', 'version']);
    }
    expect(results[3]!.meta).toEqual({ note: 'says "hi", then\r\nleaves' });
    expect(results[5]!.warnings).toEqual(['no Arabic text found']);
  });

  it('json: one valid JSON array of the same objects, also when there are none', () => {
    const array = JSON.parse(marsadOk(dir, ['analyze', '-f', 'json', 'corpus'])) as Result[];
    expect(array).toEqual(results);
    const empty = marsadOk(dir, ['analyze', '-f', 'json', 'empty.jsonl']);
    expect(JSON.parse(empty)).toEqual([]);
    expect(marsadOk(dir, ['analyze', 'empty.jsonl'])).toBe('');
  });

  it('csv: RFC 4180, a header and one row per article, quoting that survives, scores as in ndjson', () => {
    const raw = marsadOk(dir, ['analyze', '-f', 'csv', 'corpus']);
    expect(raw.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(raw);
    expect(header).toEqual([
      'id',
      'source',
      'characters',
      'military_aid_score',
      'terrorism_score',
      'diplomacy_score',
      'topics',
      'subtopics',
      ...[1, 2, 3].flatMap((i) => [`stance${i}_holder`, `stance${i}_target`, `stance${i}_label`, `stance${i}_score`]),
      'actors',
      'events',
      'duplicates',
      'warnings',
      'meta',
    ]);
    expect(rows).toHaveLength(results.length);
    const col = (row: string[], name: string) => row[header!.indexOf(name)] as string;
    for (const [i, row] of rows.entries()) {
      const r = results[i]!;
      expect(row).toHaveLength(header!.length);
      expect([col(row, 'id'), col(row, 'source'), Number(col(row, 'characters'))]).toEqual([r.id, r.source, r.characters]);
      for (const t of r.topics) expect(Number(col(row, `${t.topic}_score`)), `${r.id} ${t.topic}`).toBe(t.score);
      expect(col(row, 'topics')).toBe(
        r.topics
          .filter((t) => t.present)
          .map((t) => t.topic)
          .join('|'),
      );
      const top = topStances(r, 3);
      for (let k = 0; k < 3; k++) {
        const s = top[k];
        expect([col(row, `stance${k + 1}_holder`), col(row, `stance${k + 1}_target`), col(row, `stance${k + 1}_label`), col(row, `stance${k + 1}_score`)]).toEqual(
          s ? [s.holder, s.target, s.label, String(s.score)] : ['', '', '', ''],
        );
      }
      expect(Number(col(row, 'events'))).toBe(r.events.length);
      expect(col(row, 'meta')).toBe(r.meta ? JSON.stringify(r.meta) : '');
    }
    // The cells that needed quotes came through whole.
    expect(col(rows[3]!, 'id')).toBe(TRICKY_ID);
    expect(JSON.parse(col(rows[3]!, 'meta'))).toEqual({ note: 'says "hi", then\r\nleaves' });
    expect(col(rows[4]!, 'id')).toBe('مقال-٢');
    expect(col(rows[6]!, 'source')).toBe('corpus/مقال عن مالي.txt');
    expect(col(rows[5]!, 'warnings')).toBe('no Arabic text found');
  });

  it('table: a row per article, columns aligned whatever the file name, the id last on the line', () => {
    const folderOnly = join(dir, 'table');
    mkdirSync(folderOnly, { recursive: true });
    for (const s of SEEDS.slice(0, 2)) writeFileSync(join(folderOnly, s.name), s.text);
    writeFileSync(join(folderOnly, 'تقرير الساحل.txt'), seedText(2));
    writeFileSync(join(folderOnly, 'z.jsonl'), line({ id: 'مقال-١', text: DELEGATION }) + line({ id: 'short', text: 'no Arabic here' }));
    const out = marsadOk(dir, ['analyze', '-f', 'table', 'table']);
    const tableResults = ndjson(marsadOk(dir, ['analyze', 'table']));
    const lines = out.split('\n');
    const [head, rule, ...rest] = lines;
    expect(head).toMatch(/^ {4}# military_aid terrorism diplomacy strongest stances +article$/);
    expect(rule).toMatch(/^-{40,}$/);
    const rows = rest.slice(0, tableResults.length);
    expect(rest.slice(tableResults.length)).toEqual([
      `${tableResults.length} articles; + marks a topic present; stance scores run from -1 (against) to +1 (favour), holder>target when a quoted voice holds it`,
      '',
    ]);
    const stanceAt = head!.indexOf('strongest stances');
    const idAt = head!.lastIndexOf('article');
    for (const [i, row] of rows.entries()) {
      const r = tableResults[i]!;
      expect(row.slice(0, 6)).toBe(`${String(i + 1).padStart(5)} `);
      // The id starts at the "article" column on every row, Arabic or not, and ends the line.
      expect(row.slice(idAt)).toBe(r.id);
      expect(row[idAt - 1]).toBe(' ');
      // The topic cells: the score, with + for a topic present.
      expect(row.slice(6, stanceAt).trim().split(/\s+/)).toEqual(r.topics.map((t) => `${t.present ? '+' : ''}${t.score.toFixed(2)}`));
      // The stance column starts at the same offset on every row and shows the strongest three.
      expect(row[stanceAt - 1]).toBe(' ');
      expect(row[stanceAt]).not.toBe(' ');
      const signed = (x: number) => `${x > 0 ? '+' : x < 0 ? '-' : ' '}${Math.abs(x).toFixed(2)}`;
      const stances = topStances(r, 3)
        .map((s) => `${s.holder === 'author' ? '' : `${s.holder}>`}${s.target} ${signed(s.score)}`)
        .join('  ');
      const cell = row.slice(stanceAt, idAt - 1);
      if (stances.length <= cell.length) expect(cell.trimEnd()).toBe(stances || '-');
      else expect(cell).toBe(`${stances.slice(0, cell.length - 1)}…`);
    }
    expect(rows.map((r) => r.slice(idAt))).toContain('table/تقرير الساحل.txt');
    expect(marsadOk(dir, ['analyze', '-f', 'table', 'empty.jsonl'])).toMatch(/\n\(no articles\)\n$/);
  });

  it('report: a readable block per article, in order, with topics, actors and stances', () => {
    const out = marsadOk(dir, ['analyze', '-f', 'report', 'corpus']);
    const blocks = out.trimEnd().split('\n\n');
    expect(blocks).toHaveLength(results.length);
    for (const [i, block] of blocks.entries()) {
      const r = results[i]!;
      const [first, ...body] = block.split('\n');
      // The id (which may hold a line break of its own) opens the block.
      expect(block.startsWith(r.id), block.slice(0, 80)).toBe(true);
      if (!r.id.includes('\n')) expect(first).toBe(r.id);
      for (const t of r.topics) expect(body.join('\n')).toMatch(new RegExp(`^  ${t.present ? '\\+' : '-'} ${t.topic} +${t.score.toFixed(2)}`, 'm'));
    }
    // Seed 001 (Algeria's aid to Mali) names its actors and the author's stance toward AQIM.
    expect(blocks[1]).toMatch(/\n {2}actors: .*DZA \d/);
    expect(blocks[1]).toMatch(/\n {2}stance author -> aqim: against -0\.\d\d/);
  });
});

// ---------------------------------------------------------------------------------- worker threads

describe('--jobs', () => {
  it('gives byte-identical output with 2 worker threads and with 1, in input order (ndjson, csv, table, json)', () => {
    // 1.2 MB: five chunks of lines, shared between the two workers.
    const dir = folder('jobs', { 'many.jsonl': seedJsonl(250, 'art-') });
    for (const format of ['ndjson', 'csv', 'table', 'json']) {
      const one = marsadOk(dir, ['analyze', '--jobs', '1', '-f', format, 'many.jsonl']);
      const two = marsadOk(dir, ['analyze', '--jobs', '2', '-f', format, 'many.jsonl']);
      expect(two.length, format).toBe(one.length);
      expect(two === one, `--jobs 2 differs from --jobs 1 in ${format}`).toBe(true);
      if (format === 'ndjson') expect(ndjson(one).map((r) => r.id)).toEqual(Array.from({ length: 250 }, (_, i) => `art-${i}`));
      if (format === 'json') expect((JSON.parse(one) as Result[]).length).toBe(250);
      if (format === 'table') expect(one.split('\n')[251]).toMatch(/^ {2}250 /);
    }
  }, 120_000);
});

describe('a worker thread that dies', () => {
  it('on a huge article (out of memory) loses that article only: the other lines of its chunk are analysed again, one by one', () => {
    // A heap limit the workers inherit: a news article fits, a 6-million-character one does not
    // (already 3 million do not; 2 million do).
    const huge = seedText(0).repeat(Math.ceil(6_000_000 / seedText(0).length));
    let input = '';
    for (let n = 1; n <= 100; n++) input += n === 58 ? line({ id: 'huge', text: huge }) : line({ id: `w${n}`, text: seedText(n) });
    const dir = folder('oom', { 'in.jsonl': input });
    const r = spawnSync(process.execPath, ['--max-old-space-size=96', CLI, 'analyze', '--jobs', '2', 'in.jsonl'], { cwd: dir, env: childEnv(), encoding: 'utf8', maxBuffer: 256 << 20, timeout: 120_000 });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      "marsad: in.jsonl:58: analysis failed: its worker thread ran out of memory (node's heap limit: raise it with NODE_OPTIONS=--max-old-space-size=MB)",
      'marsad: 99 articles analysed, 1 analysis failed',
    ]);
    const ids = ndjson(r.stdout).map((x) => x.id);
    expect(ids).toEqual(Array.from({ length: 100 }, (_, i) => `w${i + 1}`).filter((id) => id !== 'w58'));
    // The same rows as one job gives for the other lines.
    const withoutHuge = marsadOk(dir, ['analyze', '--jobs', '1', '--jsonl', '-'], input.split('\n').filter((l) => !l.startsWith('{"id":"huge"')).join('\n'));
    const analysis = ({ source, ...rest }: Result) => rest;
    expect(ndjson(r.stdout).map(analysis)).toEqual(ndjson(withoutHuge).map(analysis));
  }, 120_000);
});

describe('a reader that stops early', () => {
  it.each(['1', '2'])('(`| head -1`) ends the run quietly with exit code 0, with %s job(s)', async (jobs) => {
    const dir = folder(`head-${jobs}`, { 'in.jsonl': seedJsonl(200, 'h-') });
    const run = start(dir, ['analyze', '--jobs', jobs, 'in.jsonl']);
    await waitFor('a first line of output', () => run.out.stdout.includes('\n') || !run.running());
    // As `head -1` does: it has read what it wanted and closes its end of the pipe.
    run.child.stdout!.destroy();
    const { code } = await run.exited;
    expect({ code, stderr: run.out.stderr }).toEqual({ code: 0, stderr: '' });
    expect((JSON.parse(run.out.stdout.split('\n')[0] as string) as Result).id).toBe('h-0');
    // It did stop early: the pipe closed before the last articles were written.
    expect(run.out.stdout.split('\n').length).toBeLessThan(200);
  }, 60_000);
});

// ---------------------------------------------------------------------------------- -o

describe('-o FILE', () => {
  const tempFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

  it('appears only when the run is complete, holding what stdout would, with no temporary file left', async () => {
    const dir = folder('output', { 'in.jsonl': seedJsonl(400, 'o-') });
    const run = start(dir, ['analyze', '--jobs', '1', '-o', 'out.ndjson', 'in.jsonl']);
    // While results are being written, they go to a hidden temporary file beside the target.
    const seen = await waitFor('the temporary file to fill', () => {
      const listing = readdirSync(dir);
      const temp = listing.find((f) => /^\.out\.ndjson\..+\.tmp$/.test(f));
      if (temp && statSync(join(dir, temp), { throwIfNoEntry: false })?.size) return { listing, temp };
      if (!run.running()) throw new Error(`the run ended before its temporary file was seen: ${run.out.stderr}`);
      return undefined;
    });
    expect(seen.listing).not.toContain('out.ndjson');
    expect(await run.exited).toEqual({ code: 0, signal: null });
    expect(run.out).toEqual({ stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'out.ndjson'), 'utf8')).toBe(marsadOk(dir, ['analyze', '--jobs', '1', 'in.jsonl']));
    expect(tempFiles(dir)).toEqual([]);
  }, 120_000);

  it('replaces a file that is there already, in any format', () => {
    const dir = folder('overwrite', { 'a.txt': DELEGATION, 'out.csv': 'old,content\r\nthat,is longer than what replaces it? no\r\n'.repeat(1000) });
    expect(marsadOk(dir, ['analyze', '-f', 'csv', '-o', 'out.csv', 'a.txt'])).toBe('');
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe(marsadOk(dir, ['analyze', '-f', 'csv', 'a.txt']));
    expect(tempFiles(dir)).toEqual([]);
  });

  it('into a folder that does not exist, or onto a folder, is a clear error before any work', () => {
    const dir = folder('badout', { 'a.txt': DELEGATION, 'results/keep.txt': 'x' });
    const missing = marsad(dir, ['analyze', '-o', 'nowhere/out.ndjson', 'a.txt']);
    expect(missing).toMatchObject({ code: 1, stdout: '', stderr: "marsad: cannot write 'nowhere/out.ndjson': no such folder\n" });
    expect(existsSync(join(dir, 'nowhere'))).toBe(false);
    const onto = marsad(dir, ['analyze', '-o', 'results', 'a.txt']);
    expect(onto).toMatchObject({ code: 1, stdout: '', stderr: "marsad: cannot write 'results': is a directory\n" });
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'results']);
    expect(readdirSync(join(dir, 'results'))).toEqual(['keep.txt']);
  });
});

// ---------------------------------------------------------------------------------- Ctrl-C

describe('Ctrl-C', () => {
  // Big enough that a run takes many seconds with one job, so SIGINT lands mid-run.
  const ARTICLES = 3000;
  let dir = '';
  beforeAll(() => {
    dir = folder('interrupt', { 'big.jsonl': seedJsonl(ARTICLES, 'big-') });
  });
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `big-${i}`);

  it('with -o: exit 130, no final file, every complete result in FILE.partial', async () => {
    const run = start(dir, ['analyze', '--jobs', '1', '-o', 'out.ndjson', 'big.jsonl']);
    await waitForTempFile(run, dir, 'out.ndjson');
    run.child.kill('SIGINT');
    expect(await run.exited).toEqual({ code: 130, signal: null });
    expect(existsSync(join(dir, 'out.ndjson'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const partial = readFileSync(join(dir, 'out.ndjson.partial'), 'utf8');
    const results = ndjson(partial); // throws unless every line is complete JSON
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThan(ARTICLES);
    expect(results.map((r) => r.id)).toEqual(ids(results.length));
    expect(run.out.stderr).toBe(`marsad: interrupted after ${results.length.toLocaleString('en-US')} articles; the complete results so far are in out.ndjson.partial\n`);
  }, 120_000);

  it('with --format json to stdout: what was written is a valid JSON array', async () => {
    const run = start(dir, ['analyze', '--jobs', '1', '--format', 'json', 'big.jsonl']);
    await waitFor('the first results on stdout', () => {
      if (!run.running()) throw new Error(`the run ended early: ${run.out.stderr}`);
      return run.out.stdout.length > 1000;
    });
    run.child.kill('SIGINT');
    expect(await run.exited).toEqual({ code: 130, signal: null });
    const array = JSON.parse(run.out.stdout) as Result[];
    expect(array.length).toBeGreaterThan(0);
    expect(array.length).toBeLessThan(ARTICLES);
    expect(array.map((r) => r.id)).toEqual(ids(array.length));
    expect(run.out.stderr).toBe(`marsad: interrupted after ${array.length.toLocaleString('en-US')} articles\n`);
  }, 120_000);

  it('with worker threads and csv: the partial file is a header and whole rows, in order', async () => {
    const run = start(dir, ['analyze', '--jobs', '2', '-f', 'csv', '-o', 'out.csv', 'big.jsonl']);
    await waitForTempFile(run, dir, 'out.csv');
    run.child.kill('SIGINT');
    expect(await run.exited).toEqual({ code: 130, signal: null });
    expect(existsSync(join(dir, 'out.csv'))).toBe(false);
    const [header, ...rows] = parseCsv(readFileSync(join(dir, 'out.csv.partial'), 'utf8'));
    expect(header![0]).toBe('id');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.length === header!.length)).toBe(true);
    expect(rows.map((r) => r[0])).toEqual(ids(rows.length));
    expect(run.out.stderr).toContain(`interrupted after ${rows.length.toLocaleString('en-US')} articles`);
  }, 120_000);

  it('while --dedupe is still reading a stdin that has not ended: it stops at once, leaving no final file', async () => {
    const run = start(dir, ['analyze', '--jobs', '1', '--jsonl', '--dedupe', '-o', 'deduped.ndjson', '-'], 'pipe');
    run.child.stdin!.write(seedJsonl(3, 'open-'));
    // stdin stays open: without the handler in place this early, Node would just die on SIGINT.
    await waitFor('the temporary file', () => readdirSync(dir).some((f) => /^\.deduped\.ndjson\..+\.tmp$/.test(f)));
    run.child.kill('SIGINT');
    expect(await run.exited).toEqual({ code: 130, signal: null });
    expect(existsSync(join(dir, 'deduped.ndjson'))).toBe(false);
    expect(readFileSync(join(dir, 'deduped.ndjson.partial'), 'utf8')).toBe('');
    expect(run.out.stderr).toBe('marsad: interrupted after 0 articles; the complete results so far are in deduped.ndjson.partial\n');
  }, 120_000);
});

// ---------------------------------------------------------------------------------- --dedupe

describe('--dedupe', () => {
  let dir = '';
  const original = SEEDS[1]!;
  // The same story again: its first sentence dropped and a site footer added. The name sorts
  // right after the original's, so the original comes first and is the one kept.
  const copyName = original.name.replace('.txt', '_copy.txt');
  beforeAll(() => {
    const first = lib.sentences(original.text)[0]!;
    dir = folder('dedupe', {
      ...Object.fromEntries(SEEDS.map((s) => [`corpus/${s.name}`, s.text])),
      [`corpus/${copyName}`]: `${original.text.slice(first.end).trimStart()}\nجميع الحقوق محفوظة للموقع\n`,
    });
  });
  const all = () => SEED_NAMES.flatMap((n) => (n === original.name ? [n, copyName] : [n])).map((n) => `corpus/${n}`);

  it('leaves the copy out, lists it in the kept article, and says so on stderr', () => {
    const r = marsad(dir, ['analyze', '--jobs', '2', '--dedupe', 'corpus']);
    expect(r.code, describeRun('marsad', [], r)).toBe(0);
    const results = ndjson(r.stdout);
    expect(results.map((x) => x.id)).toEqual(SEED_NAMES.map((n) => `corpus/${n}`));
    expect(results.map((x) => x.duplicates)).toEqual(SEED_NAMES.map((n) => (n === original.name ? [`corpus/${copyName}`] : undefined)));
    const kept = `corpus/${original.name}`;
    expect(r.stderr.split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^marsad: duplicate: corpus/${copyName} is ${kept} again \\(similarity 0\\.9\\d*\\); kept ${kept}$`)),
      'marsad: 5 articles analysed, 1 duplicate left out',
      '',
    ]);
    // The table marks the kept row.
    const table = marsadOk(dir, ['analyze', '--jobs', '2', '--dedupe', '--quiet', '-f', 'table', 'corpus']);
    expect(table).toContain(`${kept}  (+1 duplicate)\n`);
  });

  it('keeps everything without --dedupe, or when the threshold is above their similarity', () => {
    const every = ndjson(marsadOk(dir, ['analyze', 'corpus']));
    expect(every.map((x) => x.id)).toEqual(all());
    expect(every.some((x) => 'duplicates' in x)).toBe(false);
    const strict = ndjson(marsadOk(dir, ['analyze', '--dedupe', '--threshold', '0.999', 'corpus']));
    expect(strict.map((x) => x.id)).toEqual(all());
  });

  it('--threshold without --dedupe is a usage error', () => {
    const r = marsad(dir, ['analyze', '--threshold', '0.9', 'corpus']);
    expect(r).toMatchObject({ code: 2, stdout: '', stderr: "marsad: --threshold goes with --dedupe\nRun 'marsad analyze --help' for usage.\n" });
    expect(marsad(dir, ['analyze', '--dedupe', '--threshold', '1.5', 'corpus'])).toMatchObject({ code: 2, stderr: expect.stringContaining("--threshold needs a number above 0 and at most 1, got '1.5'") });
  });
});

// ---------------------------------------------------------------------------------- help and usage

describe('help and usage', () => {
  const USAGE: [string[], string][] = [
    [['--help'], 'Usage: marsad <command> [options] [inputs...]'],
    [['analyze', '--help'], 'Usage: marsad analyze [options] [inputs...]'],
    [['normalize', '--help'], 'Usage: marsad normalize [options] [file...]'],
    [['actors', '--help'], 'Usage: marsad actors [--json] [file...]'],
    [['eval', '--help'], 'Usage: marsad eval [--json] file.jsonl'],
  ];

  it.each(USAGE)('marsad %s shows its usage line and examples, exit 0', (args, usage) => {
    const out = marsadOk(root, args as string[]);
    expect(out.split('\n')).toContain(usage);
    expect(out).toMatch(/\nExamples?:\n {2}marsad /);
  });

  it('analyze --help gives the default number of jobs of this machine', () => {
    expect(marsadOk(root, ['analyze', '-h'])).toContain(`(default: the number of cores, ${availableParallelism()};`);
  });

  it("--version prints package.json's version", () => {
    expect(marsadOk(root, ['--version'])).toBe(`${VERSION}\n`);
    expect(marsadOk(root, ['-v'])).toBe(`${VERSION}\n`);
  });

  it.each([
    [['analyze', '--jobs', '0', 'x.txt'], "marsad: --jobs needs a whole number from 1 to 256, got '0'\nRun 'marsad analyze --help' for usage.\n"],
    [['analyze', '-j', 'two', 'x.txt'], "marsad: --jobs needs a whole number from 1 to 256, got 'two'\nRun 'marsad analyze --help' for usage.\n"],
    [['analyze', '--format', 'xml', 'x.txt'], "marsad: unknown format 'xml'; valid formats are table, report, ndjson, json, csv\nRun 'marsad analyze --help' for usage.\n"],
    [['analyze', '--json', '-f', 'csv', 'x.txt'], "marsad: --json is --format ndjson; it cannot go with --format csv\nRun 'marsad analyze --help' for usage.\n"],
    [['normalize', '--jobs', '2', 'x.txt'], "marsad: --jobs is an option of 'analyze', not of 'normalize'\nRun 'marsad normalize --help' for usage.\n"],
    [['analyze', '-o'], "marsad: --output needs a value\nRun 'marsad analyze --help' for usage.\n"],
    [['analyze', '-o', './x.txt', 'x.txt'], "marsad: -o ./x.txt is also an input: the results would replace it\nRun 'marsad analyze --help' for usage.\n"],
  ])('marsad %s is a usage mistake: exit 2, a clear message, nothing done', (args, message) => {
    const r = marsad(root, args as string[]);
    expect(r).toMatchObject({ code: 2, stdout: '', stderr: message });
  });
});

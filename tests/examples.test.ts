/**
 * The examples in examples/ run as examples/README.md says, offline, against the build in dist/:
 * the script under Bun and Deno, and the notebook's code cells, in order, under Deno.
 * Requires `npm run build` first (see tests/helpers/packed-project.ts).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, REPO, assertBuilt, describeRun, run, type RunResult } from './helpers/packed-project';

const EXAMPLES = join(REPO, 'examples');
const SEEDS = readdirSync(join(REPO, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort();
const TOPICS = ['military_aid', 'terrorism', 'diplomacy'];

interface TopicScore {
  topic: string;
  score: number;
}

let scratch: string;
/** What dist/ itself says about each seed, to check the examples print real results. */
let expected: Map<string, TopicScore[]>;

beforeAll(async () => {
  assertBuilt();
  scratch = mkdtempSync(join(tmpdir(), 'marsad-examples-'));
  const { analyze } = (await import(pathToFileURL(join(REPO, 'dist', 'index.js')).href)) as {
    analyze: (text: string) => { topics: TopicScore[] };
  };
  expected = new Map(SEEDS.map((f) => [f, analyze(readFileSync(join(REPO, 'seeds', f), 'utf8')).topics]));
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Fresh, empty caches: if a runtime fetched anything, it would land there and the test would say so. */
function runtimeEnv(name: string): { env: Record<string, string>; caches: string[] } {
  const deno = join(scratch, `${name}-deno-dir`);
  const bun = join(scratch, `${name}-bun-cache`);
  return {
    env: {
      DENO_DIR: deno,
      DENO_NO_UPDATE_CHECK: '1',
      DENO_NO_PROMPT: '1',
      BUN_INSTALL_CACHE_DIR: bun,
      BUN_RUNTIME_TRANSPILER_CACHE_PATH: '0',
      DO_NOT_TRACK: '1',
    },
    caches: [join(deno, 'npm'), join(deno, 'remote'), bun],
  };
}

function expectNothingFetched(caches: string[]) {
  for (const dir of caches) expect(existsSync(dir) ? readdirSync(dir) : [], `${dir} should stay empty`).toEqual([]);
}

function runtime(name: 'bun' | 'deno'): string {
  const bin = join(BIN, name);
  if (!existsSync(bin)) throw new Error(`${name} is not installed (${bin} is missing). It is a dev dependency: run \`npm ci\`.`);
  return bin;
}

describe('examples/analyze-seeds.ts', () => {
  const readme = readFileSync(join(EXAMPLES, 'README.md'), 'utf8');
  const outputs: Record<string, string> = {};

  // Exactly the commands examples/README.md gives, with `npx <runtime>` resolved to the binary npx runs.
  it.each([
    ['bun', 'npx bun examples/analyze-seeds.ts', ['examples/analyze-seeds.ts']],
    ['deno', 'npx deno run --allow-read examples/analyze-seeds.ts', ['run', '--allow-read', 'examples/analyze-seeds.ts']],
  ] as const)('runs under %s and prints a summary of every seed', (name, documented, args) => {
    expect(readme).toContain(documented);
    const { env, caches } = runtimeEnv(`script-${name}`);
    const bin = runtime(name);
    const r = run(bin, args, { cwd: REPO, env });
    const what = describeRun(bin, args, r);
    expect(r.error, what).toBeUndefined();
    expect(r.code, what).toBe(0);
    expect(r.stderr.trim(), what).toBe('');

    // One block per seed, in file order, each starting with the file name.
    const blocks = r.stdout.trim().split(/\n\s*\n/);
    expect(blocks.map((b) => b.split('\n')[0]), what).toEqual(SEEDS);
    for (const block of blocks) {
      const file = block.split('\n')[0]!;
      for (const { topic, score } of expected.get(file)!) {
        expect(block, `${file}: ${topic}\n${what}`).toMatch(new RegExp(`${topic}\\s+${score.toFixed(2).replace('.', '\\.')}`));
      }
      expect(block, what).toMatch(/actors: .*\([\w-]+\) x\d+/);
      expect(block, what).toMatch(/\n {4}\S+ -> \S+: (favor|against|mixed) -?\d\.\d\d/);
      expect(block, what).not.toMatch(/: neutral /);
    }
    expectNothingFetched(caches);
    outputs[name] = r.stdout;
  });

  it('prints the same under Bun and Deno', () => {
    expect(Object.keys(outputs).sort(), 'both runs above must have passed').toEqual(['bun', 'deno']);
    expect(outputs.deno).toBe(outputs.bun);
  });

  it('type-checks against the types marsad publishes', () => {
    // Neither runtime checks types when it runs a script, and users copy this one into typed projects.
    const { env, caches } = runtimeEnv('check');
    const deno = runtime('deno');
    const args = ['check', '--node-modules-dir=manual', '--no-remote', '--no-lock', 'examples/analyze-seeds.ts'];
    const r = run(deno, args, { cwd: REPO, env });
    expect(r.code, describeRun(deno, args, r)).toBe(0);
    expectNothingFetched(caches);
  });
});

interface Cell {
  cell_type: 'code' | 'markdown' | 'raw';
  id?: string;
  source: string | string[];
  outputs?: unknown[];
  execution_count?: number | null;
  metadata: object;
}

interface Notebook {
  nbformat: number;
  nbformat_minor: number;
  metadata: { kernelspec?: { name: string; language: string; display_name: string } };
  cells: Cell[];
}

const sourceOf = (cell: Cell) => (Array.isArray(cell.source) ? cell.source.join('') : cell.source);

/**
 * Evaluated before the cells. `Deno.jupyter` exists only inside `deno jupyter` (elsewhere its
 * getter throws, and it cannot be redefined), so this puts a proxy in place of the global `Deno`
 * that answers `jupyter` with a stand-in built the way Deno 2.9's kernel builds `md`, `html`,
 * `svg` and `display`, except that `display` records the media bundle it would have sent.
 */
const PRELUDE = `{
  const $display = Symbol.for("Jupyter.display");
  const displayed = [];
  globalThis.__notebookDisplayed = displayed;
  const displayable = (bundle) => ({ [$display]: () => bundle });
  const tagged = (mediatype) => (strings, ...values) =>
    displayable({ [mediatype]: strings.reduce((acc, s, i) => acc + s + (values[i] !== undefined ? values[i] : ""), "") });
  const isBundle = (obj) => obj !== null && typeof obj === "object" && !Array.isArray(obj);
  const format = async (obj) =>
    obj !== null && typeof obj === "object" && typeof obj[$display] === "function"
      ? await obj[$display]()
      : { "text/plain": Deno.inspect(obj) };
  const jupyter = {
    $display,
    md: tagged("text/markdown"),
    html: tagged("text/html"),
    svg: tagged("image/svg+xml"),
    async display(obj, options = {}) {
      displayed.push(options.raw && isBundle(obj) ? obj : await format(obj));
    },
  };
  const real = globalThis.Deno;
  const deno = new Proxy(real, { get: (target, key) => (key === "jupyter" ? jupyter : Reflect.get(target, key)) });
  Object.defineProperty(globalThis, "Deno", { value: deno, configurable: true, enumerable: true, writable: false });
}
`;

const MARK = '@@marsad-notebook@@';

describe('examples/seeds.ipynb', () => {
  const notebook = JSON.parse(readFileSync(join(EXAMPLES, 'seeds.ipynb'), 'utf8')) as Notebook;
  const code = notebook.cells.filter((c) => c.cell_type === 'code');

  it('is a clean nbformat 4 notebook for the Deno kernel', () => {
    expect(notebook.nbformat).toBe(4);
    expect(notebook.nbformat_minor).toBeGreaterThanOrEqual(5);
    expect(notebook.metadata.kernelspec).toEqual({ name: 'deno', language: 'typescript', display_name: 'Deno' });
    const ids = notebook.cells.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const cell of notebook.cells) {
      expect(['code', 'markdown']).toContain(cell.cell_type);
      expect(cell.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
      expect(cell.metadata).toEqual({});
      expect(sourceOf(cell).trim()).not.toBe('');
    }
    for (const cell of code) {
      expect(cell.outputs, `cell ${cell.id} keeps no outputs`).toEqual([]);
      expect(cell.execution_count).toBeNull();
    }
    expect(notebook.cells[0]!.cell_type).toBe('markdown');
    expect(notebook.cells.map(sourceOf).join('\n')).toContain('npm:marsad');
  });

  it('runs its code cells in order under Deno, offline, and displays the topic table and the chart', () => {
    // `deno repl` evaluates each --eval-file the way the kernel evaluates a cell (the same REPL
    // session: TypeScript, imports and top-level await, declarations shared between cells), and
    // from the notebook's folder, where Jupyter starts the kernel.
    const dir = mkdtempSync(join(scratch, 'notebook-'));
    const files: string[] = [];
    const add = (name: string, source: string) => {
      const file = join(dir, name);
      writeFileSync(file, source);
      files.push(file);
    };
    add('prelude.ts', PRELUDE);
    code.forEach((cell, i) => {
      add(`mark-${i}.ts`, `console.log(${JSON.stringify(`${MARK} cell ${cell.id}`)});`);
      add(`cell-${i}-${cell.id}.ts`, sourceOf(cell));
    });
    add('epilogue.ts', `console.log(${JSON.stringify(`${MARK} displayed\n`)} + JSON.stringify(globalThis.__notebookDisplayed));`);

    const { env, caches } = runtimeEnv('notebook');
    const deno = runtime('deno');
    // --node-modules-dir=manual: `marsad` resolves through the repository's package.json, as in
    // the kernel. --no-remote --cached-only with an empty DENO_DIR: fail rather than download.
    const args = [
      'repl',
      '--node-modules-dir=manual',
      '--no-remote',
      '--cached-only',
      '--no-lock',
      `--allow-read=${REPO}`,
      `--eval-file=${files.join(',')}`,
    ];
    const r: RunResult = run(deno, args, { cwd: EXAMPLES, env });
    const what = describeRun(deno, ['repl', '...', '--eval-file=<prelude, the code cells in order, epilogue>'], r);
    expect(r.error, what).toBeUndefined();
    expect(r.code, what).toBe(0);
    expect(r.stderr.trim(), what).toBe('');

    // What each cell printed, by cell id ('prelude' before the first cell, 'displayed' last).
    const printed = r.stdout.split(MARK).map((section, i) => {
      if (i === 0) return { cell: 'prelude', output: section };
      const [head, ...rest] = section.split('\n');
      return { cell: head!.replace(/^ (cell )?/, ''), output: rest.join('\n') };
    });
    // The REPL reports a failing cell and goes on to the next, so failures are read from its output.
    const failures = printed.filter((p) => /Error in --eval-file|Uncaught/.test(p.output)).map((p) => `cell ${p.cell}:\n${p.output.trim()}`);
    expect(failures.join('\n\n'), 'cells that failed, with their output').toBe('');
    expect(printed.map((p) => p.cell), what).toEqual(['prelude', ...code.map((c) => c.id), 'displayed']);
    const displayed = JSON.parse(printed.at(-1)!.output.split('\n')[0]!) as Record<string, string>[];

    const table = displayed.find((b) => 'text/markdown' in b)?.['text/markdown'];
    expect(table, `no Markdown table was displayed\n${what}`).toBeDefined();
    const rows = table!.trim().split('\n');
    expect(rows[0]).toBe(`| article | ${TOPICS.join(' | ')} |`);
    expect(rows.slice(2).map((row) => row.split('|')[1]!.trim())).toEqual(SEEDS);
    for (const row of rows.slice(2)) {
      const file = row.split('|')[1]!.trim();
      const scores = row.split('|').slice(2, -1).map((c) => c.trim().replace(/\*\*/g, ''));
      expect(scores, row).toEqual(expected.get(file)!.map((t) => t.score.toFixed(2)));
    }

    const svg = displayed.find((b) => 'image/svg+xml' in b)?.['image/svg+xml'];
    expect(svg, `no SVG chart was displayed\n${what}`).toBeDefined();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^]*<\/svg>$/);
    // One bar per article and topic, each with its tooltip.
    expect(svg!.match(/<rect [^>]*><title>/g)).toHaveLength(SEEDS.length * TOPICS.length);
    for (const seed of SEEDS) expect(svg).toContain(`>${seed}</text>`);
    for (const topic of TOPICS) expect(svg).toContain(`>${topic}</text>`);
    expectNothingFetched(caches);
  });
});

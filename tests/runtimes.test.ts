/**
 * The packed package imports and runs under Deno and Bun (the dev dependencies `deno` and `bun`),
 * offline: each runtime resolves the bare specifier `marsad` from the consumer project's
 * node_modules and must print exactly what Node prints when it imports the repository's dist/.
 * Requires `npm run build` first (see tests/helpers/packed-project.ts).
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, REPO, describeRun, packAndInstall, run, type PackedProject, type RunOptions } from './helpers/packed-project';

/**
 * The script each runtime runs, importing marsad from `specifier`. It prints one JSON line: the
 * runtime it ran on, where `marsad` resolved, and the results to compare.
 */
function script(specifier: string): string {
  return `import * as marsad from ${JSON.stringify(specifier)};
const { normalize, normalizeWithOffsets, NormalizedText, PRESETS, RULES, VERSION } = marsad;

const runtime = typeof globalThis.Deno !== 'undefined' ? 'deno' : typeof globalThis.Bun !== 'undefined' ? 'bun' : 'node';
const inputs = [
  'إِنَّ الأمـــــمَ ٢٠٢٤',
  'الإِسْلام',
  'مدرسة ٣، مستشفى؟',
  '\\uFEFFقالَ وزير الدفاع إنّ مالي ستتلقى ٣ مروحيات\\u200F',
  'ﻷ ﷲ',
  'ا\\u0654مين',
  'کتاب یک ۱۲۳',
  'فنزويلا\\u00A0و\\u200Cمالي',
];
const offsets = (text, options) => {
  const r = normalizeWithOffsets(text, options);
  return {
    text: r.text,
    isNormalizedText: r instanceof NormalizedText,
    starts: Array.from(r.starts),
    ends: Array.from(r.ends),
    first: r.toOriginal(0, 1),
    changes: r.changes(),
  };
};
const results = {
  version: VERSION,
  exports: Object.keys(marsad).sort(),
  presets: Object.keys(PRESETS),
  rules: [...RULES],
  presetsAgree: Object.keys(PRESETS).map((p) => inputs.map((s) => normalize(s, { preset: p }))),
  disabled: inputs.map((s) => normalize(s, { diacritics: false, digits: false })),
  offsets: inputs.map((s) => offsets(s)),
  searchOffsets: offsets(inputs[2], { preset: 'search' }),
  tokens: inputs.map((s) => marsad.tokenize(s).map((t) => t.toJSON())),
  actors: inputs.map((s) => marsad.findActors(s)),
  sentences: inputs.map((s) => marsad.sentences(s)),
  stems: ['والمساعدات', 'الجزائريين', 'بفنزويلا'].map((w) => marsad.stem(w)),
  // wink-nlp, a CommonJS dependency without an exports map, must load in every runtime.
  duplicates: marsad.findDuplicates([inputs[3], inputs[3] + ' حسب مصادر', inputs[0]]),
};
console.log(JSON.stringify({ runtime, resolved: import.meta.resolve(${JSON.stringify(specifier)}), results }));
`;
}

interface Printed {
  runtime: string;
  resolved: string;
  results: { version: string; presetsAgree: string[][]; offsets: { text: string }[] } & Record<string, unknown>;
}

let project: PackedProject | undefined;
/** The results Node prints importing the repository's dist/index.js directly. */
let expected: Printed['results'];

beforeAll(() => {
  project = packAndInstall('runtimes');
  const reference = join(project.root, 'reference.mjs');
  writeFileSync(reference, script(pathToFileURL(join(REPO, 'dist', 'index.js')).href));
  writeFileSync(join(project.dir, 'script.mjs'), script('marsad'));
  expected = printed('node', [reference], { cwd: project.root }).results;
});

afterAll(() => {
  project?.remove();
});

function consumer(): PackedProject {
  if (!project) throw new Error('the package was not packed and installed (see the beforeAll error)');
  return project;
}

/** Runs a command that must exit 0 and print one JSON line. */
function printed(command: string, args: string[], options: RunOptions): Printed {
  const r = run(command, args, options);
  const what = describeRun(command, args, r);
  if (r.error || r.code !== 0) throw new Error(`The script failed.\n${what}`);
  try {
    return JSON.parse(r.stdout) as Printed;
  } catch {
    throw new Error(`The script did not print one JSON line.\n${what}`);
  }
}

/** Throws a clear error unless `node_modules/.bin/<name> --version` works and prints `pattern`. */
function requireRuntime(name: string, pattern: RegExp, env: Record<string, string>): string {
  const bin = join(BIN, name);
  if (!existsSync(bin)) {
    throw new Error(`${name} is not installed (${bin} is missing). It is a dev dependency: run \`npm ci\`.`);
  }
  const r = run(bin, ['--version'], { cwd: consumer().dir, env });
  if (r.error || r.code !== 0 || !pattern.test(r.stdout)) {
    throw new Error(`${name} is not runnable; these tests need it.\n${describeRun(bin, ['--version'], r)}`);
  }
  return bin;
}

function checkOutput(out: Printed, runtime: string) {
  expect(out.runtime).toBe(runtime);
  // Resolved from the consumer project's node_modules, through the package's `import` condition.
  expect(out.resolved).toBe(pathToFileURL(join(consumer().dir, 'node_modules', 'marsad', 'dist', 'index.js')).href);
  expect(out.results).toEqual(expected);
}

describe('the reference output', () => {
  it('is what marsad is specified to print', () => {
    // Guards against comparing the runtimes with a broken reference.
    expect(expected.version).toBe(consumer().version);
    expect(expected.presetsAgree[0]?.[0]).toBe('ان الامم 2024');
    expect(expected.offsets[1]?.text).toBe('الاسلام');
    expect(expected.duplicates).toEqual([{ keep: { id: '1', index: 0 }, duplicates: [{ id: '2', index: 1, similarity: expect.any(Number) }] }]);
  });

  it('is also what Node prints from the installed package', () => {
    checkOutput(printed('node', ['script.mjs'], { cwd: consumer().dir }), 'node');
  });
});

describe('the installed package', () => {
  it('runs under Deno, offline and with no permissions', () => {
    const denoDir = join(consumer().root, 'deno-dir');
    mkdirSync(denoDir, { recursive: true });
    const env = { DENO_DIR: denoDir, DENO_NO_UPDATE_CHECK: '1', DENO_NO_PROMPT: '1' };
    const deno = requireRuntime('deno', /^deno 2\./, env);
    // --node-modules-dir=manual: resolve `marsad` from package.json + node_modules, as installed by
    // npm. --cached-only and --no-remote with an empty DENO_DIR: fail rather than download anything.
    // No --allow-* flags: the core must need no permissions.
    const args = ['run', '--no-prompt', '--node-modules-dir=manual', '--cached-only', '--no-remote', '--no-lock', 'script.mjs'];
    checkOutput(printed(deno, args, { cwd: consumer().dir, env }), 'deno');
    const npmCache = join(denoDir, 'npm');
    expect(existsSync(npmCache) ? readdirSync(npmCache) : []).toEqual([]);
  });

  it('runs under Bun, without auto-install', () => {
    const env = {
      BUN_INSTALL_CACHE_DIR: join(consumer().root, 'bun-cache'),
      BUN_RUNTIME_TRANSPILER_CACHE_PATH: '0',
      DO_NOT_TRACK: '1',
    };
    const bun = requireRuntime('bun', /^1\./, env);
    // --no-install: resolve from node_modules only; never fetch a missing package.
    checkOutput(printed(bun, ['--no-install', 'run', './script.mjs'], { cwd: consumer().dir, env }), 'bun');
  });
});

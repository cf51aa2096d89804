/**
 * The published package, as a user gets it: `npm pack` the build in dist/, install the tarball
 * into a fresh project, and use it from ESM, CommonJS, TypeScript (nodenext) and the `marsad` bin.
 * Requires `npm run build` first (see tests/helpers/packed-project.ts).
 */
import { existsSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, REPO, describeRun, packAndInstall, run, type PackedProject, type RunResult } from './helpers/packed-project';

let project: PackedProject | undefined;

beforeAll(() => {
  project = packAndInstall('package');
});

afterAll(() => {
  project?.remove();
});

function consumer(): PackedProject {
  if (!project) throw new Error('the package was not packed and installed (see the beforeAll error)');
  return project;
}

/** Writes `content` to `name` in the consumer project and returns its path. */
function write(name: string, content: string): string {
  const path = join(consumer().dir, name);
  writeFileSync(path, content);
  return path;
}

function runIn(command: string, ...args: string[]): RunResult {
  return run(command, args, { cwd: consumer().dir });
}

function runJson(command: string, ...args: string[]): unknown {
  const r = runIn(command, ...args);
  expect(r.code, describeRun(command, args, r)).toBe(0);
  return JSON.parse(r.stdout) as unknown;
}

const SAMPLE = 'إِنَّ الأمـــــمَ ٢٠٢٤';
const WORD = 'الإِسْلام';

/** What both module formats must print: the script body is shared, only the import differs. */
const SCRIPT_BODY = `
const r = normalizeWithOffsets(${JSON.stringify(WORD)});
console.log(JSON.stringify({
  normalized: normalize(${JSON.stringify(SAMPLE)}),
  search: normalize('مدرسة ٣', { preset: 'search' }),
  offsets: {
    text: r.text,
    original: r.original,
    starts: Array.from(r.starts),
    ends: Array.from(r.ends),
    span: r.toOriginal(2, 3),
    changes: r.changes(),
  },
  version: VERSION,
  presets: Object.keys(PRESETS),
  tokens: tokenize('وبالجزائر ماليالجزائر').map((t) => [t.text, t.word]),
  stems: [stem('والمساعدات'), stem('والحسن', { mode: 'lucene' })],
  actors: findActors('وصل الوفد الجزائري إلى باماكو').map((a) => [a.id, a.mentions[0].via]),
  sentences: sentences('وصل الوفد. وغادر.').length,
  regions: regions('نص.\\nتعليقات الزوار\\nتعليق').map((x) => x.reason),
  // wink-nlp (CommonJS, no exports map) through each of marsad's two builds.
  duplicates: findDuplicates(['وصل الوفد الجزائري إلى باماكو', 'وصل الوفد الجزائري إلى باماكو أمس', 'غادر']).map((g) => [g.keep.id, g.duplicates.map((d) => d.id)]),
  resolved: RESOLVED,
}));
`;

function expected(version: string, entry: string) {
  return {
    normalized: 'ان الامم 2024',
    search: 'مدرسه 3',
    offsets: {
      text: 'الاسلام',
      original: WORD,
      starts: [0, 1, 2, 4, 6, 7, 8],
      ends: [1, 2, 4, 6, 7, 8, 9],
      span: { start: 2, end: 4 },
      changes: [
        { start: 2, end: 4, before: 'إِ', after: 'ا', rules: ['alef', 'diacritics'] },
        { start: 4, end: 6, before: 'سْ', after: 'س', rules: ['diacritics'] },
      ],
    },
    version,
    presets: ['default', 'search', 'display', 'lucene', 'camel'],
    tokens: [['وبالجزائر', 'الجزائر'], ['مالي', 'مالي'], ['الجزائر', 'الجزائر']],
    stems: ['مساعد', 'حسن'],
    actors: [['DZA', 'demonym'], ['MLI', 'capital']],
    sentences: 2,
    regions: ['comments'],
    duplicates: [['1', ['2']]],
    resolved: realpathSync(join(consumer().dir, 'node_modules', 'marsad', entry)),
  };
}

describe('the tarball', () => {
  it('ships the build, the docs and package.json, and no sources, tests or seeds', () => {
    const { files } = consumer();
    const required = ['package.json', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.cjs'];
    // The docs are written alongside; require each one that exists in the repository.
    for (const doc of ['README.md', 'LICENSE', 'CHANGELOG.md']) {
      if (existsSync(join(REPO, doc))) required.push(doc);
    }
    expect(files).toEqual(expect.arrayContaining(required));
    const forbidden = files.filter((f) => /^(src|tests|seeds|fixtures|bench|scripts|node_modules|\.changeset|\.ci)\//.test(f));
    expect(forbidden).toEqual([]);
  });
});

describe('the installed package', () => {
  it('imports from ESM', () => {
    const script = write(
      'esm.mjs',
      `import { normalize, normalizeWithOffsets, VERSION, PRESETS, tokenize, stem, findActors, sentences, regions, findDuplicates } from 'marsad';\n` +
        `import { fileURLToPath } from 'node:url';\n` +
        `const RESOLVED = fileURLToPath(import.meta.resolve('marsad'));\n` +
        SCRIPT_BODY,
    );
    expect(runJson('node', script)).toEqual(expected(consumer().version, 'dist/index.js'));
  });

  it('requires from CommonJS', () => {
    const script = write(
      'cjs.cjs',
      `const { normalize, normalizeWithOffsets, VERSION, PRESETS, tokenize, stem, findActors, sentences, regions, findDuplicates } = require('marsad');\n` +
        `const RESOLVED = require.resolve('marsad');\n` +
        SCRIPT_BODY,
    );
    expect(runJson('node', script)).toEqual(expected(consumer().version, 'dist/index.cjs'));
  });

  describe('type-checks from TypeScript (module and moduleResolution nodenext)', () => {
    const tsc = join(BIN, 'tsc');
    const tsconfig = (files: string[]) =>
      JSON.stringify({
        compilerOptions: {
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          lib: ['es2022'],
          types: [],
          strict: true,
          exactOptionalPropertyTypes: true,
          noEmit: true,
          skipLibCheck: false,
        },
        files,
      });

    // The same consumer code as ESM (.mts, resolves index.d.ts) and CommonJS (.cts, index.d.cts).
    const consumerCode = `
import { normalize, normalizeWithOffsets, NormalizedText, PRESETS, VERSION } from 'marsad';
import type { NormalizeOptions, NormalizePreset, Span, NormalizationChange, Token, FoundActor, ActorMention, Region } from 'marsad';
import { tokenize, findActors, regions } from 'marsad';

const options: NormalizeOptions = { preset: 'search', digits: false };
const text: string = normalize('إِنَّ الأمـمَ', options);
const plain: string = normalize(text);
const r: NormalizedText = normalizeWithOffsets(text, { preset: 'display' });
const span: Span = r.toOriginal(0, 1);
const changes: NormalizationChange[] = r.changes();
const starts: Uint32Array = r.starts;
const preset: NormalizePreset = 'lucene';
const on: boolean = PRESETS[preset].switches.alef;
const version: string = VERSION;
const tokens: Token[] = tokenize(text);
const actors: FoundActor[] = findActors(text);
const mention: ActorMention | undefined = actors[0]?.mentions[0];
const excluded: Region[] = regions(text);
export const used = [plain, span.start + span.end, changes.length, starts.length, on, version, tokens[0]?.clitics.article, mention?.via, excluded.length];
`;

    it('accepts correct use from ESM and CommonJS files', () => {
      write('consumer.mts', consumerCode);
      write('consumer.cts', consumerCode);
      write('tsconfig.json', tsconfig(['consumer.mts', 'consumer.cts']));
      const r = runIn(tsc, '-p', 'tsconfig.json', '--explainFiles');
      expect(r.code, describeRun(tsc, ['-p', 'tsconfig.json'], r)).toBe(0);
      // Each format got its own declarations, through the package's `import` and `require` conditions.
      expect(r.stdout).toMatch(/^node_modules\/marsad\/dist\/index\.d\.ts\n\s+Imported via 'marsad' from file 'consumer\.mts'/m);
      expect(r.stdout).toMatch(/^node_modules\/marsad\/dist\/index\.d\.cts\n\s+Imported via 'marsad' from file 'consumer\.cts'/m);
    });

    it('rejects wrong use', () => {
      write(
        'wrong.mts',
        [
          `import { normalize, normalizeWithOffsets } from 'marsad';`,
          `normalize(42);`,
          `normalize('x', { preset: 'no-such-preset' });`,
          `normalize('x', { noSuchRule: true });`,
          `const n: number = normalizeWithOffsets('x').text;`,
          `export { n };`,
        ].join('\n'),
      );
      write('tsconfig.wrong.json', tsconfig(['wrong.mts']));
      const r = runIn(tsc, '-p', 'tsconfig.wrong.json');
      expect(r.code, describeRun(tsc, ['-p', 'tsconfig.wrong.json'], r)).not.toBe(0);
      // One error per wrong line, and none about resolving the package.
      const errors = [...r.stdout.matchAll(/^wrong\.mts\((\d+),\d+\): error (TS\d+)/gm)].map((m) => `${m[1]}:${m[2]}`);
      expect(errors).toEqual(['2:TS2345', '3:TS2322', '4:TS2353', '5:TS2322']);
    });
  });

  describe('the marsad bin', () => {
    const marsad = () => join(consumer().dir, 'node_modules', '.bin', 'marsad');

    it('normalises a file', () => {
      const file = write('article.txt', `${SAMPLE}\nمدرسة ٣\n`);
      const r = runIn(marsad(), 'normalize', file);
      expect(r, describeRun(marsad(), ['normalize', file], r)).toMatchObject({ code: 0, stderr: '' });
      expect(r.stdout).toBe('ان الامم 2024\nمدرسة 3\n');
    });

    it('prints the package version', () => {
      const r = runIn(marsad(), '--version');
      expect(r.code, describeRun(marsad(), ['--version'], r)).toBe(0);
      expect(r.stdout.trim()).toBe(consumer().version);
    });

    it('reports a missing file in one line, without a stack trace, and exits non-zero', () => {
      const missing = join(consumer().dir, 'no-such-article.txt');
      const r = runIn(marsad(), 'normalize', missing);
      expect(r.error).toBeUndefined();
      expect(r.code).not.toBe(0);
      expect(r.code).not.toBeNull();
      expect(r.stdout).toBe('');
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain('no-such-article.txt');
      expect(r.stderr).not.toMatch(/^\s*at /m);
    });
  });
});

/**
 * Packs the built package with `npm pack` and installs the tarball into a throwaway consumer
 * project, the way a user would get it from the registry. Used by tests/package.test.ts and
 * tests/runtimes.test.ts; each file packs and installs once, in its own temporary directory.
 *
 * The tests check the build in dist/ as it is: they do not build it (CI builds before testing,
 * and a build inside a test would race with the other test files reading dist/). Run
 * `npm run build` first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const BIN = join(REPO, 'node_modules', '.bin');

/** The files `npm run build` must have produced. */
export const BUILD_OUTPUTS = ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.cjs'];

export interface RunResult {
  /** Exit code, or `null` if the process was killed or could not start. */
  code: number | null;
  stdout: string;
  stderr: string;
  /** Set when the process could not be started at all (e.g. ENOENT). */
  error?: Error;
}

export interface RunOptions {
  cwd: string;
  env?: Record<string, string>;
  timeoutMs?: number;
}

/**
 * The environment for child processes: the current one without npm's `npm_*` variables. When the
 * tests run under `npm test`, npm exports e.g. `npm_config_local_prefix=<repo>`, which would make
 * an `npm install` in the consumer project install into the repository instead.
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key)) env[key] = value;
  }
  return { ...env, NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

export function run(command: string, args: readonly string[], options: RunOptions): RunResult {
  const r = spawnSync(command, args, {
    cwd: options.cwd,
    env: childEnv(options.env),
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 60_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  const result: RunResult = { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
  if (r.error) result.error = r.error;
  return result;
}

/** A one-paragraph description of a finished command, for failure messages. */
export function describeRun(command: string, args: readonly string[], r: RunResult): string {
  return [
    `$ ${command} ${args.join(' ')}`,
    r.error ? `failed to start: ${r.error.message}` : `exit code ${r.code}`,
    r.stdout.trim() && `stdout:\n${r.stdout.trim()}`,
    r.stderr.trim() && `stderr:\n${r.stderr.trim()}`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** Runs a command and throws, with its output, unless it exits 0. */
export function runOk(command: string, args: readonly string[], options: RunOptions): RunResult {
  const r = run(command, args, options);
  if (r.error || r.code !== 0) throw new Error(describeRun(command, args, r));
  return r;
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function newestMtime(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/**
 * Throws a clear error unless dist/ holds a build. Warns (without failing: other work may be
 * editing src/ while the tests run) when the build is older than src/ or package.json.
 */
export function assertBuilt(): void {
  const missing = BUILD_OUTPUTS.filter((f) => !existsSync(join(REPO, f)));
  if (missing.length > 0) {
    throw new Error(`The package is not built (missing ${missing.join(', ')}). Run \`npm run build\` before these tests.`);
  }
  const built = Math.min(...BUILD_OUTPUTS.map((f) => statSync(join(REPO, f)).mtimeMs));
  const sources = Math.max(newestMtime(join(REPO, 'src')), statSync(join(REPO, 'package.json')).mtimeMs);
  if (sources > built) {
    console.warn('marsad: dist/ is older than src/ or package.json; testing the old build. Run `npm run build`.');
  }
}

export interface PackedProject {
  /** The temporary directory holding the tarball and the consumer project. */
  root: string;
  /** The consumer project, with marsad installed in node_modules. */
  dir: string;
  /** Absolute path of the tarball. */
  tarball: string;
  /** Paths inside the tarball, as `npm pack --json` lists them. */
  files: string[];
  /** The version in the repository's package.json. */
  version: string;
  /** Deletes `root`. */
  remove(): void;
}

interface PackJson {
  filename: string;
  files: { path: string }[];
}

/** `npm pack`s the repository and `npm install`s the tarball into a new consumer project. */
export function packAndInstall(prefix: string): PackedProject {
  assertBuilt();
  const { version } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
  const root = mkdtempSync(join(tmpdir(), `marsad-${prefix}-`));
  const remove = () => rmSync(root, { recursive: true, force: true });
  try {
    // --ignore-scripts: pack exactly what is in dist/, never rebuild it from here.
    const packed = runOk(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', root], { cwd: REPO });
    const info = (JSON.parse(packed.stdout) as PackJson[])[0];
    if (!info) throw new Error(`npm pack --json printed no package:\n${packed.stdout}`);
    const tarball = join(root, info.filename);
    if (!existsSync(tarball)) throw new Error(`npm pack did not write ${tarball}`);

    const dir = join(root, 'consumer');
    mkdirSync(dir);
    runOk(npm, ['init', '-y'], { cwd: dir });
    // marsad has no runtime dependencies, so installing the local tarball needs no network. Try
    // strictly offline first; if npm still wants its cache or the registry, allow it to ask.
    const install = ['install', tarball, '--no-audit', '--no-fund', '--no-package-lock', '--ignore-scripts'];
    const offline = run(npm, [...install, '--offline'], { cwd: dir, timeoutMs: 120_000 });
    if (offline.error || offline.code !== 0) {
      const online = run(npm, [...install, '--prefer-offline'], { cwd: dir, timeoutMs: 120_000 });
      if (online.error || online.code !== 0) {
        throw new Error(
          `Could not install the tarball into ${dir}.\n\n${describeRun(npm, [...install, '--offline'], offline)}` +
            `\n\n${describeRun(npm, [...install, '--prefer-offline'], online)}`,
        );
      }
    }
    if (!existsSync(join(dir, 'node_modules', 'marsad', 'package.json'))) {
      throw new Error(`npm install succeeded but ${dir}/node_modules/marsad is missing`);
    }
    return { root, dir, tarball, files: info.files.map((f) => f.path), version, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

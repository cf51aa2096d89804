/**
 * `marsad analyze` streams: on a 200 MB NDJSON corpus its memory stays far below the corpus's
 * size. The BUILT CLI (`node dist/cli.cjs`, run `npm run build` first) analyses a generated file
 * with the default number of jobs (one worker thread per core) into `-o`, and a preload script
 * records the process's peak resident set size when it exits.
 */
import { spawn } from 'node:child_process';
import { closeSync, createReadStream, createWriteStream, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, assertBuilt, childEnv } from './helpers/packed-project';

// ---------------------------------------------------------------------------------- helpers

const CLI = join(REPO, 'dist', 'cli.cjs');
const INPUT_BYTES = 200 * 1000 * 1000;
const MAX_RSS_MB = 300;

// The run analyses about 46,500 articles and writes about 800 MB: 30 to 60 s on the two cores
// of a developer's machine or CI's when it runs alone, several times that while other test
// files run beside it. The bound only stops a run that hangs; nothing here is timed.
const RUN_TIMEOUT_MS = 300_000;

/**
 * Loaded with `node --require` before the CLI. At exit it writes the peak resident set size in
 * KB: `resourceUsage().maxRSS` is the process's, worker threads included. Worker threads load
 * preloads too, so only the main thread writes.
 */
const PRELOAD = `'use strict';
const { writeFileSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');
if (isMainThread) {
  process.on('exit', () => writeFileSync(process.env.MARSAD_RSS_FILE, String(process.resourceUsage().maxRSS)));
}
`;

const SEEDS = readdirSync(join(REPO, 'seeds'))
  .sort()
  .map((f) => readFileSync(join(REPO, 'seeds', f), 'utf8'));

/** Writes NDJSON lines cycling over the seeds, each one a little different, until `bytes` are written. */
async function writeCorpus(path: string, bytes: number): Promise<number> {
  const out = createWriteStream(path);
  let written = 0;
  let lines = 0;
  while (written < bytes) {
    let chunk = '';
    for (let k = 0; k < 500; k++, lines++) {
      const seed = SEEDS[lines % SEEDS.length] as string;
      const paragraphs = seed.split('\n');
      // Rotate the paragraphs and add a numbered line, so that no two lines are the same.
      const shift = Math.floor(lines / SEEDS.length) % paragraphs.length;
      const text = [...paragraphs.slice(shift), ...paragraphs.slice(0, shift), `النشرة رقم ${lines}`].join('\n');
      chunk += `${JSON.stringify({ id: `m${lines}`, text, site: `site-${lines % 7}` })}\n`;
    }
    written += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return lines;
}

/** Counts newline bytes in a file without reading it into memory. */
async function countLines(path: string): Promise<number> {
  let n = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) n++;
  }
  return n;
}

/** The first and the last line of a file (reads only its ends). */
function ends(path: string): [string, string] {
  const size = statSync(path).size;
  const head = Buffer.alloc(Math.min(size, 1 << 20));
  const tail = Buffer.alloc(Math.min(size, 1 << 20));
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
    readSync(fd, tail, 0, tail.length, size - tail.length);
  } finally {
    closeSync(fd);
  }
  const first = head.toString('utf8').split('\n')[0] as string;
  const lines = tail.toString('utf8').split('\n');
  return [first, lines[lines.length - 2] as string];
}

// ---------------------------------------------------------------------------------- the test

describe('marsad analyze on a 200 MB corpus', () => {
  let dir = '';
  let input = '';
  let articles = 0;
  beforeAll(async () => {
    assertBuilt();
    dir = mkdtempSync(join(tmpdir(), 'marsad-memory-'));
    input = join(dir, 'corpus.ndjson');
    articles = await writeCorpus(input, INPUT_BYTES);
    writeFileSync(join(dir, 'preload.cjs'), PRELOAD);
  });
  afterAll(() => {
    // The corpus and the results take about a gigabyte: never leave them behind.
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(
    `stays under ${MAX_RSS_MB} MB of peak RSS with the default jobs, and writes one line per article`,
    async () => {
      expect(statSync(input).size).toBeGreaterThanOrEqual(INPUT_BYTES);
      const output = join(dir, 'out.ndjson');
      const rssFile = join(dir, 'rss.txt');
      const args = ['--require', join(dir, 'preload.cjs'), CLI, 'analyze', '--quiet', '-o', output, input];
      const child = spawn(process.execPath, args, { cwd: dir, env: childEnv({ MARSAD_RSS_FILE: rssFile }), stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
      child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
      const killer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS - 10_000);
      const code = await new Promise<number | null>((resolve, reject) => {
        child.on('error', reject);
        child.on('close', resolve);
      }).finally(() => clearTimeout(killer));
      expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: '', stderr: '' });

      const peakMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
      console.log(`marsad analyze: ${articles} articles, ${(statSync(input).size / 1e6).toFixed(0)} MB in, peak RSS ${peakMb.toFixed(0)} MB`);
      // A real measurement: node alone with the analyzer compiled takes tens of MB.
      expect(peakMb).toBeGreaterThan(30);
      expect(peakMb).toBeLessThan(MAX_RSS_MB);

      expect(await countLines(output)).toBe(articles);
      const [first, last] = ends(output);
      expect(JSON.parse(first)).toMatchObject({ id: 'm0', source: `${input}:1`, meta: { site: 'site-0' } });
      expect(JSON.parse(last)).toMatchObject({ id: `m${articles - 1}`, source: `${input}:${articles}` });
    },
    RUN_TIMEOUT_MS,
  );
});

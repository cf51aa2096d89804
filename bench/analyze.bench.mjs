// Throughput of analyze() on one core, the CLI's batch mode with one and two jobs (against the
// machine's own ceiling for two parallel analyses), and the CLI's cold start, in one run:
//
//   npm run bench                          (builds dist/, runs the three benches in turn)
//   npm run build && node bench/analyze.bench.mjs [--json]   (--json: JSON only on stdout)
//
// Progress lines go to stderr; the report (or the JSON) to stdout. MB = 10^6 bytes. About 4-5
// minutes in all, most of it the CLI section. Not part of the test suite.
//
// 1. analyze(): the five seed articles repeated, article by article, to >= 5 MB of UTF-8 (the
//    same text and memo-friendly repetition as text.bench.mjs). Warm-up rounds, then timed rounds;
//    before each timed run, when gc can be exposed, a gc and an untimed re-warm on a quarter of the
//    articles (see below why); median reported (best in brackets). There is
//    no peer doing topics + stance + events in node_modules, so no comparison: for context,
//    normalize(), normalizeWithOffsets() (the normalisation tokenize() runs) and tokenize() are
//    timed on the same articles in the same interleaved rounds, as a share of analyze()'s time.
// 2. CLI batch: a ~100 MB NDJSON file generated into a temp dir (the seeds cycled, each line with a
//    dateline and a number that vary, an explicit id), analysed with
//      node dist/cli.cjs analyze --quiet --jobs 1 -o out file      and      --jobs 2
//    and, as the ceiling of what two parallel analyses get on this machine, the same file split in
//    two halves analysed by two independent --jobs 1 processes started together (wall time until
//    both finish). Each configuration runs REPEATS times, the order rotating from one repeat to
//    the next, the median wall time kept. Peak RSS and CPU time come from a --require preload that
//    writes process.resourceUsage() at exit (maxRSS is the whole process, all threads). The
//    outputs of every --jobs 1 and --jobs 2 run are hashed (sha1) and must all be the same bytes.
// 3. Cold start: `node dist/cli.cjs --version` spawned COLD_RUNS times after warm-ups, alternating
//    with `node -e 0` (node's own start, the floor), wall time of each spawn; median and p90.
//
// The VM is shared: the CPU other processes used meanwhile (machine-wide busy time from /proc/stat
// minus this bench's own and its CLI runs') is reported per CLI run and for sections 1 and 2, so a
// disturbed run shows as one. Misses are reported, never turned into a failing exit code.

import { createReadStream, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, openSync, writeSync, closeSync, statSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import os from 'node:os';

import { analyze, normalize, normalizeWithOffsets, tokenize, VERSION } from '../dist/index.js';
import { gc } from './gc.mjs';

const JSON_ONLY = process.argv.includes('--json');
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli.cjs');
const MB = 1e6;

const ANALYZE_BYTES = 5 * MB; // articles for the in-process section
const WARMUP_ROUNDS = 2;
const ROUNDS = 9;
const REWARM_SHARE = 0.25; // of the articles, untimed, after each gc (see section 1)
const NDJSON_BYTES = 100 * MB; // the CLI batch file
const REPEATS = 3; // of each CLI configuration
const CLI_BUDGET_MS = 270_000; // no third repeat if two took so long that it would overrun ~6 min
const COLD_WARMUPS = 2;
const COLD_RUNS = 20;

const TARGETS = { analyzeMBps: 8, speedup: 1.7, rssMB: 300, coldMs: 150 };

const collect = () => gc?.();
const bytes = (s) => Buffer.byteLength(s, 'utf8');
const progress = (s) => process.stderr.write(`${s}\n`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
/** Nearest-rank percentile. */
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)];
};

/** Machine-wide CPU seconds from /proc/stat (busy, and stolen by the hypervisor); undefined off Linux. */
function machineCpu() {
  try {
    const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return { busyS: (user + nice + system + irq + softirq) / 100, stealS: steal / 100 }; // USER_HZ = 100
  } catch {
    return undefined;
  }
}

const seeds = readdirSync(join(ROOT, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'));
if (seeds.length !== 5) throw new Error(`expected 5 seed articles in seeds/, found ${seeds.length}`);

const benchStart = performance.now();
const results = {
  version: VERSION,
  node: process.version,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  gcExposed: Boolean(gc),
  loadAverageAtStart: os.loadavg(),
};
progress(`marsad ${VERSION} analyze bench, node ${process.version}, ${results.cores} cores (${results.cpu})`);

// ---------------------------------------------------------------------------------------------
// 3. Cold start (run first, while this process is small: spawning forks it)

/**
 * Spawns `node ...args` and resolves, once it has exited with 0, to its wall time and what it
 * wrote on `stream` ('stdout' or 'stderr'; the other is ignored); `what` names it if it fails.
 */
function timedNode(args, { stream = 'stdout', env = process.env, what = `node ${args.join(' ')}` } = {}) {
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', stream === 'stdout' ? 'pipe' : 'ignore', stream === 'stderr' ? 'pipe' : 'ignore'] });
  let text = '';
  child[stream].on('data', (d) => (text += d));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      if (code !== 0) return reject(new Error(`${what} exited with ${code}${stream === 'stderr' ? `: ${text.trim()}` : ''}`));
      resolve({ ms, text });
    });
  });
}
progress(`[3. cold start] ${COLD_WARMUPS} warm-ups, then ${COLD_RUNS} spawns each of marsad --version and node -e 0, alternating`);
const COLD = [
  { id: 'version', label: 'node dist/cli.cjs --version', args: [CLI, '--version'] },
  { id: 'floor', label: 'node -e 0 (floor)', args: ['-e', '0'] },
];
for (let w = 0; w < COLD_WARMUPS; w++) for (const c of COLD) await timedNode(c.args);
const coldTimes = COLD.map(() => []);
for (let r = 0; r < COLD_RUNS; r++) {
  for (let q = 0; q < COLD.length; q++) {
    const i = (q + r) % COLD.length;
    const { ms, text: stdout } = await timedNode(COLD[i].args);
    if (COLD[i].id === 'version' && stdout.trim() !== VERSION) throw new Error(`marsad --version printed ${JSON.stringify(stdout)}, expected ${VERSION}`);
    coldTimes[i].push(ms);
  }
}
results.coldStart = Object.fromEntries(
  COLD.map((c, i) => [c.id, { runs: COLD_RUNS, medianMs: median(coldTimes[i]), p90Ms: percentile(coldTimes[i], 90), minMs: Math.min(...coldTimes[i]) }]),
);
results.coldStart.overFloorMs = results.coldStart.version.medianMs - results.coldStart.floor.medianMs;

// ---------------------------------------------------------------------------------------------
// 1. analyze() on one core

const articles = [];
for (let size = 0, k = 0; size < ANALYZE_BYTES; k++) {
  articles.push(seeds[k % seeds.length]);
  size += bytes(seeds[k % seeds.length]);
}
const articleBytes = articles.reduce((n, a) => n + bytes(a), 0);

let sink = 0;
/** Runs `fn` on the first `n` articles (all by default). */
const over = (fn) => (n = articles.length) => {
  for (let i = 0; i < n; i++) sink += fn(articles[i]);
};
const CANDIDATES = [
  { id: 'analyze', label: 'analyze()', run: over((a) => analyze(a).topics.length) },
  { id: 'normalize', label: 'normalize()', run: over((a) => normalize(a).length) },
  { id: 'normalizeWithOffsets', label: 'normalizeWithOffsets()', run: over((a) => normalizeWithOffsets(a).text.length) },
  { id: 'tokenize', label: 'tokenize()', run: over((a) => tokenize(a).length) },
];
// After a forced gc, V8 hands the freed heap pages back to the OS, and the next run pays to fault
// them in again: on this VM that alone made a timed analyze() round 30-45% slower (thousands of
// minor page faults). So each timed run is: gc (a heap clean of the previous run's garbage), an
// untimed re-warm on the first REWARM_SHARE of the articles (the heap grows back), then the timed
// run on all the articles. The minor page faults of each timed run are recorded as a check.
const REWARM = Math.ceil(articles.length * REWARM_SHARE);
progress(
  `[1. analyze()] on ${articles.length} articles (${(articleBytes / MB).toFixed(1)} MB): ${WARMUP_ROUNDS} warm-up + ${ROUNDS} timed rounds` +
    `${gc ? `, gc + re-warm on ${REWARM} articles before each timed run` : ''}`,
);
for (let r = 0; r < WARMUP_ROUNDS; r++) for (const c of CANDIDATES) c.run();
const s1Machine = machineCpu();
const s1Own = process.cpuUsage();
const s1Start = performance.now();
const times = CANDIDATES.map(() => []);
const faults = CANDIDATES.map(() => []);
for (let r = 0; r < ROUNDS; r++) {
  for (let q = 0; q < CANDIDATES.length; q++) {
    const i = (q + r) % CANDIDATES.length;
    if (gc) {
      collect();
      CANDIDATES[i].run(REWARM);
    }
    const pf0 = process.resourceUsage().minorPageFault;
    const t0 = performance.now();
    CANDIDATES[i].run();
    times[i].push(performance.now() - t0);
    faults[i].push(process.resourceUsage().minorPageFault - pf0);
  }
  progress(`      round ${r + 1}/${ROUNDS}: analyze ${times[0].at(-1).toFixed(0)} ms`);
}
const s1Machine1 = machineCpu();
const s1OwnDelta = process.cpuUsage(s1Own);
const s1Wall = (performance.now() - s1Start) / 1000;
const s1Other = s1Machine && s1Machine1 ? Math.max(0, s1Machine1.busyS - s1Machine.busyS - (s1OwnDelta.user + s1OwnDelta.system) / 1e6) : undefined;
const inProcess = {};
for (const [i, c] of CANDIDATES.entries()) {
  const med = median(times[i]);
  const best = Math.min(...times[i]);
  inProcess[c.id] = {
    medianMs: med,
    bestMs: best,
    MBps: articleBytes / MB / (med / 1000),
    MBpsBest: articleBytes / MB / (best / 1000),
    articlesPerSecond: articles.length / (med / 1000),
    minorPageFaultsMedian: median(faults[i]),
  };
}
for (const c of CANDIDATES) inProcess[c.id].shareOfAnalyze = inProcess[c.id].medianMs / inProcess.analyze.medianMs;
results.analyze = { articles: articles.length, bytes: articleBytes, rounds: ROUNDS, rewarmArticles: gc ? REWARM : 0, timedWallS: s1Wall, otherProcessesCpuS: s1Other ?? null, ...inProcess };
collect();

// ---------------------------------------------------------------------------------------------
// 2. CLI batch mode on ~100 MB of NDJSON

const tmp = mkdtempSync(join(os.tmpdir(), 'marsad-analyze-bench-'));
let cleaned = false;
const cleanup = () => {
  if (cleaned) return;
  cleaned = true;
  rmSync(tmp, { recursive: true, force: true });
};
process.on('exit', cleanup);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    cleanup();
    process.exit(130);
  });
}

const CITIES = ['باماكو', 'نيامي', 'نواكشوط', 'الجزائر', 'واغادوغو', 'انجامينا', 'الرباط'];
const MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
/** Line k: seed k mod 5 with a dateline (city, day, month) and a closing number that vary. */
const ndjsonLine = (k) => {
  const dateline = `${CITIES[k % CITIES.length]}، ${1 + (k % 28)} ${MONTHS[Math.floor(k / 5) % 12]} — `;
  const text = `${dateline}${seeds[k % seeds.length]}\n\n(رقم ${k + 1})`;
  return `${JSON.stringify({ id: `article-${k + 1}`, text })}\n`;
};
const input = join(tmp, 'corpus.ndjson');
const halves = [join(tmp, 'half-1.ndjson'), join(tmp, 'half-2.ndjson')];
let ndjsonLines = 0;
let ndjsonBytes = 0;
{
  const lineBytes = [];
  while (ndjsonBytes < NDJSON_BYTES) {
    const n = bytes(ndjsonLine(ndjsonLines++));
    lineBytes.push(n);
    ndjsonBytes += n;
  }
  // Split where the first half reaches half the bytes.
  let split = 0;
  for (let acc = 0; acc < ndjsonBytes / 2; split++) acc += lineBytes[split];
  const whole = openSync(input, 'w');
  const parts = halves.map((h) => openSync(h, 'w'));
  let chunk = [];
  let chunkHalf = 0;
  const flush = () => {
    const s = chunk.join('');
    writeSync(whole, s);
    writeSync(parts[chunkHalf], s);
    chunk = [];
  };
  for (let k = 0; k < ndjsonLines; k++) {
    const half = k < split ? 0 : 1;
    if (half !== chunkHalf || chunk.length >= 512) flush();
    chunkHalf = half;
    chunk.push(ndjsonLine(k));
  }
  flush();
  [whole, ...parts].forEach(closeSync);
  results.cli = {
    inputBytes: ndjsonBytes,
    inputLines: ndjsonLines,
    halves: halves.map((h, i) => ({ bytes: statSync(h).size, lines: i === 0 ? split : ndjsonLines - split })),
  };
  if (statSync(input).size !== ndjsonBytes) throw new Error('the NDJSON file was not written whole');
}

const preload = join(tmp, 'rusage.cjs');
writeFileSync(
  preload,
  `'use strict';
const { isMainThread } = require('node:worker_threads');
const file = process.env.MARSAD_BENCH_RUSAGE;
if (isMainThread && file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    require('node:fs').writeFileSync(file, JSON.stringify({ maxRSSKiB: u.maxRSS, userUs: u.userCPUTime, systemUs: u.systemCPUTime, minorFaults: u.minorPageFault }));
  });
}
`,
);

let runSeq = 0;
/** Spawns one CLI process; resolves to its wall time, rusage and output file once it has exited. */
async function startCli(args, outFile) {
  const rusageFile = join(tmp, `rusage-${++runSeq}.json`);
  const { ms } = await timedNode(['--require', preload, CLI, 'analyze', '--quiet', ...args, '-o', outFile], {
    stream: 'stderr',
    env: { ...process.env, MARSAD_BENCH_RUSAGE: rusageFile },
    what: `marsad analyze ${args.join(' ')}`,
  });
  const u = JSON.parse(readFileSync(rusageFile, 'utf8'));
  return { ms, rssMB: (u.maxRSSKiB * 1024) / MB, cpuS: (u.userUs + u.systemUs) / 1e6, sysS: u.systemUs / 1e6, faults: u.minorFaults, out: outFile };
}

/** sha1 and line count of a file, then removes it (the outputs are ~4x the input). */
async function digest(file) {
  const hash = createHash('sha1');
  let lines = 0;
  let size = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    hash.update(chunk);
    size += chunk.length;
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
  }
  rmSync(file, { force: true });
  return { sha1: hash.digest('hex'), lines, bytes: size };
}

const one = (r) => ({ ms: r.ms, rssMB: r.rssMB, cpuS: r.cpuS, sysS: r.sysS, faults: r.faults, outs: [r.out] });
const CONFIGS = {
  jobs1: async (tag) => one(await startCli(['--jobs', '1', input], join(tmp, `out-${tag}.ndjson`))),
  jobs2: async (tag) => one(await startCli(['--jobs', '2', input], join(tmp, `out-${tag}.ndjson`))),
  twoProcesses: async (tag) => {
    const t0 = performance.now();
    const rs = await Promise.all(halves.map((h, i) => startCli(['--jobs', '1', h], join(tmp, `out-${tag}-half${i + 1}.ndjson`))));
    return {
      ms: performance.now() - t0,
      halvesMs: rs.map((r) => r.ms),
      rssMB: Math.max(...rs.map((r) => r.rssMB)),
      halvesRssMB: rs.map((r) => r.rssMB),
      cpuS: rs.reduce((n, r) => n + r.cpuS, 0),
      sysS: rs.reduce((n, r) => n + r.sysS, 0),
      faults: rs.reduce((n, r) => n + r.faults, 0),
      outs: rs.map((r) => r.out),
    };
  },
};
const LABELS = { jobs1: '--jobs 1', jobs2: '--jobs 2', twoProcesses: 'two --jobs 1 processes on the halves' };
const ORDER = ['jobs1', 'jobs2', 'twoProcesses'];

progress(
  `[2. CLI batch] on ${(ndjsonBytes / MB).toFixed(1)} MB of NDJSON (${ndjsonLines} articles, in ${tmp}): ` +
    `${REPEATS} repeats of ${ORDER.map((c) => LABELS[c]).join(', ')}, order rotating`,
);
const cliRuns = Object.fromEntries(ORDER.map((c) => [c, []]));
const cliStart = performance.now();
let repeatsDone = 0;
for (let rep = 0; rep < REPEATS; rep++) {
  if (rep >= 2) {
    const perRepeat = (performance.now() - cliStart) / rep;
    if (performance.now() - cliStart + perRepeat > CLI_BUDGET_MS) {
      progress(`      skipping repeat ${rep + 1}: ${((performance.now() - cliStart) / 1000).toFixed(0)} s so far, the bench would overrun`);
      break;
    }
  }
  for (let q = 0; q < ORDER.length; q++) {
    const config = ORDER[(q + rep) % ORDER.length];
    const m0 = machineCpu();
    const r = await CONFIGS[config](`${config}-${rep + 1}`);
    const m1 = machineCpu();
    // CPU the rest of the machine used during the run (this process only waits meanwhile).
    if (m0 && m1) {
      r.otherCpuS = Math.max(0, m1.busyS - m0.busyS - r.cpuS);
      r.stealS = m1.stealS - m0.stealS;
    }
    const digests = [];
    for (const f of r.outs) digests.push(await digest(f));
    delete r.outs;
    r.output = digests.length === 1 ? digests[0] : { lines: digests.reduce((n, d) => n + d.lines, 0), bytes: digests.reduce((n, d) => n + d.bytes, 0) };
    r.repeat = rep + 1;
    r.position = q + 1;
    cliRuns[config].push(r);
    const extra = config === 'twoProcesses' ? ` (halves ${r.halvesMs.map((x) => (x / 1000).toFixed(1)).join(' s, ')} s)` : '';
    progress(
      `      repeat ${rep + 1}/${REPEATS}, ${LABELS[config].padEnd(36)} ${(r.ms / 1000).toFixed(1).padStart(6)} s${extra}, peak RSS ${r.rssMB.toFixed(0)} MB, CPU ${r.cpuS.toFixed(1)} s (sys ${r.sysS.toFixed(1)}), ${(r.faults / 1000).toFixed(0)}k page faults` +
        (r.otherCpuS === undefined ? '' : `; other processes ${r.otherCpuS.toFixed(1)} CPU s, steal ${r.stealS.toFixed(1)} s`),
    );
  }
  repeatsDone++;
}
cleanup();

const hashes = new Set([...cliRuns.jobs1, ...cliRuns.jobs2].map((r) => r.output.sha1));
const cli = results.cli;
for (const c of ORDER) {
  const runs = cliRuns[c];
  cli[c] = {
    runs: runs.map(({ output, ...r }) => ({ ...r, outputLines: output.lines, outputBytes: output.bytes, ...(output.sha1 ? { sha1: output.sha1 } : {}) })),
    medianMs: median(runs.map((r) => r.ms)),
    peakRssMB: Math.max(...runs.map((r) => r.rssMB)),
    medianCpuS: median(runs.map((r) => r.cpuS)),
    medianSysS: median(runs.map((r) => r.sysS)),
    medianFaults: median(runs.map((r) => r.faults)),
  };
  cli[c].MBps = ndjsonBytes / MB / (cli[c].medianMs / 1000);
}
cli.repeats = repeatsDone;
const allRuns = ORDER.flatMap((c) => cliRuns[c]);
cli.wallS = allRuns.reduce((n, r) => n + r.ms, 0) / 1000;
cli.otherProcessesCpuS = allRuns.every((r) => r.otherCpuS !== undefined) ? allRuns.reduce((n, r) => n + r.otherCpuS, 0) : null;
cli.stealS = allRuns.every((r) => r.stealS !== undefined) ? allRuns.reduce((n, r) => n + r.stealS, 0) : null;
cli.speedupJobs2 = cli.jobs1.medianMs / cli.jobs2.medianMs;
cli.speedupTwoProcesses = cli.jobs1.medianMs / cli.twoProcesses.medianMs;
cli.shareOfCeiling = cli.speedupJobs2 / cli.speedupTwoProcesses;
cli.shareOfExtraCapacity = (cli.speedupJobs2 - 1) / (cli.speedupTwoProcesses - 1);
cli.pairedSpeedups = cliRuns.jobs1.map((r, i) => ({ jobs2: r.ms / cliRuns.jobs2[i].ms, twoProcesses: r.ms / cliRuns.twoProcesses[i].ms }));
cli.outputsIdentical = hashes.size === 1;
cli.outputSha1 = [...hashes];
cli.outputLinesMatchInput = [...cliRuns.jobs1, ...cliRuns.jobs2, ...cliRuns.twoProcesses].every((r) => r.output.lines === ndjsonLines);
cli.outputBytes = cliRuns.jobs1[0].output.bytes;

results.loadAverageAtEnd = os.loadavg();
results.wallS = (performance.now() - benchStart) / 1000;

// ---------------------------------------------------------------------------------------------
// Targets and report

const a = results.analyze.analyze;
const maxRss = Math.max(cli.jobs1.peakRssMB, cli.jobs2.peakRssMB);
const checks = [
  { what: 'analyze() on one core (README target)', value: `${a.MBps.toFixed(1)} MB/s`, target: `>= ${TARGETS.analyzeMBps} MB/s`, met: a.MBps >= TARGETS.analyzeMBps },
  { what: 'CLI speedup, --jobs 2 over --jobs 1', value: `${cli.speedupJobs2.toFixed(2)}x`, target: `>= ${TARGETS.speedup}x`, met: cli.speedupJobs2 >= TARGETS.speedup },
  { what: 'peak RSS, --jobs 1', value: `${cli.jobs1.peakRssMB.toFixed(0)} MB`, target: `< ${TARGETS.rssMB} MB`, met: cli.jobs1.peakRssMB < TARGETS.rssMB },
  { what: 'peak RSS, --jobs 2', value: `${cli.jobs2.peakRssMB.toFixed(0)} MB`, target: `< ${TARGETS.rssMB} MB`, met: cli.jobs2.peakRssMB < TARGETS.rssMB },
  { what: 'cold start, marsad --version (median)', value: `${results.coldStart.version.medianMs.toFixed(0)} ms`, target: `< ${TARGETS.coldMs} ms`, met: results.coldStart.version.medianMs < TARGETS.coldMs },
  { what: '--jobs 1 and --jobs 2 outputs byte-identical', value: cli.outputsIdentical ? 'yes' : 'NO', target: 'identical', met: cli.outputsIdentical },
];
results.targets = checks.map((c) => ({ what: c.what, value: c.value, target: c.target, met: c.met }));
results.peakRssMB = maxRss;

if (JSON_ONLY) {
  console.log(JSON.stringify(results, null, 2));
  if (sink === -1) console.log(sink);
  process.exit(0);
}

const f1 = (x) => x.toFixed(1);
const f2 = (x) => x.toFixed(2);
const s1 = (ms) => `${(ms / 1000).toFixed(1)} s`;
const pct = (x) => `${(100 * x).toFixed(0)}%`;
const out = [];
out.push('');
out.push(`marsad ${VERSION} analyze benchmark — Node ${process.version}, ${os.platform()}-${os.arch()}, ${results.cores} cores, gc ${gc ? 'exposed' : 'NOT exposed'}`);
out.push(
  `  load average ${results.loadAverageAtStart.map(f2).join(' ')} at start, ${results.loadAverageAtEnd.map(f2).join(' ')} at end; ` +
    `bench wall time ${results.wallS.toFixed(0)} s (timings on this VM vary up to 2x between moments: compare figures of one run)`,
);
if (results.analyze.otherProcessesCpuS !== null && cli.otherProcessesCpuS !== null) {
  const busy = (cpuS, wallS) => cpuS / wallS; // cores' worth
  const quiet = busy(results.analyze.otherProcessesCpuS, results.analyze.timedWallS) < 0.1 && busy(cli.otherProcessesCpuS, cli.wallS) < 0.1;
  out.push(
    `  other processes on the machine (from /proc/stat, minus this bench and its CLI runs): ${f1(results.analyze.otherProcessesCpuS)} CPU s during section 1's ${results.analyze.timedWallS.toFixed(0)} s, ` +
      `${f1(cli.otherProcessesCpuS)} CPU s during the CLI runs' ${cli.wallS.toFixed(0)} s (hypervisor steal ${f1(cli.stealS)} s)` +
      (quiet ? ': quiet enough' : ': NOT QUIET, the figures below are disturbed'),
  );
}
out.push('');
out.push(`1. analyze() on one core: ${articles.length} articles (the 5 seeds repeated), ${f2(articleBytes / MB)} MB UTF-8, article by article;`);
out.push(
  `   ${WARMUP_ROUNDS} warm-up rounds, then ${ROUNDS} interleaved rounds; ` +
    `${gc ? `before each timed run gc, then an untimed re-warm on ${REWARM} articles (gc alone returns the heap's pages to the OS)` : 'no gc (not exposed)'}; median [best]`,
);
out.push('');
out.push(`   ${'function'.padEnd(24)} | ${'MB/s'.padStart(13)} | ${'articles/s'.padStart(10)} | ${'ms (med)'.padStart(8)} | ${'share of analyze()'.padStart(18)} | page faults/run`);
out.push(`   ${'-'.repeat(24)}-+-${'-'.repeat(13)}-+-${'-'.repeat(10)}-+-${'-'.repeat(8)}-+-${'-'.repeat(18)}-+----------------`);
for (const c of CANDIDATES) {
  const r = inProcess[c.id];
  out.push(
    `   ${c.label.padEnd(24)} | ${`${f1(r.MBps)} [${f1(r.MBpsBest)}]`.padStart(13)} | ${r.articlesPerSecond.toFixed(0).padStart(10)} | ${r.medianMs.toFixed(0).padStart(8)} | ` +
      `${(c.id === 'analyze' ? '-' : pct(r.shareOfAnalyze)).padStart(18)} | ${Math.round(r.minorPageFaultsMedian)}`,
  );
}
out.push('   (tokenize() runs normalizeWithOffsets() itself, so its share includes that one: the shares nest, they do not add up.');
out.push('   No peer in node_modules does topics + stance + events, so there is no comparison.)');
out.push('');
out.push(
  `2. CLI batch: node dist/cli.cjs analyze --quiet -o out, on ${f1(ndjsonBytes / MB)} MB of NDJSON (${ndjsonLines} articles; output ${f1(cli.outputBytes / MB)} MB ndjson);`,
);
out.push(
  `   ${cli.repeats} repeats, order rotating; median wall time; peak RSS = max over the repeats (whole process, all threads); ` +
    'CPU (user + sys) and minor page faults: median, summed over the two processes for the halves',
);
out.push('');
out.push(`   ${'configuration'.padEnd(37)} | ${'wall (med)'.padStart(10)} | ${'MB/s'.padStart(5)} | ${'runs'.padStart(22)} | ${'peak RSS'.padStart(8)} | ${'CPU s (sys)'.padStart(11)} | page faults`);
out.push(`   ${'-'.repeat(37)}-+-${'-'.repeat(10)}-+-${'-'.repeat(5)}-+-${'-'.repeat(22)}-+-${'-'.repeat(8)}-+-${'-'.repeat(11)}-+------------`);
for (const c of ORDER) {
  const r = cli[c];
  const runs = r.runs.map((x) => (x.ms / 1000).toFixed(1)).join(' ');
  out.push(
    `   ${LABELS[c].padEnd(37)} | ${s1(r.medianMs).padStart(10)} | ${f1(r.MBps).padStart(5)} | ${`${runs} s`.padStart(22)} | ${`${r.peakRssMB.toFixed(0)} MB`.padStart(8)} | ${`${f1(r.medianCpuS)} (${f1(r.medianSysS)})`.padStart(11)} | ${(r.medianFaults / 1000).toFixed(0)}k`,
  );
}
out.push('');
out.push(`   speedup --jobs 2 over --jobs 1:                   ${f2(cli.speedupJobs2)}x   (per repeat: ${cli.pairedSpeedups.map((p) => f2(p.jobs2)).join(', ')})`);
out.push(`   ceiling: two --jobs 1 processes over one:         ${f2(cli.speedupTwoProcesses)}x   (per repeat: ${cli.pairedSpeedups.map((p) => f2(p.twoProcesses)).join(', ')})`);
out.push(
  `   worker pool / ceiling:                            ${pct(cli.shareOfCeiling)}    (of the extra capacity (speedup - 1): ${pct(cli.shareOfExtraCapacity)})`,
);
out.push(
  `   outputs of the ${cli.jobs1.runs.length + cli.jobs2.runs.length} --jobs 1 and --jobs 2 runs: ${cli.outputsIdentical ? 'byte-identical' : 'DIFFERENT'} (sha1 ${cli.outputSha1.map((h) => h.slice(0, 12)).join(', ')}); ` +
    `one line per article in every run: ${cli.outputLinesMatchInput ? 'yes' : 'NO'}`,
);
out.push('');
out.push(`3. cold start: ${COLD_RUNS} spawns each after ${COLD_WARMUPS} warm-ups, alternating; wall time of the spawn`);
out.push('');
out.push(`   ${'command'.padEnd(28)} | ${'median'.padStart(8)} | ${'p90'.padStart(8)} | ${'min'.padStart(8)}`);
out.push(`   ${'-'.repeat(28)}-+-${'-'.repeat(8)}-+-${'-'.repeat(8)}-+-${'-'.repeat(8)}`);
for (const c of COLD) {
  const r = results.coldStart[c.id];
  out.push(`   ${c.label.padEnd(28)} | ${`${f1(r.medianMs)} ms`.padStart(8)} | ${`${f1(r.p90Ms)} ms`.padStart(8)} | ${`${f1(r.minMs)} ms`.padStart(8)}`);
}
out.push(`   marsad over the floor: ${f1(results.coldStart.overFloorMs)} ms (median)`);
out.push('');
out.push('summary (information only: a miss does not fail the bench)');
out.push('');
const W = 45;
out.push(`   ${'figure'.padEnd(W)} | ${'value'.padStart(10)} | ${'target'.padStart(11)} | met`);
out.push(`   ${'-'.repeat(W)}-+-${'-'.repeat(10)}-+-${'-'.repeat(11)}-+-----`);
for (const c of checks) out.push(`   ${c.what.padEnd(W)} | ${c.value.padStart(10)} | ${c.target.padStart(11)} | ${c.met ? 'pass' : 'MISS'}`);
out.push(`   ${'(context) two-process ceiling on this VM'.padEnd(W)} | ${`${f2(cli.speedupTwoProcesses)}x`.padStart(10)} | ${'-'.padStart(11)} | -`);
out.push(`   ${'(context) worker pool / ceiling'.padEnd(W)} | ${pct(cli.shareOfCeiling).padStart(10)} | ${'-'.padStart(11)} | -`);
console.log(out.join('\n'));
if (sink === -1) console.log(sink);

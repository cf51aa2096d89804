// Throughput benchmark of marsad's normaliser against two npm peers and the NFC floor.
//
//   npm run bench                               (builds dist/, then runs this file)
//   npm run build && node bench/normalize.bench.mjs --json   (machine-readable: JSON only on stdout)
//
// Not part of the test suite. Two in-memory corpora, each >= 1 MB of UTF-8 (MB = 10^6 bytes):
//   plain: the five seed articles repeated;
//   rich:  the same seeds with harakat and shadda (typed shadda-then-vowel, as real text is),
//          tatweel, Arabic presentation forms (U+FE70-FEFF, lam-alef ligatures included, each
//          form checked with NFKC) and Persian yeh/keheh, from a fixed-seed PRNG (deterministic).
// Each function is warmed up, then all of them are timed on the whole corpus in interleaved rounds
// (gc before each run when it can be exposed); MB/s = the corpus's input UTF-8 bytes / run time,
// for the median run and the best run. Targets are judged on the median. About 20 s in all.

import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import os from 'node:os';
import { createHash } from 'node:crypto';

import { normalize, normalizeWithOffsets, VERSION } from '../dist/index.js';
import { normalize as atnNormalize } from 'arabic-text-normalizer';
import { gc } from './gc.mjs';

const require = createRequire(import.meta.url);
const { NormalizerAr } = require('@nlpjs/lang-ar');

const JSON_ONLY = process.argv.includes('--json');
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const MB = 1e6;
const TARGET_BYTES = 1_000_000;

// ---------------------------------------------------------------------------------------------
// gc before each timed run, so it starts with a clean heap (no GC debt from the previous function).
const collect = () => {
  if (gc) gc();
};

const utf8Bytes = (s) => Buffer.byteLength(s, 'utf8');

// ---------------------------------------------------------------------------------------------
// Corpora

const seedDir = join(ROOT, 'seeds');
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(seedDir, f), 'utf8'));
if (seeds.length !== 5) throw new Error(`expected 5 seed articles in seeds/, found ${seeds.length}`);

/** Concatenates articles (separated by a blank line) until the corpus has >= TARGET_BYTES. */
function buildCorpus(nextArticle) {
  const parts = [];
  let bytes = 0;
  for (let k = 0; bytes < TARGET_BYTES; k++) {
    const article = nextArticle(k);
    parts.push(article);
    bytes += utf8Bytes(article) + (k > 0 ? 2 : 0);
  }
  return { text: parts.join('\n\n'), articles: parts.length };
}

/** The plain seeds repeated to `articles` articles (the same text the rich corpus was made from). */
const plainArticles = (articles) => Array.from({ length: articles }, (_, k) => seeds[k % seeds.length]).join('\n\n');

/** mulberry32: a small, fixed-seed PRNG, so the rich corpus is identical on every run. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Presentation forms, found by folding every code point of U+FE70-FEFF with NFKC: a letter maps
// to its forms in block order (isolated, final[, initial, medial]); lam + alef variant maps to
// its ligature (isolated, final). Forms whose NFKC is a space + mark (U+FE70-FE7F) are skipped.
const LETTER = /^[\u0621-\u064A]$/;
const presForms = new Map(); // letter -> [iso, final, initial?, medial?]
const lamAlefForms = new Map(); // 'لا' | 'لأ' | 'لإ' | 'لآ' -> [iso, final]
for (let cp = 0xfe70; cp <= 0xfeff; cp++) {
  const form = String.fromCharCode(cp);
  const folded = form.normalize('NFKC');
  if (folded === form) continue;
  if (LETTER.test(folded)) {
    if (!presForms.has(folded)) presForms.set(folded, []);
    presForms.get(folded).push(form);
  } else if (folded.length === 2 && folded[0] === '\u0644' && '\u0627\u0623\u0625\u0622'.includes(folded[1])) {
    if (!lamAlefForms.has(folded)) lamAlefForms.set(folded, []);
    lamAlefForms.get(folded).push(form);
  }
}
/** Dual-joining letters (4 forms in the block) join the next letter; the rest do not. */
const joinsNext = (letter) => (presForms.get(letter)?.length ?? 0) === 4;

const FATHA = '\u064E';
const DAMMA = '\u064F';
const KASRA = '\u0650';
const SHADDA = '\u0651';
const SUKUN = '\u0652';
const FATHATAN = '\u064B';
const TATWEEL = '\u0640';
const YEH = '\u064A';
const KAF = '\u0643';
const FARSI_YEH = '\u06CC';
const KEHEH = '\u06A9';

/** Every presentation form / ligature the rich corpus used, with what it replaced (checked with NFKC). */
const usedForms = new Map();
const stats = { letters: 0, harakat: 0, shadda: 0, tatweel: 0, presForms: 0, lamAlef: 0, farsiYeh: 0, keheh: 0 };

/** Rewrites one Arabic word (a run of U+0621-064A) the way vocalised, PDF-extracted or Persian-keyboard text looks. */
function enrichWord(word, rnd) {
  const inPresForms = rnd() < 0.12; // the whole word as copied from a PDF
  const ligatures = inPresForms || rnd() < 0.3;
  const persian = rnd() < 0.25; // typed on a Persian keyboard
  const vocalised = rnd() < 0.75;
  let out = '';
  let prevJoins = false;
  for (let i = 0; i < word.length; i++) {
    let ch = word[i];
    const next = word[i + 1];
    const last = i === word.length - 1;
    stats.letters++;
    let unit;
    if (ch === '\u0644' && next !== undefined && lamAlefForms.has(ch + next) && ligatures) {
      const forms = lamAlefForms.get(ch + next);
      unit = forms[prevJoins ? 1 : 0];
      usedForms.set(unit, ch + next);
      stats.lamAlef++;
      i++;
      ch = next; // the marks that follow belong to the alef
      prevJoins = false; // lam-alef does not join the next letter
    } else if (inPresForms && presForms.has(ch)) {
      const forms = presForms.get(ch);
      const hasNext = next !== undefined;
      let idx = 0;
      if (forms.length === 4) idx = prevJoins ? (hasNext ? 3 : 1) : hasNext ? 2 : 0;
      else if (forms.length === 2) idx = prevJoins ? 1 : 0;
      unit = forms[idx];
      usedForms.set(unit, ch);
      stats.presForms++;
      prevJoins = joinsNext(ch);
    } else {
      unit = ch;
      if (persian && ch === YEH) {
        unit = FARSI_YEH;
        stats.farsiYeh++;
      } else if (persian && ch === KAF) {
        unit = KEHEH;
        stats.keheh++;
      }
      prevJoins = joinsNext(ch);
    }
    out += unit;
    // Marks after the letter: shadda first, then the vowel, as keyboards produce them (NFC would
    // reorder them to vowel-then-shadda, since fatha/damma/kasra have lower combining classes).
    if (vocalised && ch !== '\u0627' && ch !== '\u0649' && ch !== '\u0621') {
      if (!last && rnd() < 0.08) {
        out += SHADDA;
        stats.shadda++;
        out += [FATHA, DAMMA, KASRA][Math.floor(rnd() * 3)];
        stats.harakat++;
      } else if (last && rnd() < 0.1) {
        out += FATHATAN;
        stats.harakat++;
      } else if (rnd() < 0.7) {
        const r = rnd();
        out += r < 0.4 ? FATHA : r < 0.6 ? DAMMA : r < 0.8 ? KASRA : SUKUN;
        stats.harakat++;
      }
    }
    if (!last && joinsNext(ch) && rnd() < 0.04) {
      const n = 1 + Math.floor(rnd() * 4);
      out += TATWEEL.repeat(n);
      stats.tatweel += n;
    }
  }
  return out;
}

const plainCorpus = buildCorpus((k) => seeds[k % seeds.length]).text;
const rnd = mulberry32(0x6d61727361); // 'marsa'
const rich = buildCorpus((k) => seeds[k % seeds.length].replace(/[\u0621-\u064A]+/g, (w) => enrichWord(w, rnd)));
const richCorpus = rich.text;
/** The seeds, unenriched, in the same number of articles as the rich corpus. */
const richSource = plainArticles(rich.articles);

// Check the rich corpus: every form folds back under NFKC, and the corpus carries the same text
// as its source once marks, tatweel, compatibility forms and Persian letters are folded.
for (const [form, original] of usedForms) {
  if (form.normalize('NFKC') !== original) {
    throw new Error(`presentation form U+${form.charCodeAt(0).toString(16)} does not fold to ${original} under NFKC`);
  }
}
{
  const fold = (s) =>
    s
      .normalize('NFKC')
      .replace(/[\u064B-\u0652\u0640]/g, '')
      .replace(/\u06CC/g, YEH)
      .replace(/\u06A9/g, KAF);
  if (fold(richCorpus) !== fold(richSource)) throw new Error('rich corpus does not fold back to the seed text');
}

const corpora = [
  { name: 'plain', text: plainCorpus, bytes: utf8Bytes(plainCorpus) },
  { name: 'rich', text: richCorpus, bytes: utf8Bytes(richCorpus) },
];
for (const c of corpora) {
  if (c.bytes < TARGET_BYTES) throw new Error(`${c.name} corpus is only ${c.bytes} bytes`);
  c.isNFC = c.text === c.text.normalize('NFC');
}

// ---------------------------------------------------------------------------------------------
// Functions under test

const nlpjs = new NormalizerAr();
const FUNCTIONS = [
  { id: 'marsad', label: 'marsad normalize (default)', run: (s) => normalize(s) },
  { id: 'marsadOffsets', label: 'marsad normalizeWithOffsets', run: (s) => normalizeWithOffsets(s) },
  { id: 'nlpjs', label: 'NLP.js NormalizerAr', run: (s) => nlpjs.normalize(s) },
  { id: 'atn', label: 'arabic-text-normalizer', run: (s) => atnNormalize(s) },
  { id: 'nfc', label: "String#normalize('NFC')", run: (s) => s.normalize('NFC') },
];

const PEER_NOTES = {
  marsad:
    'NFC, presentation forms -> letters, alef/maksura/Farsi folding, deletes harakat, dagger alef, Quranic marks, tatweel, invisibles; digits -> ASCII (single table-driven pass)',
  marsadOffsets: 'same text as marsad default plus the span map back to the input (timed as the call; anything the result builds lazily on first use of .starts/.ends is not in the time)',
  nlpjs:
    "@nlpjs/lang-ar 4.26: text.normalize('NFD').replace(/[\\u0300-\\u036f]/g,'').toLowerCase() - strips LATIN combining marks only; Arabic harakat, tatweel, presentation forms, alef variants and Persian letters all stay (NFD even splits أ into ا + U+0654)",
  atn:
    'arabic-text-normalizer 1.4 (Quran-oriented): ~14 chained regex replaces: deletes U+064B-065F, U+06D6-06ED, tatweel, آ ٱ -> ا, U+0670 -> ا, ی ے -> ي, ک -> ك; also DELETES Arabic-Indic digits and punctuation (. , ; : ! ? … ، ؛ ؟) and collapses whitespace; no NFC, no presentation forms, أ إ ى kept',
  nfc: 'the floor: ICU NFC only (fast quick-check path when the text is already NFC)',
};

// ---------------------------------------------------------------------------------------------
// Timing

const WARMUP_RUNS = 10; // per function, enough for the optimising compiler to settle on 1 MB inputs
const MIN_ROUNDS = 15;
const MAX_ROUNDS = 150;
const BUDGET_MS = 6000; // per corpus, timed runs only (whole bench ~20 s)

let sink = 0;
const sizeOf = (r) => (typeof r === 'string' ? r.length : r.text.length);
const median = (sorted) =>
  sorted.length % 2 ? sorted[sorted.length >> 1] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;

/**
 * Times every function on one corpus in interleaved rounds (each round runs every function once,
 * in a rotating order, gc before each run), so that noise from other processes on the machine
 * and from the heap's state spreads evenly over the functions instead of hitting one of them.
 */
function timeCorpus(text) {
  for (const fn of FUNCTIONS) for (let k = 0; k < WARMUP_RUNS; k++) sink += sizeOf(fn.run(text));
  const times = FUNCTIONS.map(() => []);
  let spent = 0;
  for (let round = 0; round < MIN_ROUNDS || (round < MAX_ROUNDS && spent < BUDGET_MS); round++) {
    for (let q = 0; q < FUNCTIONS.length; q++) {
      const f = (q + round) % FUNCTIONS.length;
      collect();
      const t0 = performance.now();
      const r = FUNCTIONS[f].run(text);
      const t1 = performance.now();
      sink += sizeOf(r);
      times[f].push(t1 - t0);
      spent += t1 - t0;
    }
  }
  return times.map((t) => {
    t.sort((x, y) => x - y);
    return { runs: t.length, bestMs: t[0], medianMs: median(t) };
  });
}

/** Heap and ArrayBuffer growth while one result is alive (needs gc to mean anything). */
function memoryOf(fn, text) {
  collect();
  collect();
  const before = process.memoryUsage();
  const result = fn.run(text);
  collect();
  collect();
  const after = process.memoryUsage();
  const out = {
    heapDeltaBytes: after.heapUsed - before.heapUsed,
    arrayBufferDeltaBytes: after.arrayBuffers - before.arrayBuffers,
  };
  sink += sizeOf(result);
  return out;
}

const wallStart = performance.now();
const results = {};
for (const corpus of corpora) {
  results[corpus.name] = {};
  const timings = timeCorpus(corpus.text);
  for (const [f, fn] of FUNCTIONS.entries()) {
    const t = timings[f];
    results[corpus.name][fn.id] = {
      ...t,
      mbPerSecMedian: corpus.bytes / MB / (t.medianMs / 1000),
      mbPerSecBest: corpus.bytes / MB / (t.bestMs / 1000),
    };
  }
  for (const fn of FUNCTIONS) Object.assign(results[corpus.name][fn.id], gc ? memoryOf(fn, corpus.text) : {});
}

// Outputs, sanity checks and the offsets result's size.
const details = {};
for (const corpus of corpora) {
  const outs = {};
  for (const fn of FUNCTIONS) {
    const r = fn.run(corpus.text);
    outs[fn.id] = typeof r === 'string' ? r : r.text;
    if (outs[fn.id].length === 0) throw new Error(`${fn.label} produced empty output on the ${corpus.name} corpus`);
  }
  const off = normalizeWithOffsets(corpus.text);
  const outChars = off.text.length;
  details[corpus.name] = {
    inputChars: corpus.text.length,
    inputBytes: corpus.bytes,
    inputIsNFC: corpus.isNFC,
    outputChars: Object.fromEntries(FUNCTIONS.map((f) => [f.id, outs[f.id].length])),
    offsetsSameTextAsNormalize: off.text === outs.marsad,
    offsetMapBytes: 8 * outChars,
    // What the offsets result keeps beyond the plain string (measured; the map may be compact or lazy).
    offsetMapRetainedBytes: gc
      ? results[corpus.name].marsadOffsets.heapDeltaBytes +
        results[corpus.name].marsadOffsets.arrayBufferDeltaBytes -
        results[corpus.name].marsad.heapDeltaBytes -
        results[corpus.name].marsad.arrayBufferDeltaBytes
      : null,
    // The whole span map must still cover the input.
    offsetsCoverInput: (() => {
      const span = off.toOriginal(0, off.text.length);
      return span.start === 0 && span.end === corpus.text.length;
    })(),
    samples: Object.fromEntries(FUNCTIONS.map((f) => [f.id, outs[f.id].slice(0, 80)])),
    input: corpus.text.slice(0, 80),
  };
}
// A short excerpt of the rich corpus that has every kind of enrichment, run through each function
// on its own, so readers see what each one does with presentation forms, tatweel and Persian letters.
{
  const kinds = [/[\uFE80-\uFEF4]/, /[\uFEF5-\uFEFC]/, /\u0640/, /[\u06CC\u06A9]/, /\u0651[\u064E-\u0650]/];
  let at = 0;
  for (let p = 0; p < richCorpus.length - 80; p = richCorpus.indexOf(' ', p + 1)) {
    if (p < 0) break;
    const w = richCorpus.slice(p + 1, p + 81);
    if (kinds.every((re) => re.test(w))) {
      at = p + 1;
      break;
    }
  }
  const excerpt = richCorpus.slice(at, at + 80);
  details.rich.excerpt = { at, input: excerpt };
  for (const fn of FUNCTIONS) {
    const r = fn.run(excerpt);
    details.rich.excerpt[fn.id] = typeof r === 'string' ? r : r.text;
  }
}
// marsad's default should fold the enriched corpus to exactly what it makes of the plain source.
details.rich.marsadFoldsRichToPlain = normalize(richCorpus) === normalize(richSource);
const wallMs = performance.now() - wallStart;

// Ratios and targets (median MB/s).
const TARGETS = [
  { id: 'defaultVsNlpjs', label: 'marsad default / NLP.js', num: 'marsad', den: 'nlpjs', target: 1.5 },
  { id: 'defaultVsAtn', label: 'marsad default / arabic-text-normalizer', num: 'marsad', den: 'atn', target: 4 },
  { id: 'defaultVsNfc', label: 'marsad default / NFC floor', num: 'marsad', den: 'nfc', target: undefined },
  { id: 'offsetsVsNlpjs', label: 'marsad with offsets / NLP.js', num: 'marsadOffsets', den: 'nlpjs', target: 1.0 },
];
const ratios = {};
for (const corpus of corpora) {
  ratios[corpus.name] = {};
  for (const t of TARGETS) {
    const r = results[corpus.name];
    const ratio = r[t.num].mbPerSecMedian / r[t.den].mbPerSecMedian;
    const ratioBest = r[t.num].mbPerSecBest / r[t.den].mbPerSecBest;
    ratios[corpus.name][t.id] = {
      ratio,
      ratioBest,
      target: t.target ?? null,
      met: t.target === undefined ? null : ratio >= t.target,
      metOnBest: t.target === undefined ? null : ratioBest >= t.target,
    };
  }
}

const rusage = process.resourceUsage();
const env = {
  node: process.version,
  marsad: VERSION,
  platform: `${process.platform}-${process.arch}`,
  gcExposed: Boolean(gc),
  warmupRuns: WARMUP_RUNS,
  minRounds: MIN_ROUNDS,
  maxRounds: MAX_ROUNDS,
  budgetMsPerCorpus: BUDGET_MS,
  distIndexSha256: createHash('sha256').update(readFileSync(join(ROOT, 'dist', 'index.js'))).digest('hex').slice(0, 12),
  loadAverage: os.loadavg(),
  peakRssBytes: rusage.maxRSS * 1024,
  wallMs,
};

if (JSON_ONLY) {
  const corpusInfo = Object.fromEntries(
    corpora.map((c) => [c.name, { bytes: c.bytes, mb: c.bytes / MB, chars: c.text.length, isNFC: c.isNFC }]),
  );
  console.log(
    JSON.stringify(
      { env, corpora: corpusInfo, richStats: stats, presentationFormsVerified: usedForms.size, results, ratios, details, peers: PEER_NOTES },
      null,
      2,
    ),
  );
  if (sink === -1) console.log(sink);
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// Report

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const f1 = (x) => x.toFixed(1);
const f2 = (x) => x.toFixed(2);
const kib = (b) => `${(b / 1024).toFixed(0)} KiB`;
const mib = (b) => `${(b / 1048576).toFixed(1)} MiB`;

const out = [];
out.push(`marsad ${VERSION} normalize benchmark — Node ${process.version}, ${env.platform}, gc ${gc ? 'exposed (gc before each run)' : 'NOT exposed'}`);
for (const c of corpora) {
  out.push(
    `  corpus ${pad(c.name, 5)}: ${f2(c.bytes / MB)} MB UTF-8, ${c.text.length.toLocaleString('en')} UTF-16 units, NFC already: ${c.isNFC ? 'yes' : 'no'}`,
  );
}
out.push(
  `  rich corpus: ${stats.harakat} harakat + ${stats.shadda} shadda (shadda-then-vowel), ${stats.tatweel} tatweel, ` +
    `${stats.presForms} presentation-form letters + ${stats.lamAlef} lam-alef ligatures (${usedForms.size} distinct forms, all fold back under NFKC), ` +
    `${stats.farsiYeh} ی + ${stats.keheh} ک (PRNG mulberry32, fixed seed)`,
);
out.push(
  `  timing: ${WARMUP_RUNS} warm-up runs each, then ${MIN_ROUNDS}-${MAX_ROUNDS} interleaved rounds (${BUDGET_MS / 1000} s budget per corpus) on the whole corpus; ` +
    `MB/s = input MB / median run [best run]`,
);
out.push(`  dist/index.js sha256 ${env.distIndexSha256}; load average ${env.loadAverage.map((x) => x.toFixed(2)).join(' ')} (other processes on the machine make medians noisy)`);
out.push('');

const W = 30;
out.push(`${pad('function', W)} | ${lpad('plain MB/s', 18)} | ${lpad('rich MB/s', 18)} | ${lpad('plain ms (med)', 14)} | ${lpad('rich ms (med)', 13)}`);
out.push(`${'-'.repeat(W)}-+-${'-'.repeat(18)}-+-${'-'.repeat(18)}-+-${'-'.repeat(14)}-+-${'-'.repeat(13)}`);
for (const fn of FUNCTIONS) {
  const p = results.plain[fn.id];
  const r = results.rich[fn.id];
  const cell = (x) => `${f1(x.mbPerSecMedian)} [${f1(x.mbPerSecBest)}]`;
  out.push(`${pad(fn.label, W)} | ${lpad(cell(p), 18)} | ${lpad(cell(r), 18)} | ${lpad(f2(p.medianMs), 14)} | ${lpad(f2(r.medianMs), 13)}`);
}
out.push('');
const RW = 40;
out.push(`${pad('ratio: median [best]', RW)} | ${lpad('plain', 15)} | ${lpad('rich', 15)} | target  | met on median (plain / rich)`);
out.push(`${'-'.repeat(RW)}-+-${'-'.repeat(15)}-+-${'-'.repeat(15)}-+---------+-----------------------------`);
for (const t of TARGETS) {
  const p = ratios.plain[t.id];
  const r = ratios.rich[t.id];
  const cell = (x) => `${f2(x.ratio)}x [${f2(x.ratioBest)}x]`;
  const yes = (x) => (x.met ? 'yes' : 'NO') + (x.met === x.metOnBest ? '' : ` (best: ${x.metOnBest ? 'yes' : 'no'})`);
  out.push(
    `${pad(t.label, RW)} | ${lpad(cell(p), 15)} | ${lpad(cell(r), 15)} | ${pad(t.target === undefined ? '-' : `>= ${t.target}x`, 7)} | ${t.target === undefined ? '-' : `${yes(p)} / ${yes(r)}`}`,
  );
}
out.push('');
out.push('memory (one result kept alive; heap = V8 heap used delta, buffers = ArrayBuffer delta):');
for (const c of corpora) {
  const d = details[c.name];
  const cells = FUNCTIONS.map((fn) => {
    const m = results[c.name][fn.id];
    return m.heapDeltaBytes === undefined ? `${fn.id}: n/a` : `${fn.id} ${kib(m.heapDeltaBytes)}+${kib(m.arrayBufferDeltaBytes)}`;
  });
  out.push(`  ${pad(c.name, 5)}: ${cells.join(', ')}`);
  out.push(
    `         offsets result: ${d.outputChars.marsadOffsets.toLocaleString('en')} output chars x 8 B (start+end Uint32 per char) = ${mib(d.offsetMapBytes)} as dense arrays; ` +
      `measured beyond normalize()'s result: ${d.offsetMapRetainedBytes === null ? 'n/a' : mib(d.offsetMapRetainedBytes)}; ` +
      `text === normalize(): ${d.offsetsSameTextAsNormalize ? 'yes' : 'NO'}; toOriginal(0, len) covers the input: ${d.offsetsCoverInput ? 'yes' : 'NO'}`,
  );
}
out.push(`  peak RSS of the whole bench: ${mib(env.peakRssBytes)}`);
out.push('');
out.push('what each function does (the comparison is NOT like-for-like):');
for (const fn of FUNCTIONS) out.push(`  ${pad(fn.id, 13)} ${PEER_NOTES[fn.id]}`);
out.push('');
out.push('output lengths (UTF-16 units), all > 0:');
for (const c of corpora) {
  out.push(`  ${pad(c.name, 5)}: input ${details[c.name].inputChars}, ` + FUNCTIONS.map((f) => `${f.id} ${details[c.name].outputChars[f.id]}`).join(', '));
}
out.push(`  marsad default: normalize(rich) === normalize(its unenriched source): ${details.rich.marsadFoldsRichToPlain ? 'yes' : 'NO'}`);
out.push('');
const show = (s) => s.replace(/\n/g, '\\n');
out.push('first 80 chars on the rich corpus (input as written: harakat, tatweel, presentation forms, Persian letters):');
out.push(`  ${pad('input', 13)} ${show(details.rich.input)}`);
for (const fn of FUNCTIONS) out.push(`  ${pad(fn.id, 13)} ${show(details.rich.samples[fn.id])}`);
out.push('');
const ex = details.rich.excerpt;
out.push(`an 80-char excerpt of the rich corpus (at ${ex.at}) with presentation forms, a lam-alef ligature, tatweel, Persian letters and shadda, run alone:`);
out.push(`  ${pad('input', 13)} ${show(ex.input)}`);
for (const fn of FUNCTIONS) out.push(`  ${pad(fn.id, 13)} ${show(ex[fn.id])}`);
out.push('');
out.push(`wall time of the measurements: ${(wallMs / 1000).toFixed(1)} s`);
console.log(out.join('\n'));
if (sink === -1) console.log(sink);

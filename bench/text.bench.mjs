// Throughput of marsad's segmentation layer (issue 3) against NLP.js, in the same run:
//
//   npm run bench                          (builds dist/, runs normalize.bench.mjs then this file)
//   npm run build && node bench/text.bench.mjs [--json]
//
// Corpus: the five seed articles repeated to >= 1 MB of UTF-8 (MB = 10^6 bytes).
// - tokenize: marsad tokenize() (tokens with original spans, normalised form, clitic analysis,
//   glued-word repair) vs NLP.js TokenizerAr.tokenize(text, true) (normalise + regex split,
//   strings only; its per-text cache is dropped before every run).
// - stem: every word of the corpus in text order (the words NLP.js's tokenizer gives, so both
//   stem the same list): marsad stem() (memoised per word) vs NLP.js StemmerAr.stemWord with
//   its cache cleared before every word (as the issue asks), and with its own cache kept.
//   marsad's first call on each distinct word (nothing memoised, code not yet optimised by the
//   JIT: a one-shot figure) is reported too.
// - sentences, regions, findActors on the same corpus; analyze() article by article on the
//   seeds repeated to 5 MB (MB/s and articles/s on one core).
// - Linear time: tokenize + findActors on 1 MB and 10 MB of seeds, and on 1 MB and 10 MB of
//   generated Arabic-letter words that defeat the memo; time(10 MB) / time(1 MB) should be ~10.
// Interleaved rounds after a warm-up, the median run reported. Unlike normalize.bench.mjs, no gc
// is forced between runs: these functions allocate a result per token, and a forced full gc
// shrinks the young generation so the next run pays to grow it again, which is not how a
// program calling them article after article behaves. Each run still pays for its own garbage.

import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import os from 'node:os';

import { analyze, findActors, regions, sentences, stem, tokenize, VERSION } from '../dist/index.js';
import { gc } from './gc.mjs';

const require = createRequire(import.meta.url);
const { TokenizerAr, StemmerAr } = require('@nlpjs/lang-ar');

const JSON_ONLY = process.argv.includes('--json');
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const MB = 1e6;
const ROUNDS = 7;

/** Only between sections (and before the one-shot linear-time runs), never between timed rounds. */
const collect = () => gc?.();
const bytes = (s) => Buffer.byteLength(s, 'utf8');
const log = (...a) => {
  if (!JSON_ONLY) console.log(...a);
};

const seeds = readdirSync(join(ROOT, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'));
if (seeds.length !== 5) throw new Error(`expected 5 seed articles in seeds/, found ${seeds.length}`);

function repeatTo(target, next) {
  const parts = [];
  let size = 0;
  for (let k = 0; size < target; k++) {
    const a = next(k);
    parts.push(a);
    size += bytes(a) + 2;
  }
  return parts.join('\n\n');
}
const corpus = repeatTo(MB, (k) => seeds[k % seeds.length]);

/** Words of random Arabic letters (fixed seed): every word new, so no memo helps. */
function randomArabic(target, seed) {
  let a = seed >>> 0;
  const rnd = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويةءأإىؤئ';
  const out = [];
  let size = 0;
  while (size < target) {
    const n = 2 + Math.floor(rnd() * 9);
    let w = '';
    for (let i = 0; i < n; i++) w += letters[Math.floor(rnd() * letters.length)];
    out.push(w);
    size += bytes(w) + 1;
    if (rnd() < 0.06) out.push(rnd() < 0.5 ? '.' : '\n');
  }
  return out.join(' ');
}

/** Runs every candidate ROUNDS times, interleaved; returns the median ms of each. */
function time(candidates) {
  for (const c of candidates) c.run(); // warm-up
  const runs = candidates.map(() => []);
  for (let r = 0; r < ROUNDS; r++) {
    candidates.forEach((c, i) => {
      c.before?.();
      const t0 = performance.now();
      c.run();
      runs[i].push(performance.now() - t0);
    });
  }
  return runs.map((ms) => ms.sort((x, y) => x - y)[Math.floor(ms.length / 2)]);
}

const results = { version: VERSION, node: process.version, cpu: os.cpus()[0]?.model ?? 'unknown', corpusBytes: bytes(corpus) };
log(`marsad ${VERSION} text bench, node ${process.version}, ${results.cpu}`);
log(`corpus: seeds repeated, ${(results.corpusBytes / MB).toFixed(2)} MB\n`);

// tokenize
const nlpTokenizer = new TokenizerAr();
const [tMarsad, tNlp] = time([
  { run: () => tokenize(corpus) },
  { before: () => (nlpTokenizer.cache = undefined), run: () => nlpTokenizer.tokenize(corpus, true) },
]);
const mbps = (ms, size = results.corpusBytes) => size / MB / (ms / 1000);
results.tokenize = { marsad: mbps(tMarsad), nlpjs: mbps(tNlp), ratio: tNlp / tMarsad };
log('tokenize                 MB/s');
log(`  marsad tokenize()      ${mbps(tMarsad).toFixed(1).padStart(7)}   (${results.tokenize.ratio.toFixed(2)}x NLP.js)`);
log(`  NLP.js TokenizerAr     ${mbps(tNlp).toFixed(1).padStart(7)}\n`);

// stem
const words = new TokenizerAr().tokenize(corpus, false).filter((w) => /[\u0600-\u06ff]/.test(w) && !/\s/.test(w));
const distinct = [...new Set(words)];
const t0 = performance.now();
for (const w of distinct) stem(w);
const coldMs = performance.now() - t0;
const nlpStemmer = new StemmerAr();
const [sMarsad, sNlpCleared, sNlpCached] = time([
  { run: () => { for (const w of words) stem(w); } },
  { run: () => { for (const w of words) { nlpStemmer.cache = {}; nlpStemmer.stemWord(w); } } },
  { before: () => (nlpStemmer.cache = {}), run: () => { for (const w of words) nlpStemmer.stemWord(w); } },
]);
const wps = (ms, n = words.length) => n / (ms / 1000);
results.stem = {
  words: words.length,
  distinct: distinct.length,
  marsadWordsPerSecond: wps(sMarsad),
  marsadFirstPassWordsPerSecond: wps(coldMs, distinct.length),
  nlpjsClearedWordsPerSecond: wps(sNlpCleared),
  nlpjsCachedWordsPerSecond: wps(sNlpCached),
  ratioVsCleared: sNlpCleared / sMarsad,
  ratioVsCached: sNlpCached / sMarsad,
};
log(`stem (${words.length} words, ${distinct.length} distinct)      words/s`);
log(`  marsad stem() memoised            ${(wps(sMarsad) / 1e6).toFixed(2)} M   (${results.stem.ratioVsCleared.toFixed(1)}x NLP.js cleared, ${results.stem.ratioVsCached.toFixed(2)}x NLP.js cached)`);
log(`  marsad cold, each distinct once    ${(results.stem.marsadFirstPassWordsPerSecond / 1e6).toFixed(2)} M`);
log(`  NLP.js StemmerAr, cache cleared   ${(wps(sNlpCleared) / 1e6).toFixed(2)} M`);
log(`  NLP.js StemmerAr, own cache       ${(wps(sNlpCached) / 1e6).toFixed(2)} M\n`);

// the other segmenters and the actor finder
const [msSentences, msRegions, msActors] = time([{ run: () => sentences(corpus) }, { run: () => regions(corpus) }, { run: () => findActors(corpus) }]);
results.sentences = mbps(msSentences);
results.regions = mbps(msRegions);
results.findActors = mbps(msActors);
log('other                    MB/s');
log(`  sentences()            ${mbps(msSentences).toFixed(1).padStart(7)}`);
log(`  regions()              ${mbps(msRegions).toFixed(1).padStart(7)}`);
log(`  findActors()           ${mbps(msActors).toFixed(1).padStart(7)}\n`);

// analyze, article by article
const articles = [];
for (let size = 0, k = 0; size < 5 * MB; k++) {
  articles.push(seeds[k % seeds.length]);
  size += bytes(seeds[k % seeds.length]);
}
const articleBytes = articles.reduce((n, a) => n + bytes(a), 0);
const [msAnalyze] = time([{ run: () => { for (const a of articles) analyze(a); } }]);
results.analyze = { MBps: mbps(msAnalyze, articleBytes), articlesPerSecond: articles.length / (msAnalyze / 1000), articles: articles.length };
log(`analyze() on ${articles.length} articles (${(articleBytes / MB).toFixed(1)} MB)`);
log(`  ${results.analyze.MBps.toFixed(1)} MB/s, ${results.analyze.articlesPerSecond.toFixed(0)} articles/s\n`);

// linear time
const big = repeatTo(10 * MB, (k) => seeds[k % seeds.length]);
const noise1 = randomArabic(MB, 1);
const noise10 = randomArabic(10 * MB, 2);
const once = (f) => {
  collect();
  const t = performance.now();
  f();
  return performance.now() - t;
};
const linear = {};
for (const [name, small, large] of [
  ['seeds', corpus, big],
  ['random words', noise1, noise10],
]) {
  const tokSmall = once(() => tokenize(small));
  const tokLarge = once(() => tokenize(large));
  const actSmall = once(() => findActors(small));
  const actLarge = once(() => findActors(large));
  linear[name] = {
    tokenize: { smallMBps: mbps(tokSmall, bytes(small)), largeMBps: mbps(tokLarge, bytes(large)), timeRatio: tokLarge / tokSmall, sizeRatio: bytes(large) / bytes(small) },
    findActors: { smallMBps: mbps(actSmall, bytes(small)), largeMBps: mbps(actLarge, bytes(large)), timeRatio: actLarge / actSmall, sizeRatio: bytes(large) / bytes(small) },
  };
}
results.linear = linear;
log('linear time: 1 MB vs 10 MB (one run each)');
for (const [name, r] of Object.entries(linear)) {
  for (const [fn, x] of Object.entries(r)) {
    log(`  ${name.padEnd(13)} ${fn.padEnd(11)} ${x.smallMBps.toFixed(1).padStart(6)} MB/s -> ${x.largeMBps.toFixed(1).padStart(6)} MB/s   time x${x.timeRatio.toFixed(1)} for size x${x.sizeRatio.toFixed(1)}`);
  }
}
if (JSON_ONLY) console.log(JSON.stringify(results, null, 2));

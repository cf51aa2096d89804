/**
 * The batch layer of the library: analyzeMany (streams of articles, in input order, pulled
 * lazily) and findDuplicates (near-identical stories by BM25 cosine), plus the CLI's progress
 * line, whose text is computed from a clock we control (Date is faked, never waited on).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze, analyzeMany, findDuplicates, regions, sentences, type BatchInput, type BatchItem, type BatchProgress } from '../src/index';
import { ProgressBar } from '../src/cli/progress';

// ---------------------------------------------------------------------------------- helpers

const SEED_DIR = join(__dirname, '..', 'seeds');
/** The five seed articles, in name order. */
const SEEDS = readdirSync(SEED_DIR)
  .sort()
  .map((f) => readFileSync(join(SEED_DIR, f), 'utf8'));
const seed = (i: number) => SEEDS[i] as string;

/** The same story republished: the first sentence dropped and a site footer added. */
function republished(text: string): string {
  const first = sentences(text)[0];
  if (!first) throw new Error('no sentence');
  return `${text.slice(first.end).trimStart()}\nجميع الحقوق محفوظة للموقع\n`;
}

// Short articles written for these tests.
const ALGERIA_DRONES = 'أرسلت الجزائر طائرات مسيرة إلى الجيش المالي لدعمه في مواجهة الجماعات المسلحة.';
const MAURITANIA_VISIT = 'استقبل الرئيس الموريتاني وزير خارجية السنغال في نواكشوط لبحث العلاقات الثنائية.';
const BURKINA_ATTACK = 'قتل عشرة جنود في هجوم إرهابي على ثكنة عسكرية شمال بوركينا فاسو.';
const TEXTS = [ALGERIA_DRONES, MAURITANIA_VISIT, BURKINA_ATTACK];

/** Collects an async iterable. */
async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** An async iterable over `items` that records how many were pulled. */
function counted<T>(items: readonly T[]) {
  const state = { pulled: 0 };
  const iterable = (async function* () {
    for (const x of items) {
      state.pulled++;
      yield x;
    }
  })();
  return { iterable, state };
}

/** Plain data, for comparing analyses (they hold objects with getters). */
const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

// ---------------------------------------------------------------------------------- analyzeMany

describe('analyzeMany', () => {
  it('takes a sync iterable of strings, numbers them 1, 2, ... and gives the analysis of each', async () => {
    const results = await collect(analyzeMany(new Set(TEXTS)));
    expect(results.map((r) => [r.id, r.index, 'meta' in r])).toEqual([
      ['1', 0, false],
      ['2', 1, false],
      ['3', 2, false],
    ]);
    for (const [i, r] of results.entries()) expect(plain(r.analysis)).toEqual(plain(analyze(TEXTS[i] as string)));
    // The first is military aid to Mali, as analyze says on its own.
    expect(results[0]!.analysis.topics.find((t) => t.topic === 'military_aid')?.present).toBe(true);
  });

  it('takes an async iterable of { id, text, meta }, keeping ids (numbers as strings) and meta as given', async () => {
    const meta = { site: 'example', tags: ['sahel'] };
    const items = (async function* (): AsyncGenerator<BatchInput | string> {
      yield { id: 'a', text: ALGERIA_DRONES, meta };
      yield { id: 7 as unknown as string, text: MAURITANIA_VISIT };
      yield BURKINA_ATTACK; // no id: its 1-based position
    })();
    const results = await collect(analyzeMany(items));
    expect(results.map((r) => [r.id, r.index])).toEqual([
      ['a', 0],
      ['7', 1],
      ['3', 2],
    ]);
    expect(results[0]!.meta).toBe(meta);
    expect(results[1]!.meta).toBeUndefined();
  });

  it('keeps input order when an async run resolves out of order, with at most `concurrency` in flight', async () => {
    const texts = Array.from({ length: 12 }, (_, i) => `${ALGERIA_DRONES} ${i}`);
    const finished: string[] = [];
    let inFlight = 0;
    let most = 0;
    const run = async (item: BatchItem) => {
      inFlight++;
      most = Math.max(most, inFlight);
      // Later items take fewer microtask turns, so they finish before earlier ones: no timers.
      for (let k = 0; k < (texts.length - item.index) * 3; k++) await null;
      inFlight--;
      finished.push(item.id);
      return `done ${item.id}`;
    };
    const results = await collect(analyzeMany(texts, { run, concurrency: 4 }));
    const ids = texts.map((_, i) => String(i + 1));
    expect(results.map((r) => r.id)).toEqual(ids);
    expect(results.map((r) => r.analysis)).toEqual(ids.map((id) => `done ${id}`));
    expect(finished).not.toEqual(ids); // it really did finish out of order
    expect(finished[0]).not.toBe('1');
    expect(most).toBe(4);
  });

  it('throws a TypeError naming the item for a bad item, after the good ones before it', async () => {
    const bad: [unknown, RegExp][] = [
      [42, /^analyzeMany: item 2: expected a string or \{ text: string, id\?, meta\? \}, got number \(42\)$/],
      [{ text: 5 }, /^analyzeMany: item 2: expected text to be a string, got number \(5\)$/],
      [{ id: { x: 1 }, text: 'نص' }, /^analyzeMany: item 2: expected id to be a string or a number/],
      [{ text: 'نص', meta: ['x'] }, /^analyzeMany: item 2: expected meta to be an object, got an array/],
      [null, /^analyzeMany: item 2: .*got null$/],
    ];
    for (const [item, message] of bad) {
      const seen: string[] = [];
      const run = async () => {
        for await (const r of analyzeMany([ALGERIA_DRONES, item as string, BURKINA_ATTACK])) seen.push(r.id);
      };
      await expect(run()).rejects.toThrow(TypeError);
      await expect(run()).rejects.toThrow(message);
      expect(seen).toContain('1');
      expect(seen).not.toContain('3');
    }
    // Not an iterable at all, or a bad concurrency: a TypeError before anything runs.
    await expect(collect(analyzeMany(42 as unknown as string[]))).rejects.toThrow(/^analyzeMany: expected an iterable or async iterable of texts, got number \(42\)$/);
    await expect(collect(analyzeMany(TEXTS, { concurrency: 0 }))).rejects.toThrow(/concurrency to be a positive integer, got number \(0\)/);
    await expect(collect(analyzeMany(TEXTS, { concurrency: 1.5 }))).rejects.toThrow(TypeError);
  });

  it('with onError, skips a failed item and goes on; without it, rejects naming the item', async () => {
    const items = [
      { id: 'a', text: 'one' },
      { id: 'b', text: 'two' },
      { id: 'c', text: 'three' },
    ];
    const run = (item: BatchItem) => {
      if (item.id === 'b') throw new Error('boom');
      return Promise.resolve(item.text.length);
    };
    const errors: [string, string][] = [];
    const progress: BatchProgress[] = [];
    const results = await collect(
      analyzeMany(items, {
        run,
        onError: (error, item) => errors.push([(error as Error).message, item.id]),
        onProgress: (p) => progress.push(p),
      }),
    );
    expect(results.map((r) => [r.id, r.analysis])).toEqual([
      ['a', 3],
      ['c', 5],
    ]);
    expect(errors).toEqual([['boom', 'b']]);
    expect(progress.map((p) => [p.done, p.failed])).toEqual([
      [1, 0],
      [1, 1],
      [2, 1],
    ]);

    // A rejected promise counts the same as a throw.
    const rejecting = (item: BatchItem) => (item.id === 'b' ? Promise.reject(new Error('boom')) : item.text.length);
    const seen: string[] = [];
    const failing = async () => {
      for await (const r of analyzeMany(items, { run: rejecting })) seen.push(r.id);
    };
    const error = await failing().then(
      () => undefined,
      (e: unknown) => e as Error & { cause?: unknown },
    );
    expect(error?.message).toBe('analyzeMany: analysing item 2 (id "b") failed: boom');
    expect((error?.cause as Error).message).toBe('boom');
    expect(seen).toEqual(['a']);
  });

  it('stops taking items once the signal is aborted, and yields the ones already started', async () => {
    const texts = Array.from({ length: 10 }, (_, i) => `text ${i}`);
    const { iterable } = counted(texts);
    const signal = { aborted: false };
    const started: string[] = [];
    const ids: string[] = [];
    for await (const r of analyzeMany(iterable, {
      signal,
      concurrency: 3,
      run: async (item) => {
        started.push(item.id);
        await null;
        return item.id;
      },
    })) {
      ids.push(r.id);
      if (ids.length === 2) signal.aborted = true;
    }
    // 3 in flight when the first result came, one more started before the second: 1-4 are
    // started, and every started item is still yielded; nothing after the abort is started.
    // (It does read one more item from the source after the abort, and drops it: so what is
    // asserted is what was started, not what was read.)
    expect(started).toEqual(['1', '2', '3', '4']);
    expect(ids).toEqual(['1', '2', '3', '4']);
    // An already aborted signal: nothing is analysed.
    const none = await collect(analyzeMany(texts, { signal: { aborted: true }, run: () => 'x' }));
    expect(none).toEqual([]);
  });

  it('reports progress after each result: done, failed, characters, elapsed time', async () => {
    const progress: BatchProgress[] = [];
    await collect(analyzeMany(TEXTS, { onProgress: (p) => progress.push(p) }));
    let characters = 0;
    expect(progress.map((p) => [p.done, p.failed, p.characters])).toEqual(TEXTS.map((t, i) => [i + 1, 0, (characters += t.length)]));
    for (const p of progress) expect(p.elapsedMs).toBeGreaterThanOrEqual(0);
    // Each report is a copy, not one object mutated under the caller.
    expect(new Set(progress).size).toBe(3);
  });

  it('pulls lazily: never more than `concurrency` items ahead of what was consumed', async () => {
    for (const concurrency of [1, 4]) {
      const texts = Array.from({ length: 20 }, (_, i) => `نص ${i}`);
      const { iterable, state } = counted(texts);
      let consumed = 0;
      let ahead = 0;
      const run = async (item: BatchItem) => {
        ahead = Math.max(ahead, state.pulled - consumed);
        return item.id;
      };
      for await (const r of analyzeMany(iterable, { run, concurrency })) {
        ahead = Math.max(ahead, state.pulled - consumed);
        consumed++;
        expect(r.id).toBe(String(consumed));
        if (consumed === 5) {
          // A consumer that stops early leaves the rest of the source unread.
          break;
        }
      }
      expect(ahead).toBe(concurrency);
      expect(state.pulled).toBe(5 + concurrency - 1);
    }
  });
});

// ---------------------------------------------------------------------------------- findDuplicates

describe('findDuplicates', () => {
  it('groups a seed with its republished copy, and nothing else among the seeds', () => {
    const copy = republished(seed(1));
    const groups = findDuplicates([...SEEDS, copy]);
    expect(groups).toHaveLength(1);
    const [g] = groups;
    expect(g!.keep).toEqual({ id: '2', index: 1 });
    expect(g!.duplicates.map((d) => [d.id, d.index])).toEqual([['6', 5]]);
    const { similarity } = g!.duplicates[0]!;
    expect(similarity).toBeGreaterThanOrEqual(0.8);
    expect(similarity).toBeLessThan(1);
    // Rounded to three decimals.
    expect(Math.round(similarity * 1000) / 1000).toBe(similarity);
  });

  it('finds no group among the five seeds, which share no passage', () => {
    expect(findDuplicates(SEEDS)).toEqual([]);
    expect(findDuplicates(SEEDS, { threshold: 0.5 })).toEqual([]);
  });

  it('keeps the first of a story in input order, whichever copy that is', () => {
    const copy = republished(seed(3));
    const groups = findDuplicates([
      { id: 'copy', text: copy },
      { id: 'other', text: seed(0) },
      { id: 'original', text: seed(3) },
    ]);
    expect(groups.map((g) => [g.keep, g.duplicates.map((d) => d.id)])).toEqual([[{ id: 'copy', index: 0 }, ['original']]]);
  });

  it('puts each later copy with the kept article it is most similar to', () => {
    // K1 is seed 1; K2 is seed 1 followed by seed 2, different enough from K1 to be kept on its
    // own. X1 is K1 with a little of seed 2; X2 has more of seed 2: closer to K2 than to K1.
    const cut = (n: number) => seed(2).slice(0, seed(2).indexOf(' ', n));
    const K1 = { id: 'k1', text: seed(1) };
    const K2 = { id: 'k2', text: `${seed(1)}\n${seed(2)}` };
    const X1 = { id: 'x1', text: `${seed(1)}\n${cut(200)}` };
    const X2 = { id: 'x2', text: `${seed(1)}\n${cut(1150)}` };
    const summary = (groups: ReturnType<typeof findDuplicates>) => groups.map((g) => [g.keep.id, g.duplicates.map((d) => d.id)]);
    expect(summary(findDuplicates([K1, K2, X1, X2]))).toEqual([
      ['k1', ['x1']],
      ['k2', ['x2']],
    ]);
    // Without K2, X2 is close enough to K1: above, it chose K2 for being closer, not K1 for being first.
    expect(summary(findDuplicates([K1, X1, X2]))).toEqual([['k1', ['x1', 'x2']]]);
    // Groups come in the order of their kept article, duplicates in input order.
    expect(summary(findDuplicates([K2, K1, X2, X1]))).toEqual([
      ['k2', ['x2']],
      ['k1', ['x1']],
    ]);
  });

  it('gives ids (1-based positions when missing) and 0-based indexes', () => {
    const copy = republished(seed(4));
    const groups = findDuplicates([seed(0), { id: 'mine', text: seed(4) }, { text: copy, meta: { a: 1 } }, { id: 12, text: republished(seed(4)) } as unknown as BatchInput]);
    expect(groups).toEqual([
      {
        keep: { id: 'mine', index: 1 },
        duplicates: [
          { id: '3', index: 2, similarity: expect.any(Number) },
          { id: '12', index: 3, similarity: expect.any(Number) },
        ],
      },
    ]);
  });

  it('checks the threshold and the items', () => {
    for (const threshold of [0, -0.1, 1.01, Number.NaN, '0.8' as unknown as number]) {
      expect(() => findDuplicates(SEEDS, { threshold })).toThrow(TypeError);
      expect(() => findDuplicates(SEEDS, { threshold })).toThrow(/^findDuplicates: expected threshold to be a number above 0 and at most 1, got /);
    }
    // 1 is allowed: only exact copies.
    const copy = seed(2);
    expect(findDuplicates([seed(2), copy], { threshold: 1 }).map((g) => g.duplicates.map((d) => d.similarity))).toEqual([[1]]);
    // A higher threshold leaves the republished copy (similarity about 0.97) out of the group.
    expect(findDuplicates([seed(2), republished(seed(2))], { threshold: 0.999 })).toEqual([]);
    expect(() => findDuplicates([seed(0), 5 as unknown as string])).toThrow(/^findDuplicates: item 2: expected a string/);
    expect(() => findDuplicates('text' as unknown as string[])).toThrow(TypeError);
    expect(() => findDuplicates(null as unknown as string[])).toThrow(/^findDuplicates: expected an iterable of texts, got null$/);
    expect(findDuplicates([])).toEqual([]);
    expect(findDuplicates(['', '   '])).toEqual([]);
  });

  it('does not count the reader comments of a page: two articles under the same comments are not one story', () => {
    const delegation = 'وصل وفد عسكري جزائري إلى باماكو أمس لبحث التعاون الأمني مع قيادة الجيش المالي.';
    const border = 'أعلنت حكومة النيجر إعادة فتح حدودها مع بنين بعد أشهر من الإغلاق.';
    const comments = [
      'شكرا للموقع على هذه الأخبار المفيدة، ونتمنى المزيد من التغطية.',
      'أتمنى أن يعم السلام في كل بلدان المنطقة، فالشعوب تعبت من الحروب.',
      'الإعلام يجب أن ينقل الحقيقة كما هي، دون تهويل أو تقليل.',
      'متى تنتهي هذه الأزمات؟ لقد طال الانتظار كثيرا.',
      'تحية لكل القراء من مدينة وهران، ودمتم بخير.',
      'أرجو من المحررين مراجعة الأخطاء الإملائية في المقالات القادمة.',
      'الشباب هم أمل المستقبل، ويجب أن نستثمر في تعليمهم.',
      'كلام جميل لكن الواقع مختلف تماما عما يقال في النشرات.',
      'نريد تقارير أعمق عن حياة الناس في القرى البعيدة.',
      'بارك الله فيكم على المتابعة اليومية للأحداث.',
    ].join('\n');
    const page = (body: string) => `${body}\nتعليقات الزوار\n${comments}\n`;
    // regions() sees the comments from their heading to the end of the page.
    const found = regions(page(delegation));
    expect(found.map((r) => [r.reason, r.cue, r.start])).toEqual([['comments', 'تعليقات الزوار', delegation.length + 1]]);
    expect(findDuplicates([page(delegation), page(border)])).toEqual([]);
    // The control: the same lines as part of the article (no heading) do make them one story,
    // so it is the region that kept them apart above.
    const inline = (body: string) => `${body}\n${comments}\n`;
    expect(regions(inline(delegation))).toEqual([]);
    expect(findDuplicates([inline(delegation), inline(border)]).map((g) => g.keep.id)).toEqual(['1']);
  });
});

// ---------------------------------------------------------------------------------- ProgressBar

describe('ProgressBar', () => {
  // The bar takes its start time from Date.now() when it is made, and `line(now)` is measured
  // from it: with Date faked, start and "now" are both numbers we choose.
  const START = 1_700_000_000_000;
  function bar(total: number | undefined, columns = 200) {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(START);
    const written: string[] = [];
    return { bar: new ProgressBar((s) => written.push(s), total, columns), written };
  }
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows a bar, the percentage, the rate, megabytes and the time left when the total is known', () => {
    const { bar: p } = bar(10_000_000);
    p.update({ done: 50, bytes: 2_500_000 });
    // 10 s in, a quarter read: 30 s to go.
    expect(p.line(START + 10_000)).toBe('[#####...............] 25%  50 articles  5.0/s  2.5/10 MB  ETA 0:30');
    p.update({ done: 1234, failed: 3, bytes: 9_000_000 });
    expect(p.line(START + 3_600_000)).toBe('[##################..] 90%  1,234 articles  0.3/s  3 failed  9.0/10 MB  ETA 6:40');
    // Nothing read yet: no estimate.
    const { bar: fresh } = bar(50_000_000);
    expect(fresh.line(START + 2_000)).toBe('[....................] 0%  0 articles  0.0/s  0.0/50 MB  ETA ?');
  });

  it('gives hours in the estimate, and caps the bar at 100%', () => {
    const { bar: p } = bar(100_000_000);
    p.update({ done: 10, bytes: 1_000_000 });
    expect(p.line(START + 60_000)).toBe('[....................] 1%  10 articles  0.2/s  1.0/100 MB  ETA 1:39:00');
    p.update({ bytes: 120_000_000 });
    expect(p.line(START + 60_000)).toMatch(/^\[#{20}\] 100% .* 120\/100 MB {2}ETA 0:00$/);
  });

  it('shows articles, rate and megabytes read when the total is unknown (stdin)', () => {
    for (const total of [undefined, 0]) {
      const { bar: p } = bar(total);
      p.update({ done: 12, bytes: 34_500_000 });
      expect(p.line(START + 4_000)).toBe('12 articles  3.0/s  35 MB read');
    }
  });

  it('fits the line to the terminal', () => {
    const { bar: p } = bar(10_000_000, 30);
    p.update({ done: 50, bytes: 2_500_000 });
    expect(p.line(START + 10_000)).toBe('[#####...............] 25%  5');
    expect(p.line(START + 10_000)).toHaveLength(29);
  });

  it('draws at most every 100 ms, and clear takes the line away', () => {
    const { bar: p, written } = bar(1_000_000);
    vi.setSystemTime(START + 1_000);
    p.update({ done: 1, bytes: 100_000 });
    expect(written).toEqual(['\r\x1b[K[##..................] 10%  1 articles  1.0/s  0.1/1.0 MB  ETA 0:09']);
    vi.setSystemTime(START + 1_050);
    p.update({ done: 2 });
    expect(written).toHaveLength(1); // too soon
    vi.setSystemTime(START + 1_100);
    p.update({ done: 3 });
    expect(written[1]).toMatch(/^\r\x1b\[K\[##\.+\] 10% {2}3 articles/);
    p.clear();
    expect(written[2]).toBe('\r\x1b[K');
    p.clear(); // nothing shown: nothing to clear
    expect(written).toHaveLength(3);
    // After a clear the next update draws at once (the line must come back after other output).
    p.update({ done: 4 });
    expect(written[3]).toMatch(/4 articles/);
  });
});

import { analyze, type Analysis, type Analyzer } from '../analyze';
import { describeValue, errorMessage } from '../errors';
import { mapInOrder } from './in-order';
import { toBatchItem, type BatchInput, type BatchItem } from './input';

/**
 * One analysed article of a batch, in input order. `R` is what `run` returns, an
 * {@link Analysis} unless you gave a `run` of your own.
 */
export interface BatchResult<R = Analysis> {
  /** The item's id, or its 1-based position when it had none. */
  id: string;
  /** 0-based position in the input. */
  index: number;
  /** The item's metadata, when it had some. */
  meta?: Readonly<Record<string, unknown>>;
  /** What the analyzer (or your `run`) says about the item's text. */
  analysis: R;
}

/** Where a batch stands, given to {@link AnalyzeManyOptions.onProgress} after each result. */
export interface BatchProgress {
  /** Results yielded so far. */
  done: number;
  /** Items that failed and were skipped (see {@link AnalyzeManyOptions.onError}). */
  failed: number;
  /** UTF-16 code units of text analysed so far. */
  characters: number;
  /** Milliseconds since the batch started. */
  elapsedMs: number;
}

/** Options of {@link analyzeMany}; `R` is what `run` returns. */
export interface AnalyzeManyOptions<R = Analysis> {
  /** The analyzer to use (from `createAnalyzer`, with your lexicons); default: the bundled one. */
  analyzer?: Analyzer;
  /**
   * Analyses one item somewhere else (a worker thread, a web worker, a server), and may return
   * what you need of the analysis rather than all of it (the CLI's worker pool returns the
   * output line, formatted in the worker). Default: the analyzer, in this thread.
   */
  run?: (item: BatchItem) => R | Promise<R>;
  /** How many items may be in flight at once when `run` is asynchronous; default 1. */
  concurrency?: number;
  /** Called after each result (and each skipped failure). */
  onProgress?: (progress: BatchProgress) => void;
  /**
   * Called when analysing an item fails; the item is then skipped and the batch goes on.
   * Without it, the first failure ends the batch with an error that names the item.
   */
  onError?: (error: unknown, item: BatchItem) => void;
  /**
   * Stops pulling new items once aborted (an `AbortSignal`, or anything with `aborted`); the
   * ones already started are still yielded, then the batch ends.
   */
  signal?: {
    /** `true` once the batch should stop taking new items. */
    readonly aborted: boolean;
  };
}

/**
 * Analyses a stream of articles (strings or `{ id, text, meta }`) and yields one result per
 * article, in input order, as soon as it and all before it are done. It pulls items only as
 * fast as they are consumed, so memory stays flat however long the input is.
 *
 * @example
 * for await (const r of analyzeMany([{ id: 'a', text: 'أرسلت الجزائر مساعدات عسكرية إلى مالي' }])) {
 *   console.log(r.id, r.analysis.topics.filter((t) => t.present).map((t) => t.topic));
 * }
 * //=> a [ 'military_aid' ]
 */
export function analyzeMany(
  items: Iterable<string | BatchInput> | AsyncIterable<string | BatchInput>,
  options?: AnalyzeManyOptions & { run?: undefined },
): AsyncGenerator<BatchResult, void, undefined>;
export function analyzeMany<R>(
  items: Iterable<string | BatchInput> | AsyncIterable<string | BatchInput>,
  options: AnalyzeManyOptions<R> & { run: (item: BatchItem) => R | Promise<R> },
): AsyncGenerator<BatchResult<R>, void, undefined>;
export async function* analyzeMany<R>(
  items: Iterable<string | BatchInput> | AsyncIterable<string | BatchInput>,
  options: AnalyzeManyOptions<R> = {},
): AsyncGenerator<BatchResult<R>, void, undefined> {
  if (items === null || typeof items !== 'object' || (!(Symbol.iterator in items) && !(Symbol.asyncIterator in items))) {
    throw new TypeError(`analyzeMany: expected an iterable or async iterable of texts, got ${describeValue(items)}`);
  }
  const concurrency = options.concurrency ?? 1;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new TypeError(`analyzeMany: expected concurrency to be a positive integer, got ${describeValue(concurrency)}`);
  }
  const analyzer = options.analyzer;
  const run =
    options.run ?? ((analyzer ? (item: BatchItem) => analyzer.analyze(item.text) : (item: BatchItem) => analyze(item.text)) as unknown as (item: BatchItem) => R);
  const { onProgress, onError, signal } = options;
  const started = Date.now();
  const progress: BatchProgress = { done: 0, failed: 0, characters: 0, elapsedMs: 0 };
  const report = () => {
    if (!onProgress) return;
    progress.elapsedMs = Date.now() - started;
    onProgress({ ...progress });
  };

  // Converted as pulled, so that a bad item ends the batch when it comes, naming its position.
  let position = 0;
  const batchItems =
    Symbol.asyncIterator in items
      ? (async function* () {
          for await (const x of items as AsyncIterable<string | BatchInput>) yield toBatchItem(x, position++, 'analyzeMany');
        })()
      : (function* () {
          for (const x of items as Iterable<string | BatchInput>) yield toBatchItem(x, position++, 'analyzeMany');
        })();
  for await (const settled of mapInOrder<BatchItem, R>(batchItems, (item) => run(item), { concurrency, signal })) {
    const { item } = settled;
    if (!settled.ok) {
      const { error } = settled;
      if (!onError) {
        const failure = new Error(`analyzeMany: analysing item ${item.index + 1} (id ${JSON.stringify(item.id)}) failed: ${errorMessage(error)}`);
        (failure as { cause?: unknown }).cause = error;
        throw failure;
      }
      onError(error, item);
      progress.failed++;
      report();
      continue;
    }
    progress.done++;
    progress.characters += item.text.length;
    report();
    const out: BatchResult<R> = { id: item.id, index: item.index, analysis: settled.value };
    if (item.meta !== undefined) out.meta = item.meta;
    yield out;
  }
}

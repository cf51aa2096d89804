/** How one item of {@link mapInOrder} ended: its result, or why it failed. */
export type Settled<T, R> = { item: T; index: number; ok: true; value: R } | { item: T; index: number; ok: false; error: unknown };

/** Options of {@link mapInOrder}. */
export interface InOrderOptions {
  /** How many items may be in flight at once; default 1. */
  concurrency?: number;
  /** Stops pulling new items once aborted; the ones already started are still yielded. */
  signal?: { readonly aborted: boolean } | undefined;
}

/**
 * Runs `run` on each item, up to `concurrency` at once, and yields each outcome in input order as
 * soon as it and all before it have settled. Items are pulled only as fast as outcomes are
 * consumed, and not one more once `signal` is aborted (the source may block, or be costly to
 * read); if the consumer stops early, the source is closed. The engine of `analyzeMany`, and of
 * the CLI's worker threads.
 */
export async function* mapInOrder<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  run: (item: T, index: number) => R | Promise<R>,
  options: InOrderOptions = {},
): AsyncGenerator<Settled<T, R>, void, undefined> {
  const concurrency = options.concurrency ?? 1;
  const { signal } = options;
  const pending: { item: T; index: number; result: Promise<R> }[] = [];
  const settle = async (): Promise<Settled<T, R>> => {
    const { item, index, result } = pending.shift() as (typeof pending)[number];
    try {
      return { item, index, ok: true, value: await result };
    } catch (error) {
      return { item, index, ok: false, error };
    }
  };

  // Pulled by hand, so that once aborted not one more item is asked for.
  const source = Symbol.asyncIterator in items ? (items as AsyncIterable<T>)[Symbol.asyncIterator]() : (items as Iterable<T>)[Symbol.iterator]();
  let exhausted = false;
  try {
    for (let index = 0; !signal?.aborted; index++) {
      const next = await source.next();
      if (next.done) {
        exhausted = true;
        break;
      }
      let result: Promise<R>;
      try {
        result = Promise.resolve(run(next.value, index));
      } catch (error) {
        result = Promise.reject(error);
      }
      // Nobody awaits this yet; without a handler a failure would count as unhandled.
      result.catch(() => undefined);
      pending.push({ item: next.value, index, result });
      while (pending.length >= concurrency) yield await settle();
    }
  } finally {
    // Stopped early (aborted, a failure, the consumer breaking off): the source may close.
    if (!exhausted) await source.return?.();
  }
  while (pending.length > 0) yield await settle();
}

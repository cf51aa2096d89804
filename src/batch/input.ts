import { describeValue } from '../errors';

/** One article of a batch: its text, and optionally an id and metadata carried through. */
export interface BatchInput {
  /** How results name this article; defaults to its 1-based position (`'1'`, `'2'`, ...). */
  id?: string;
  /** The article. */
  text: string;
  /** Anything else to keep with it (a JSONL line's other fields, say); passed through untouched. */
  meta?: Readonly<Record<string, unknown>>;
}

/** A batch item after checking: always an id, and the 0-based position in the batch. */
export interface BatchItem {
  /** The input's `id` as a string, or the item's 1-based position (`'1'`, `'2'`, ...) when it had none. */
  readonly id: string;
  /** 0-based position in the batch. */
  readonly index: number;
  /** The article. */
  readonly text: string;
  /** The input's metadata, when it had some; passed through untouched. */
  readonly meta?: Readonly<Record<string, unknown>>;
}

/**
 * Checks one item of a batch (a string, or `{ text, id?, meta? }`) and gives it its id. A bad
 * item throws a TypeError that says which item and what was wrong with it.
 */
export function toBatchItem(item: unknown, index: number, caller: string): BatchItem {
  const where = `${caller}: item ${index + 1}`;
  if (typeof item === 'string') return { id: String(index + 1), index, text: item };
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    throw new TypeError(`${where}: expected a string or { text: string, id?, meta? }, got ${describeValue(item)}`);
  }
  const { text, id, meta } = item as Record<string, unknown>;
  if (typeof text !== 'string') throw new TypeError(`${where}: expected text to be a string, got ${describeValue(text)}`);
  if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') {
    throw new TypeError(`${where}: expected id to be a string or a number, got ${describeValue(id)}`);
  }
  if (meta !== undefined && (meta === null || typeof meta !== 'object' || Array.isArray(meta))) {
    throw new TypeError(`${where}: expected meta to be an object, got ${describeValue(meta)}`);
  }
  const checked: BatchItem = { id: id === undefined ? String(index + 1) : String(id), index, text };
  return meta === undefined ? checked : { ...checked, meta: meta as Readonly<Record<string, unknown>> };
}

/**
 * A short, safe description of a value for error messages: its type and, for small values,
 * the value itself (`number (42)`, `null`, `object ({"a":1})`).
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  const type = typeof value;
  if (type === 'string') return `string (${JSON.stringify(clip(value as string))})`;
  if (type === 'number' || type === 'boolean' || type === 'bigint') return `${type} (${String(value)})`;
  if (type === 'function') return 'a function';
  if (type === 'symbol') return 'a symbol';
  let shown: string;
  try {
    shown = JSON.stringify(value) ?? '';
  } catch {
    shown = '';
  }
  const name = (value as object).constructor?.name;
  const kind = name && name !== 'Object' ? `an instance of ${name}` : 'an object';
  return shown ? `${kind} (${clip(shown)})` : kind;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** What went wrong, in words: an Error's message, or the thrown value as a string. */
export function errorMessage(error: unknown): string {
  return (error as Error)?.message ?? String(error);
}

/** Throws a TypeError unless `text` is a string. */
export function assertText(text: unknown, caller: string): asserts text is string {
  if (typeof text !== 'string') {
    throw new TypeError(`${caller}: expected text to be a string, got ${describeValue(text)}`);
  }
}

/**
 * Names lexicon entry `index` for error messages (`stance cue 3 (favor.praise)`), after checking
 * that its id is a non-empty string that `ids` has not seen (it is then added).
 */
export function entryName(kind: string, entry: unknown, index: number, ids: Set<string>): string {
  const id = entry && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined;
  const where = `${kind} ${index}${typeof id === 'string' ? ` (${id})` : ''}`;
  if (typeof id !== 'string' || !id) throw new TypeError(`${where}: id must be a non-empty string, got ${describeValue(id)}`);
  if (ids.has(id)) throw new Error(`${where}: the id ${id} is used twice`);
  ids.add(id);
  return where;
}

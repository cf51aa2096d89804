import { decodeStrict, InputError } from './read-input';

/** An article read from the inputs, with where it came from. */
export interface Article {
  /** The JSONL line's id field, else the file path (`path:line` for a JSONL line). */
  id: string;
  text: string;
  /** `path`, `path:line`, or `(stdin)` / `(stdin):line`. */
  source: string;
  /** A JSONL line's fields other than the text and the id. */
  fields?: Record<string, unknown>;
}

/** An input that could not be used: what, where, and why. */
export interface InputProblem {
  /** `path` or `path:line`. */
  where: string;
  message: string;
}

/**
 * Whole lines of a JSONL input, as bytes: the unit the CLI hands its worker threads, so that the
 * main thread neither decodes nor parses them.
 */
export interface LineChunk {
  /** The file's path, or `(stdin)`. */
  name: string;
  /** 1-based number of the chunk's first line in its file. */
  firstLine: number;
  /** Lines in the chunk (the last may lack its LF, at the end of the file). */
  lines: number;
  /** The lines (a worker is sent a copy, in a buffer that moves to it). */
  bytes: Uint8Array<ArrayBuffer>;
}

/** Where the text and the id are in each JSONL record. */
export interface JsonlFields {
  /** The field that holds the text (a dotted path reaches into objects). */
  field: string;
  /** The field that holds the id. */
  idField: string;
}

/** Reads a dotted path (`article.body`), unless the object has that key as it is. */
function pick(record: Record<string, unknown>, path: string): unknown {
  if (path in record) return record[path];
  let value: unknown = record;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** A copy of `record` without what `path` reaches (copied along the path; emptied objects go). */
function without(record: Record<string, unknown>, path: string): Record<string, unknown> {
  const at = path in record ? [path] : path.split('.');
  const [key, ...rest] = at as [string, ...string[]];
  if (!(key in record)) return record;
  const copy = { ...record };
  const inner = copy[key];
  if (rest.length === 0) delete copy[key];
  else if (inner !== null && typeof inner === 'object' && !Array.isArray(inner)) {
    const left = without(inner as Record<string, unknown>, rest.join('.'));
    if (Object.keys(left).length === 0) delete copy[key];
    else copy[key] = left;
  }
  return copy;
}

const describe = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`);

/** One line of JSONL (without its line break) as an article, a problem, or nothing (blank). */
function recordOf(raw: string, where: string, { field, idField }: JsonlFields): Article | InputProblem | undefined {
  if (raw.trim() === '') return undefined;
  let record: unknown;
  try {
    record = JSON.parse(raw);
  } catch (error) {
    return { where, message: `not valid JSON (${(error as Error).message})` };
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return { where, message: `expected a JSON object with a "${field}" field, got ${describe(record)}` };
  }
  const fields = record as Record<string, unknown>;
  const text = pick(fields, field);
  if (typeof text !== 'string') {
    const why = text === undefined ? `no "${field}" field` : `"${field}" is ${describe(text)}, not a string`;
    return { where, message: `${why} (choose the field with --field)` };
  }
  const id = pick(fields, idField);
  const rest = without(without(fields, field), idField);
  const article: Article = { id: typeof id === 'string' || typeof id === 'number' ? String(id) : where, text, source: where };
  if (Object.keys(rest).length > 0) article.fields = rest;
  return article;
}

/**
 * Visits the records of a chunk of JSONL lines in order: each non-blank line is an article or,
 * when it cannot be one (not UTF-8, not JSON, no text field), a problem naming `file:line`. A
 * CR before the LF is dropped, and a byte order mark at the start of the file. Lines are decoded
 * one at a time, so that no line outlives its own analysis.
 */
export function readLineChunk(chunk: LineChunk, fields: JsonlFields, visit: (record: Article | InputProblem) => void): void {
  const { bytes, name, firstLine } = chunk;
  for (let i = 0, from = 0; i < chunk.lines; i++) {
    let nl = bytes.indexOf(10, from);
    if (nl < 0) nl = bytes.length;
    const end = nl > from && bytes[nl - 1] === 13 ? nl - 1 : nl;
    const line = bytes.subarray(from, end);
    from = nl + 1;
    const lineNo = firstLine + i;
    const where = `${name}:${lineNo}`;
    let raw: string;
    try {
      raw = decodeStrict(line, `line ${lineNo}`);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      visit({ where, message: error.reason });
      continue;
    }
    if (lineNo === 1 && raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
    const record = recordOf(raw, where, fields);
    if (record) visit(record);
  }
}

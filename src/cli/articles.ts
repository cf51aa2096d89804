import { createReadStream, promises as fs } from 'node:fs';
import { join } from 'node:path';
import { decodeStrict, InputError, readFailure } from './read-input';

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

/** How inputs are found and read. */
export interface ReadOptions {
  /** The JSONL field that holds the text (a dotted path reaches into objects). */
  field: string;
  /** The JSONL field that holds the id. */
  idField: string;
  /** Read stdin, and files whatever their extension, as JSONL. */
  jsonl: boolean;
  stdin: () => AsyncIterable<Uint8Array>;
  onProblem: (problem: InputProblem) => void;
  /** Bytes read so far (for the progress bar). */
  onBytes?: (bytes: number) => void;
  /** Ends the reading early (Ctrl-C). */
  stopped: () => boolean;
}

const JSONL = /\.(?:jsonl|ndjson)$/i;
const WANTED = /\.(?:txt|jsonl|ndjson)$/i;
const STDIN = '(stdin)';

/** The files an input names: itself, or the .txt/.jsonl files under a folder, in name order. */
async function* expand(path: string, options: ReadOptions, seen = new Set<string>()): AsyncGenerator<string> {
  let stat;
  try {
    stat = await fs.stat(path);
  } catch (error) {
    options.onProblem({ where: path, message: readFailure(path, error).reason });
    return;
  }
  if (!stat.isDirectory()) {
    yield path;
    return;
  }
  // A link back up the tree would otherwise loop forever.
  const real = await fs.realpath(path);
  if (seen.has(real)) return;
  seen.add(real);
  let names: string[];
  try {
    names = (await fs.readdir(path)).sort();
  } catch (error) {
    options.onProblem({ where: path, message: readFailure(path, error).reason });
    return;
  }
  for (const name of names) {
    if (options.stopped()) return;
    const child = join(path, name);
    let isDir = false;
    try {
      isDir = (await fs.stat(child)).isDirectory();
    } catch (error) {
      options.onProblem({ where: child, message: readFailure(child, error).reason });
      continue;
    }
    if (isDir) yield* expand(child, options, seen);
    else if (WANTED.test(name)) yield child;
  }
}

/** For walking the inputs ahead of reading them: problems are reported when they are read. */
const QUIET: ReadOptions = { field: '', idField: '', jsonl: false, stdin: () => (async function* () {})(), onProblem: () => undefined, stopped: () => false };

/** The total size of the inputs in bytes, for the progress bar's estimate; undefined with stdin. */
export async function totalBytes(inputs: readonly string[]): Promise<number | undefined> {
  if (inputs.includes('-')) return undefined;
  let total = 0;
  for (const input of inputs) {
    for await (const file of expand(input, QUIET)) {
      try {
        total += (await fs.stat(file)).size;
      } catch {
        // Reported when it is read.
      }
    }
  }
  return total;
}

/**
 * Whether the inputs hold fewer than `n` articles, when that can be known without reading them:
 * only text files (named, or in folders), no JSONL and no stdin. Stops walking at `n`.
 */
export async function fewerArticlesThan(inputs: readonly string[], n: number, jsonl: boolean): Promise<boolean> {
  if (jsonl || inputs.includes('-')) return false;
  let count = 0;
  for (const input of inputs) {
    for await (const file of expand(input, QUIET)) {
      if (JSONL.test(file) || ++count >= n) return false;
    }
  }
  return true;
}

/**
 * Every article of the inputs, in order: a text file is one article, each non-blank line of a
 * JSONL file is one, `-` is stdin. A problem (unreadable file, bad line) is reported through
 * `onProblem` and skipped. Reads one file (or one line) at a time, so memory does not grow with
 * the corpus.
 */
export async function* readArticles(inputs: readonly string[], options: ReadOptions): AsyncGenerator<Article> {
  for (const input of inputs) {
    if (options.stopped()) return;
    if (input === '-') {
      if (options.jsonl) yield* jsonlArticles(STDIN, options.stdin(), options);
      else {
        const text = await textOf(STDIN, options.stdin(), options);
        if (text !== undefined) yield { id: STDIN, text, source: STDIN };
      }
      continue;
    }
    for await (const file of expand(input, options)) {
      if (options.stopped()) return;
      if (options.jsonl || JSONL.test(file)) yield* jsonlArticles(file, createReadStream(file), options);
      else {
        const text = await textOf(file, createReadStream(file), options);
        if (text !== undefined) yield { id: file, text, source: file };
      }
    }
  }
}

/** A whole text file, decoded strictly, or undefined (reported) when it cannot be read. */
async function textOf(name: string, chunks: AsyncIterable<Uint8Array>, options: ReadOptions): Promise<string | undefined> {
  const parts: Uint8Array[] = [];
  try {
    for await (const chunk of chunks) {
      parts.push(chunk);
      options.onBytes?.(chunk.length);
    }
  } catch (error) {
    options.onProblem({ where: name, message: readFailure(name, error).reason });
    return undefined;
  }
  try {
    return decodeStrict(Buffer.concat(parts), name === STDIN ? 'stdin' : `'${name}'`);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    options.onProblem({ where: name, message: error.reason });
    return undefined;
  }
}

/** A line without the CR of a CRLF. */
const withoutCr = (b: Buffer) => (b.length > 0 && b[b.length - 1] === 13 ? b.subarray(0, -1) : b);

/**
 * The lines of a byte stream with their numbers, split on LF. A line that spans chunks is put
 * together once, when its end comes, so a very long line costs one copy, not one per chunk.
 */
async function* lines(chunks: AsyncIterable<Uint8Array>, options: ReadOptions): AsyncGenerator<{ line: number; bytes: Uint8Array }> {
  let parts: Buffer[] = [];
  let line = 0;
  for await (const chunk of chunks) {
    options.onBytes?.(chunk.length);
    const buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    let from = 0;
    for (let nl = buffer.indexOf(10, from); nl >= 0; nl = buffer.indexOf(10, from)) {
      let bytes = buffer.subarray(from, nl);
      if (parts.length > 0) {
        parts.push(bytes);
        bytes = Buffer.concat(parts);
        parts = [];
      }
      yield { line: ++line, bytes: withoutCr(bytes) };
      from = nl + 1;
    }
    // Copied, so the chunk it came from can be freed.
    if (from < buffer.length) parts.push(Buffer.from(buffer.subarray(from)));
    if (options.stopped()) return;
  }
  if (parts.length > 0) yield { line: ++line, bytes: withoutCr(Buffer.concat(parts)) };
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

/** The articles of a JSONL stream: one per non-blank line, the text in `options.field`. */
async function* jsonlArticles(name: string, chunks: AsyncIterable<Uint8Array>, options: ReadOptions): AsyncGenerator<Article> {
  const { field, idField } = options;
  try {
    for await (const { line, bytes } of lines(chunks, options)) {
      const where = `${name}:${line}`;
      let raw: string;
      try {
        raw = decodeStrict(bytes, `line ${line}`);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        options.onProblem({ where, message: error.reason });
        continue;
      }
      if (line === 1 && raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
      if (raw.trim() === '') continue;
      let record: unknown;
      try {
        record = JSON.parse(raw);
      } catch (error) {
        options.onProblem({ where, message: `not valid JSON (${(error as Error).message})` });
        continue;
      }
      if (record === null || typeof record !== 'object' || Array.isArray(record)) {
        options.onProblem({ where, message: `expected a JSON object with a "${field}" field, got ${describe(record)}` });
        continue;
      }
      const fields = record as Record<string, unknown>;
      const text = pick(fields, field);
      if (typeof text !== 'string') {
        const why = text === undefined ? `no "${field}" field` : `"${field}" is ${describe(text)}, not a string`;
        options.onProblem({ where, message: `${why} (choose the field with --field)` });
        continue;
      }
      const id = pick(fields, idField);
      const rest = without(without(fields, field), idField);
      const article: Article = { id: typeof id === 'string' || typeof id === 'number' ? String(id) : where, text, source: where };
      if (Object.keys(rest).length > 0) article.fields = rest;
      yield article;
      if (options.stopped()) return;
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    options.onProblem({ where: name, message: readFailure(name, error).reason });
  }
}

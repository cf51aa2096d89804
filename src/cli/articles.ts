import { createReadStream, promises as fs } from 'node:fs';
import { join } from 'node:path';
import { readLineChunk, type Article, type InputProblem, type JsonlFields, type LineChunk } from './jsonl';
import { decodeStrict, InputError, readFailure } from './read-input';

export type { Article, InputProblem } from './jsonl';

/** How inputs are found and read. */
export interface ReadOptions extends JsonlFields {
  /** Read stdin, and files whatever their extension, as JSONL. */
  jsonl: boolean;
  stdin: () => AsyncIterable<Uint8Array>;
  onProblem: (problem: InputProblem) => void;
  /** Bytes read so far (for the progress bar). */
  onBytes?: (bytes: number) => void;
  /** Ends the reading early (Ctrl-C). */
  stopped: () => boolean;
  /** Where a JSONL chunk of `size` bytes is read (default: a new buffer). */
  chunkBuffer?: ((size: number) => Uint8Array<ArrayBuffer>) | undefined;
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

/** A piece of the inputs: one article, or a chunk of JSONL lines. */
export type Unit = { article: Article; duplicates?: string[] } | { lines: LineChunk };

/**
 * What the inputs hold, in order, in the pieces the CLI hands its workers: a text file (or stdin
 * as text) is one article; a JSONL file (or stdin with `jsonl`) comes as chunks of whole lines,
 * left undecoded (see {@link readLineChunk}). A file that cannot be read is reported through
 * `onProblem` and skipped. Reads a chunk at a time, so memory does not grow with the corpus.
 */
export async function* readUnits(inputs: readonly string[], options: ReadOptions): AsyncGenerator<Unit> {
  for (const input of inputs) {
    if (options.stopped()) return;
    if (input === '-') {
      if (options.jsonl) yield* lineChunks(STDIN, streamReader(options.stdin()), options);
      else {
        const text = await textOf(STDIN, options.stdin(), options);
        if (text !== undefined) yield { article: { id: STDIN, text, source: STDIN } };
      }
      continue;
    }
    for await (const file of expand(input, options)) {
      if (options.stopped()) return;
      if (options.jsonl || JSONL.test(file)) {
        let reader;
        try {
          reader = await fileReader(file);
        } catch (error) {
          options.onProblem({ where: file, message: readFailure(file, error).reason });
          continue;
        }
        try {
          yield* lineChunks(file, reader.read, options);
        } finally {
          await reader.close();
        }
      } else {
        const text = await textOf(file, createReadStream(file), options);
        if (text !== undefined) yield { article: { id: file, text, source: file } };
      }
    }
  }
}

/**
 * Every article of the inputs, in order: a text file is one article, each non-blank line of a
 * JSONL file is one, `-` is stdin. A problem (unreadable file, bad line) is reported through
 * `onProblem` and skipped.
 */
export async function* readArticles(inputs: readonly string[], options: ReadOptions): AsyncGenerator<Article> {
  for await (const unit of readUnits(inputs, options)) {
    if ('article' in unit) {
      yield unit.article;
      continue;
    }
    const articles: Article[] = [];
    readLineChunk(unit.lines, options, (r) => ('text' in r ? articles.push(r) : options.onProblem(r)));
    yield* articles;
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

/**
 * The size JSONL is cut into: big enough that handing a chunk to a worker costs nothing next to
 * analysing it (about 60 articles of news), small enough that Ctrl-C and the progress bar are
 * prompt and little is held in flight.
 */
const CHUNK_BYTES = 1 << 18;

/** LFs in `bytes`. */
function lineFeeds(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) n++;
  return n;
}

/** Fills `into` with the next bytes of an input; resolves to how many (0 at its end). */
type ByteReader = (into: Uint8Array) => Promise<number>;

/** A file read straight into the caller's buffers. */
async function fileReader(path: string): Promise<{ read: ByteReader; close: () => Promise<void> }> {
  const handle = await fs.open(path, 'r');
  return { read: async (into) => (await handle.read(into, 0, into.length, null)).bytesRead, close: () => handle.close() };
}

/** A stream of chunks (stdin) read into the caller's buffers. */
function streamReader(chunks: AsyncIterable<Uint8Array>): ByteReader {
  const source = chunks[Symbol.asyncIterator]();
  let left: Uint8Array = new Uint8Array(0);
  return async (into) => {
    while (left.length === 0) {
      const next = await source.next();
      if (next.done) return 0;
      left = next.value;
    }
    const n = Math.min(left.length, into.length);
    into.set(left.subarray(0, n));
    left = left.subarray(n);
    return n;
  };
}

/**
 * An input cut into chunks of whole lines of at least {@link CHUNK_BYTES} (the last one whatever
 * is left), each read straight into a buffer of its own (from `options.chunkBuffer`, which may
 * reuse those of chunks done with). A line longer than that grows its chunk.
 */
async function* lineChunks(name: string, read: ByteReader, options: ReadOptions): AsyncGenerator<Unit> {
  let carry: Uint8Array = new Uint8Array(0);
  let firstLine = 1;
  for (;;) {
    const size = Math.max(CHUNK_BYTES, 2 * carry.length);
    let buffer = options.chunkBuffer?.(size) ?? new Uint8Array(size);
    buffer.set(carry);
    let filled = carry.length;
    // Just past the last LF read so far (the carry has none): where the chunk can end.
    let end = 0;
    let done = false;
    while (filled < CHUNK_BYTES || end === 0) {
      if (filled === buffer.length) {
        const bigger = new Uint8Array(2 * buffer.length);
        bigger.set(buffer);
        buffer = bigger;
      }
      let n: number;
      try {
        n = await read(buffer.subarray(filled));
      } catch (error) {
        options.onProblem({ where: name, message: readFailure(name, error).reason });
        return;
      }
      if (n === 0) {
        done = true;
        end = filled;
        break;
      }
      options.onBytes?.(n);
      // Only the new bytes are searched, so a very long line is not searched again and again.
      const lf = buffer.subarray(filled, filled + n).lastIndexOf(10);
      if (lf >= 0) end = filled + lf + 1;
      filled += n;
    }
    if (end === 0) return;
    carry = buffer.slice(end, filled);
    const bytes = buffer.subarray(0, end);
    const lines = lineFeeds(bytes) + (bytes[end - 1] === 10 ? 0 : 1);
    yield { lines: { name, firstLine, lines, bytes } };
    firstLine += lines;
    if (done || options.stopped()) return;
  }
}

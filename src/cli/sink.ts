import { promises as fs, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Where the results go: written in order, then finished, or abandoned when the run is cut short. */
export interface Sink {
  /** Text, or rows already encoded as UTF-8: those are written when it resolves. */
  write(s: string | Uint8Array): Promise<void>;
  /** The run is complete: the results take their final place. */
  finish(): Promise<void>;
  /** The run was cut short: returns where the complete part was kept, if anywhere. */
  abandon(): Promise<string | undefined>;
  /** Last-resort cleanup when the process must exit now (a second Ctrl-C). */
  abandonNow(): void;
}

/**
 * Small chunks (csv rows, table lines) are gathered up to this size before a write, to keep
 * syscalls few; a big one (an ndjson line is often 30,000 characters) goes out alone, as joining
 * it to others would only copy it.
 */
const BUFFER = 1 << 14;

/**
 * Results written to the caller's output (stdout), buffered. One write may be under way while
 * the next results are made, so the analysis does not wait for the disk; a second waits for the
 * first, so a slow output holds the run back instead of filling memory.
 */
export function outputSink(write: (s: string | Uint8Array) => void | Promise<void>, live: boolean): Sink {
  let pending: string[] = [];
  let size = 0;
  let writing: Promise<void> | undefined;
  const start = async () => {
    if (size === 0) return;
    const s = pending.length === 1 ? (pending[0] as string) : pending.join('');
    pending = [];
    size = 0;
    // A failed write surfaces here, or in flush.
    if (writing) await writing;
    writing = Promise.resolve(write(s));
    writing.catch(() => undefined);
  };
  const flush = async () => {
    await start();
    if (writing) await writing;
  };
  return {
    async write(s) {
      if (s.length === 0) return;
      if (typeof s !== 'string') {
        // Rows as bytes are big, and go out alone; this waits until they are written, so the
        // caller may reuse the buffer.
        await flush();
        writing = Promise.resolve(write(s));
        await writing;
        return;
      }
      pending.push(s);
      size += s.length;
      if (live) await flush();
      else if (size >= BUFFER) await start();
    },
    finish: flush,
    async abandon() {
      await flush();
      return undefined;
    },
    abandonNow: () => undefined,
  };
}

/**
 * Results written to a file atomically: into a temporary file beside it, renamed to `path` when
 * the run is complete, so `path` never holds half a run. A run cut short keeps what it had
 * finished in `path.partial`.
 */
export async function fileSink(path: string): Promise<Sink> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let handle: fs.FileHandle;
  try {
    // Found now, not by the rename once the whole run is done.
    if ((await fs.stat(path).catch(() => undefined))?.isDirectory()) throw new Error('is a directory');
    handle = await fs.open(temp, 'wx');
  } catch (error) {
    throw new Error(`cannot write '${path}': ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : (error as Error).message}`);
  }
  let open = true;
  const inner = outputSink(async (s) => {
    const bytes = typeof s === 'string' ? Buffer.from(s) : s;
    // A write may take less than it was given (a full disk says so on the next one).
    for (let at = 0; at < bytes.length; ) at += (await handle.write(bytes, at, bytes.length - at)).bytesWritten;
  }, false);
  const close = async () => {
    if (!open) return;
    open = false;
    await handle.close();
  };
  return {
    write: inner.write,
    async finish() {
      await inner.finish();
      await handle.sync();
      await close();
      await fs.rename(temp, path);
    },
    async abandon() {
      await inner.finish();
      await close();
      const partial = `${path}.partial`;
      await fs.rename(temp, partial);
      return partial;
    },
    abandonNow() {
      try {
        unlinkSync(temp);
      } catch {
        // Already gone.
      }
    },
  };
}

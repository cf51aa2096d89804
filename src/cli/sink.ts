import { promises as fs, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Where the results go: written in order, then finished, or abandoned when the run is cut short. */
export interface Sink {
  write(s: string): Promise<void>;
  /** Writes out anything buffered. */
  flush(): Promise<void>;
  /** The run is complete: the results take their final place. */
  finish(): Promise<void>;
  /** The run was cut short: returns where the complete part was kept, if anywhere. */
  abandon(): Promise<string | undefined>;
  /** Last-resort cleanup when the process must exit now (a second Ctrl-C). */
  abandonNow(): void;
}

/** Strings are gathered up to this many UTF-16 units before a write, to keep syscalls few. */
const BUFFER = 1 << 16;

/** Results written to the caller's output (stdout), buffered, waiting when it is slow. */
export function outputSink(write: (s: string) => void | Promise<void>, live: boolean): Sink {
  let pending: string[] = [];
  let size = 0;
  const flush = async () => {
    if (size === 0) return;
    const s = pending.join('');
    pending = [];
    size = 0;
    await write(s);
  };
  return {
    async write(s) {
      pending.push(s);
      size += s.length;
      if (live || size >= BUFFER) await flush();
    },
    flush,
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
    await handle.write(s);
  }, false);
  const close = async () => {
    if (!open) return;
    open = false;
    await handle.close();
  };
  return {
    write: inner.write,
    flush: inner.flush,
    async finish() {
      await inner.flush();
      await handle.sync();
      await close();
      await fs.rename(temp, path);
    },
    async abandon() {
      await inner.flush();
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

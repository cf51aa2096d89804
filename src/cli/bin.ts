import { availableParallelism, cpus } from 'node:os';
import { isMainThread, workerData } from 'node:worker_threads';
import { VERSION } from '../version';
import type { CliIo } from './io';
import { WORKER_FLAG } from './worker-flag';

/**
 * Resolves once stdout has taken `s` (at once unless its buffer is full); bytes, once they are
 * written, as the caller reuses their buffer.
 */
function writeOut(s: string | Uint8Array): void | Promise<void> {
  if (typeof s !== 'string') {
    // A failed write is the 'error' handler's (EPIPE ends the process quietly).
    return new Promise((resolve) => process.stdout.write(s, () => resolve()));
  }
  if (process.stdout.write(s)) return;
  return new Promise((resolve) => process.stdout.once('drain', resolve));
}

function cli(): void {
  // `marsad --version` answers before the lexicons and the rest of the bundle are loaded.
  const args = process.argv.slice(2);
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
    process.stdout.write(`${VERSION}\n`);
    return;
  }
  const { main } = require('./main') as typeof import('./main');
  // `marsad ... | head` closes the pipe early: stop quietly, as other Unix tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const io: CliIo = {
    out: writeOut,
    err: (s) => void process.stderr.write(s),
    stdin: () => process.stdin,
    stdinIsTTY: process.stdin.isTTY === true,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    columns: process.stdout.columns || process.stderr.columns || 100,
    cores: typeof availableParallelism === 'function' ? availableParallelism() : cpus().length,
    workerFile: __filename,
    onInterrupt(stop, now) {
      let times = 0;
      const handler = () => {
        if (++times === 1) {
          stop();
          // Reading stdin may be what the run waits on.
          process.stdin.destroy();
          return;
        }
        now();
        process.exit(130);
      };
      process.on('SIGINT', handler);
      process.on('SIGTERM', handler);
      return () => {
        process.off('SIGINT', handler);
        process.off('SIGTERM', handler);
      };
    },
  };
  main(args, io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`marsad: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
      process.exitCode = 70;
    },
  );
}

if (!isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG]) {
  (require('./worker') as typeof import('./worker')).serveAnalyses();
} else cli();

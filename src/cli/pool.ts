import { Worker } from 'node:worker_threads';
import type { Unit } from './articles';
import { createFormat, type Format } from './formats';
import type { LineChunk } from './jsonl';
import { failedUnitRows, joinUnitRows, type RowMaker, type RowSettings, type UnitRows } from './unit-rows';
import { SpareBuffers } from './spares';
import { WORKER_FLAG } from './worker-flag';

/**
 * What the main thread sends a worker: a unit of the input (an article, or JSONL lines as bytes,
 * which move to the worker). The worker answers with the rows, formatted: so the
 * main thread only reads bytes and writes rows.
 */
export type Task = { seq: number; unit: Unit } | { recycle: ArrayBuffer };
export type Answer = ({ seq: number } & UnitRows) | { seq: number; error: string };

/** What a worker is started with. */
export interface WorkerSettings extends RowSettings {
  [WORKER_FLAG]: true;
}

/**
 * Each worker's young generation, in MB. With V8's default, a 200 MB corpus peaked at about
 * 268 MB of RSS, at 24 at about 248 MB, and no faster or slower that could be told from noise.
 */
const YOUNG_GENERATION_MB = 24;

/** Chunk buffers kept for the reader to reuse: about as many as are in flight. */
const SPARE_INPUTS = 8;

interface Pending {
  /** The unit as sent; a chunk's bytes are a copy of those that moved to the worker. */
  unit: Unit;
  resolve: (rows: UnitRows) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  /** What the worker was given and has not answered, oldest first. */
  busy: Map<number, Pending>;
}

/** A chunk's lines one by one, each in a buffer of its own. */
function linesOf(chunk: LineChunk): LineChunk[] {
  const out: LineChunk[] = [];
  const { bytes } = chunk;
  for (let i = 0, from = 0; i < chunk.lines; i++) {
    let nl = bytes.indexOf(10, from);
    if (nl < 0) nl = bytes.length - 1;
    out.push({ name: chunk.name, firstLine: chunk.firstLine + i, lines: 1, bytes: bytes.slice(from, nl + 1) });
    from = nl + 1;
  }
  return out;
}

/**
 * Worker threads that each hold a compiled analyzer. `run` sends a unit to the least busy one
 * and resolves to its formatted rows. A worker that dies (out of memory on a huge article, say)
 * is replaced, and loses nothing but the article it was analysing: the units queued behind it
 * go to the new worker, and the chunk it was on is analysed again line by line, so that only
 * the line that killed it fails.
 */
export class AnalyzerPool implements RowMaker {
  private readonly slots: Slot[] = [];
  private seq = 0;
  private recycled = 0;
  private closed = false;
  private readonly format: Format;
  private readonly spareInputs = new SpareBuffers(SPARE_INPUTS);

  constructor(
    readonly size: number,
    private readonly file: string,
    private readonly settings: RowSettings,
  ) {
    this.format = createFormat(settings.format, settings.columns);
    for (let i = 0; i < size; i++) this.slots.push(this.start());
  }

  private start(): Slot {
    const worker = new Worker(this.file, { workerData: { ...this.settings, [WORKER_FLAG]: true } satisfies WorkerSettings, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    const slot: Slot = { worker, busy: new Map() };
    worker.on('message', (answer: Answer) => {
      const task = slot.busy.get(answer.seq);
      if (!task) return;
      slot.busy.delete(answer.seq);
      if ('lines' in task.unit) this.spareInputs.give(task.unit.lines.bytes.buffer);
      if ('error' in answer) task.reject(new Error(answer.error));
      else task.resolve(answer);
    });
    const fail = (why: string) => {
      const held = [...slot.busy.values()];
      slot.busy.clear();
      const at = this.slots.indexOf(slot);
      if (this.closed || at < 0) {
        for (const task of held) task.reject(new Error(why));
        return;
      }
      this.slots[at] = this.start();
      const [running, ...queued] = held;
      for (const task of queued) this.send(task);
      if (!running) return;
      if ('lines' in running.unit && running.unit.lines.lines > 1) this.lineByLine(running.unit.lines).then(running.resolve, running.reject);
      else running.reject(new Error(why));
    };
    worker.on('error', (error) =>
      fail(
        (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? "its worker thread ran out of memory (node's heap limit: raise it with NODE_OPTIONS=--max-old-space-size=MB)"
          : `the worker thread failed: ${error.message}`,
      ),
    );
    worker.on('exit', (code) => {
      if (!this.closed) fail(`the worker thread stopped (exit code ${code})`);
    });
    return slot;
  }

  /**
   * A buffer for the reader to read the next chunk into: one kept from a chunk already answered,
   * when one is big enough. Each chunk is copied into a new buffer that moves to its worker, and
   * the original stays here until the answer, in case the worker dies; reusing the originals
   * keeps the main thread, whose garbage is collected seldom, from piling up dead ones.
   */
  chunkBuffer(size: number): Uint8Array<ArrayBuffer> {
    return new Uint8Array(this.spareInputs.take(size) ?? new ArrayBuffer(size), 0, size);
  }

  /** Sends a task to the least busy worker; a chunk goes as a copy, which moves there. */
  private send(task: Pending): void {
    let slot = this.slots[0] as Slot;
    for (const s of this.slots) if (s.busy.size < slot.busy.size) slot = s;
    const seq = this.seq++;
    slot.busy.set(seq, task);
    const { unit } = task;
    if ('lines' in unit) {
      const bytes = unit.lines.bytes.slice();
      slot.worker.postMessage({ seq, unit: { lines: { ...unit.lines, bytes } } } satisfies Task, [bytes.buffer]);
    } else slot.worker.postMessage({ seq, unit } satisfies Task);
  }

  /** A chunk analysed again one line at a time, each alone in a worker; a line that fails is a note. */
  private async lineByLine(chunk: LineChunk): Promise<UnitRows> {
    const parts: UnitRows[] = [];
    for (const line of linesOf(chunk)) {
      try {
        parts.push(await this.run({ lines: line }));
      } catch (error) {
        parts.push(failedUnitRows(this.format, `${chunk.name}:${line.firstLine}`, error));
      }
    }
    const joined = joinUnitRows(parts, this.format);
    for (const p of parts) if (p.rows instanceof Uint8Array) this.recycle(p.rows);
    return joined;
  }

  run(unit: Unit): Promise<UnitRows> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise<UnitRows>((resolve, reject) => this.send({ unit, resolve, reject }));
  }

  /** Hands a written buffer to the next worker, which reuses it for the rows of a later unit. */
  recycle(rows: Uint8Array<ArrayBuffer>): void {
    if (this.closed) return;
    const slot = this.slots[this.recycled++ % this.slots.length] as Slot;
    slot.worker.postMessage({ recycle: rows.buffer } satisfies Task, [rows.buffer]);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

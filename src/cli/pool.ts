import { Worker } from 'node:worker_threads';
import type { Unit } from './articles';
import type { RowMaker, RowSettings, UnitRows } from './unit-rows';
import { WORKER_FLAG } from './worker-flag';

/**
 * What the main thread sends a worker: a unit of the input (an article, or JSONL lines as bytes,
 * which move to the worker without a copy). The worker answers with the rows, formatted: so the
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

interface Slot {
  worker: Worker;
  busy: Map<number, { resolve: (rows: UnitRows) => void; reject: (e: Error) => void }>;
}

/**
 * Worker threads that each hold a compiled analyzer. `run` sends a unit to the least busy one
 * and resolves to its formatted rows. A worker that dies fails only the tasks it held, and is
 * replaced.
 */
export class AnalyzerPool implements RowMaker {
  private readonly slots: Slot[] = [];
  private seq = 0;
  private recycled = 0;
  private closed = false;

  constructor(
    readonly size: number,
    private readonly file: string,
    private readonly settings: RowSettings,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.start());
  }

  private start(): Slot {
    const worker = new Worker(this.file, { workerData: { ...this.settings, [WORKER_FLAG]: true } satisfies WorkerSettings, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    const slot: Slot = { worker, busy: new Map() };
    worker.on('message', (answer: Answer) => {
      const task = slot.busy.get(answer.seq);
      if (!task) return;
      slot.busy.delete(answer.seq);
      if ('error' in answer) task.reject(new Error(answer.error));
      else task.resolve(answer);
    });
    const fail = (why: string) => {
      for (const task of slot.busy.values()) task.reject(new Error(why));
      slot.busy.clear();
      const at = this.slots.indexOf(slot);
      if (!this.closed && at >= 0) this.slots[at] = this.start();
    };
    worker.on('error', (error) => fail(`the worker thread failed: ${error.message}`));
    worker.on('exit', (code) => {
      if (!this.closed) fail(`the worker thread stopped (exit code ${code})`);
    });
    return slot;
  }

  run(unit: Unit): Promise<UnitRows> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    let slot = this.slots[0] as Slot;
    for (const s of this.slots) if (s.busy.size < slot.busy.size) slot = s;
    const seq = this.seq++;
    return new Promise<UnitRows>((resolve, reject) => {
      slot.busy.set(seq, { resolve, reject });
      slot.worker.postMessage({ seq, unit } satisfies Task, 'lines' in unit ? [unit.lines.bytes.buffer] : []);
    });
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

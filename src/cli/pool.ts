import { Worker } from 'node:worker_threads';
import type { FormatName, RowInfo } from './formats';
import { WORKER_FLAG } from './worker-flag';

/**
 * What the main thread sends a worker: the text, and what the output format needs to write its
 * row. The worker answers with the row, formatted: so the main thread only reads and writes.
 */
export interface Task {
  seq: number;
  text: string;
  info: RowInfo;
  format: FormatName;
  columns: number;
}
export type Answer = { seq: number; row: string } | { seq: number; error: string };

/**
 * Each worker's young generation, in MB. V8's default let three heaps (the main thread and two
 * workers) peak at about 250 MB on a 43 MB corpus; at 24 it was about 220 MB, equally fast.
 */
const YOUNG_GENERATION_MB = 24;


interface Slot {
  worker: Worker;
  busy: Map<number, { resolve: (row: string) => void; reject: (e: Error) => void }>;
}

/**
 * Worker threads that each hold a compiled analyzer. `run` sends a task to the least busy one
 * and resolves to the formatted row. A worker that dies fails only the tasks it held, and is
 * replaced.
 */
export class AnalyzerPool {
  private readonly slots: Slot[] = [];
  private seq = 0;
  private closed = false;

  constructor(
    readonly size: number,
    private readonly file: string,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.start());
  }

  private start(): Slot {
    const worker = new Worker(this.file, { workerData: { [WORKER_FLAG]: true }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    const slot: Slot = { worker, busy: new Map() };
    worker.on('message', (answer: Answer) => {
      const task = slot.busy.get(answer.seq);
      if (!task) return;
      slot.busy.delete(answer.seq);
      if ('error' in answer) task.reject(new Error(answer.error));
      else task.resolve(answer.row);
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

  run(task: Omit<Task, 'seq'>): Promise<string> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    let slot = this.slots[0] as Slot;
    for (const s of this.slots) if (s.busy.size < slot.busy.size) slot = s;
    const seq = this.seq++;
    return new Promise<string>((resolve, reject) => {
      slot.busy.set(seq, { resolve, reject });
      slot.worker.postMessage({ ...task, seq } satisfies Task);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

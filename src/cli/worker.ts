import { parentPort, workerData } from 'node:worker_threads';
import { errorMessage } from '../errors';
import type { Answer, Task, WorkerSettings } from './pool';
import { unitRowMaker } from './unit-rows';

/** The loop of a worker thread of {@link AnalyzerPool}: turn each unit into its rows. */
export function serveAnalyses(): void {
  const port = parentPort;
  if (!port) throw new Error('serveAnalyses runs in a worker thread');
  const maker = unitRowMaker(workerData as WorkerSettings);
  port.on('message', (task: Task) => {
    if ('recycle' in task) {
      maker.recycle(new Uint8Array(task.recycle));
      return;
    }
    const { seq, unit } = task;
    let answer: Answer;
    try {
      answer = { seq, ...maker.run(unit) };
    } catch (error) {
      answer = { seq, error: errorMessage(error) };
    }
    port.postMessage(answer, 'rows' in answer && answer.rows instanceof Uint8Array ? [answer.rows.buffer] : []);
  });
}

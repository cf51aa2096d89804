import { parentPort } from 'node:worker_threads';
import { createAnalyzer } from '../index';
import { createFormat, type Format } from './formats';
import type { Answer, Task } from './pool';

/** The loop of a worker thread of {@link AnalyzerPool}: analyse each text, answer its row. */
export function serveAnalyses(): void {
  const port = parentPort;
  if (!port) throw new Error('serveAnalyses runs in a worker thread');
  const analyzer = createAnalyzer();
  const formats = new Map<string, Format>();
  port.on('message', ({ seq, text, info, format, columns }: Task) => {
    let answer: Answer;
    try {
      const key = `${format} ${columns}`;
      let out = formats.get(key);
      if (!out) formats.set(key, (out = createFormat(format, columns)));
      answer = { seq, row: out.row({ ...info, analysis: analyzer.analyze(text) }) };
    } catch (error) {
      answer = { seq, error: (error as Error)?.message ?? String(error) };
    }
    port.postMessage(answer);
  });
}

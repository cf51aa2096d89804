import { mapInOrder } from '../batch/in-order';
import { errorMessage } from '../errors';
import { findDuplicates } from '../index';
import { fewerArticlesThan, readArticles, readUnits, totalBytes, type Article, type InputProblem, type Unit } from './articles';
import { createFormat, type FormatName } from './formats';
import type { CliIo } from './io';
import { AnalyzerPool } from './pool';
import { ProgressBar } from './progress';
import { fileSink, outputSink, type Sink } from './sink';
import { unitRowMaker, unitSource, type RowMaker } from './unit-rows';

/** The options of `marsad analyze`, parsed. */
export interface AnalyzeArgs {
  inputs: string[];
  format: FormatName | undefined;
  output: string | undefined;
  field: string;
  idField: string;
  jsonl: boolean;
  jobs: number | undefined;
  quiet: boolean;
  dedupe: boolean;
  threshold: number | undefined;
}

/**
 * Starting a worker and compiling its lexicons takes about as long as analysing a hundred
 * articles, so a batch known to be smaller than this is analysed in the main thread, unless
 * `--jobs` asks otherwise.
 */
const WORKERS_FROM = 64;

/** Units in flight per worker: enough that none waits for the next, few enough to stay small. */
const IN_FLIGHT_PER_JOB = 4;

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** The batch with near-duplicates left out: each kept article lists the ids of its copies. */
function withoutDuplicates(all: Article[], threshold: number | undefined, report: (s: string) => void): { kept: [Article, string[] | undefined][]; dropped: number } {
  const groups = findDuplicates(all, threshold === undefined ? {} : { threshold });
  const copies = new Map<number, string[]>();
  const drop = new Set<number>();
  for (const g of groups) {
    copies.set(
      g.keep.index,
      g.duplicates.map((d) => d.id),
    );
    for (const d of g.duplicates) {
      drop.add(d.index);
      report(`marsad: duplicate: ${d.id} is ${g.keep.id} again (similarity ${d.similarity}); kept ${g.keep.id}\n`);
    }
  }
  return { kept: all.flatMap((a, i) => (drop.has(i) ? [] : [[a, copies.get(i)] as [Article, string[] | undefined]])), dropped: drop.size };
}

/**
 * `marsad analyze`: reads the inputs as a stream of units (a text file, or a chunk of JSONL
 * lines), turns each into its rows (in worker threads with more than one job), and writes one
 * result per article in input order. Problems with an
 * input are reported and skipped; the exit code is 1 if any, 130 if interrupted.
 */
export async function runAnalyzeCommand(args: AnalyzeArgs, io: CliIo): Promise<number> {
  const format = args.format ?? (io.stdoutIsTTY && !args.output ? 'table' : 'ndjson');
  const inputs = args.inputs.length > 0 ? args.inputs : ['-'];
  const jobs = args.jobs ?? (io.cores > 1 && (await fewerArticlesThan(inputs, WORKERS_FROM, args.jsonl)) ? 1 : io.cores);
  const showProgress = !args.quiet && io.stderrIsTTY;

  // Piped, the table need not fit a terminal.
  const columns = io.stdoutIsTTY && !args.output ? io.columns : Number.POSITIVE_INFINITY;
  const out = createFormat(format, columns);
  // Ctrl-C: the reader stops, and no more units are pulled.
  const signal = { aborted: false };
  let sink: Sink | undefined;
  const release = io.onInterrupt(
    () => {
      signal.aborted = true;
    },
    () => sink?.abandonNow(),
  );
  // The output first, so that a folder that does not exist is found before any work is done.
  try {
    sink = args.output ? await fileSink(args.output) : outputSink(io.out, out.live);
  } catch (error) {
    release();
    io.err(`marsad: ${(error as Error).message}\n`);
    return 1;
  }
  const output = sink;

  const progress = showProgress ? new ProgressBar(io.err, await totalBytes(inputs), io.columns) : undefined;
  const err = (s: string) => {
    progress?.clear();
    io.err(s);
  };
  let problems = 0;
  let failed = 0;
  let bytes = 0;
  const settings = { format, columns, field: args.field, idField: args.idField };
  const pool = jobs > 1 ? new AnalyzerPool(jobs, io.workerFile, settings) : undefined;
  const readOptions = {
    field: args.field,
    idField: args.idField,
    jsonl: args.jsonl,
    stdin: io.stdin,
    onProblem: (p: InputProblem) => {
      if (signal.aborted) return;
      problems++;
      err(`marsad: ${p.where}: ${p.message}\n`);
      progress?.update({ failed: problems + failed });
    },
    onBytes: (n: number) => {
      bytes += n;
      progress?.update({ bytes });
    },
    stopped: () => signal.aborted,
    chunkBuffer: pool ? (size: number) => pool.chunkBuffer(size) : undefined,
  };

  const maker: RowMaker = pool ?? unitRowMaker(settings);
  const clearFirst = progress !== undefined && io.stdoutIsTTY && !args.output;
  let rows = 0;
  let dropped = 0;
  try {
    let units: AsyncIterable<Unit> | Iterable<Unit>;
    if (args.dedupe) {
      // Duplicates are known only once the whole batch has been seen, so it is held in memory.
      const all: Article[] = [];
      for await (const a of readArticles(inputs, readOptions)) all.push(a);
      const deduped = withoutDuplicates(all, args.threshold, args.quiet ? () => undefined : err);
      dropped = deduped.dropped;
      units = deduped.kept.map(([article, duplicates]) => (duplicates ? { article, duplicates } : { article }));
    } else units = readUnits(inputs, readOptions);
    await output.write(out.header());
    for await (const done of mapInOrder(units, (unit) => maker.run(unit), { concurrency: pool ? jobs * IN_FLIGHT_PER_JOB : 1, signal })) {
      if (!done.ok) {
        failed++;
        err(`marsad: ${unitSource(done.item)}: analysis failed: ${errorMessage(done.error)}\n`);
        continue;
      }
      for (const note of done.value.notes) {
        if (note.kind === 'input') problems++;
        else failed++;
        err(`marsad: ${note.where}: ${note.message}\n`);
      }
      const made = done.value;
      if (made.count > 0 && clearFirst) progress.clear();
      if (made.rows instanceof Uint8Array) {
        if (made.count > 0 && rows > 0 && out.separator) await output.write(out.separator);
        await output.write(made.rows);
        maker.recycle(made.rows);
        rows += made.count;
      } else {
        for (const row of made.rows) {
          if (rows > 0 && out.separator) await output.write(out.separator);
          await output.write(`${out.lead?.(rows) ?? ''}${row}`);
          rows++;
        }
      }
      progress?.update({ done: rows, failed: problems + failed });
    }
    await output.write(out.footer(rows));
    if (signal.aborted) {
      const kept = await output.abandon();
      err(`marsad: interrupted after ${count(rows, 'article')}${kept ? `; the complete results so far are in ${kept}` : ''}\n`);
      return 130;
    }
    await output.finish();
  } catch (error) {
    const kept = await output.abandon().catch(() => undefined);
    throw new Error(`${(error as Error).message}${kept ? ` (the results so far are in ${kept})` : ''}`);
  } finally {
    release();
    await pool?.close();
    progress?.clear();
  }

  const bad = problems + failed;
  if (!args.quiet && (bad > 0 || dropped > 0 || (showProgress && rows > 1))) {
    const parts = [`${count(rows, 'article')} analysed`];
    if (dropped > 0) parts.push(`${count(dropped, 'duplicate')} left out`);
    if (problems > 0) parts.push(`${count(problems, 'input')} could not be read`);
    if (failed > 0) parts.push(`${count(failed, 'analysis', 'analyses')} failed`);
    io.err(`marsad: ${parts.join(', ')}${args.output ? `; written to ${args.output}` : ''}\n`);
  }
  return bad > 0 ? 1 : 0;
}

import { errorMessage } from '../errors';
import { createAnalyzer } from '../index';
import type { Unit } from './articles';
import { createFormat, type Format, type FormatName, type RowInfo } from './formats';
import { readLineChunk, type Article, type JsonlFields } from './jsonl';
import { SpareBuffers } from './spares';

/** Something to tell the user about an input, in order among the rows. */
export interface Note {
  /** `input`: a line that could not be read; `analysis`: an article whose analysis failed. */
  kind: 'input' | 'analysis';
  where: string;
  message: string;
}

/** The output of one {@link Unit}: its rows, formatted, and what went wrong on the way. */
export interface UnitRows {
  /**
   * The rows: one string each for a format with a {@link Format.lead} (the table), else joined
   * with the format's separator and encoded as UTF-8, which a worker hands back without a copy.
   */
  rows: string[] | Uint8Array<ArrayBuffer>;
  /** How many rows. */
  count: number;
  notes: Note[];
}

/** How rows are made: the same in the main thread and in every worker thread. */
export interface RowSettings extends JsonlFields {
  format: FormatName;
  /** The terminal's width, for the table. */
  columns: number;
}

/** Where a unit comes from, for a message about all of it: `file`, or `file:first-last`. */
export function unitSource(unit: Unit): string {
  if ('article' in unit) return unit.article.source;
  const { name, firstLine, lines } = unit.lines;
  return lines > 1 ? `${name}:${firstLine}-${firstLine + lines - 1}` : `${name}:${firstLine}`;
}

/**
 * The rows of several units of one format as those of one unit, in order: string rows end to
 * end (a format with a lead), else the bytes in one new buffer with the format's separator
 * between non-empty parts.
 */
export function joinUnitRows(parts: readonly UnitRows[], format: Format): UnitRows {
  const notes = parts.flatMap((p) => p.notes);
  const count = parts.reduce((n, p) => n + p.count, 0);
  if (format.lead) return { rows: parts.flatMap((p) => p.rows as string[]), count, notes };
  const separator = new TextEncoder().encode(format.separator);
  const full = parts.filter((p) => p.count > 0).map((p) => p.rows as Uint8Array);
  const out = new Uint8Array(full.reduce((n, b) => n + b.length, 0) + separator.length * Math.max(0, full.length - 1));
  let at = 0;
  for (const [i, b] of full.entries()) {
    if (i > 0) {
      out.set(separator, at);
      at += separator.length;
    }
    out.set(b, at);
    at += b.length;
  }
  return { rows: out, count, notes };
}

const failure = (where: string, error: unknown): Note => ({ kind: 'analysis', where, message: `analysis failed: ${errorMessage(error)}` });

/** No rows, and a note: what a unit whose analysis failed as a whole gives. */
export function failedUnitRows(format: Format, where: string, error: unknown): UnitRows {
  return { rows: format.lead ? [] : new Uint8Array(0), count: 0, notes: [failure(where, error)] };
}

/**
 * Rows encoded as UTF-8 as soon as they are made, into one buffer kept from unit to unit: a row
 * held as a string until the unit is done would outlive the young generation and pile up in the
 * old one. Each unit's bytes are then copied into a spare buffer, handed back once written, so
 * that buffers are reused rather than left for a garbage collector that, in a thread which
 * allocates little (the main one, with workers), runs too seldom to free them in time.
 */
class Utf8Rows {
  private buffer = new Uint8Array(1 << 20);
  private size = 0;
  count = 0;
  private readonly spares = new SpareBuffers(4);
  private readonly encoder = new TextEncoder();

  constructor(private readonly separator: string) {}

  add(row: string): void {
    if (this.count++ > 0 && this.separator) this.put(this.separator);
    this.put(row);
  }

  private put(s: string): void {
    // A UTF-16 code unit takes at most 3 bytes.
    const needed = this.size + 3 * s.length;
    if (needed > this.buffer.length) {
      const bigger = new Uint8Array(Math.max(needed, 2 * this.buffer.length));
      bigger.set(this.buffer.subarray(0, this.size));
      this.buffer = bigger;
    }
    this.size += this.encoder.encodeInto(s, this.buffer.subarray(this.size)).written;
  }

  /** The rows so far, in a buffer of their own (a spare if one is big enough); then empty again. */
  take(): Uint8Array<ArrayBuffer> {
    const into = this.spares.take(this.size) ?? new ArrayBuffer(this.size + (this.size >> 2));
    const out = new Uint8Array(into, 0, this.size);
    out.set(this.buffer.subarray(0, this.size));
    this.size = 0;
    this.count = 0;
    return out;
  }

  /** Takes back a buffer from {@link take} once its bytes are written. */
  recycle(buffer: ArrayBuffer): void {
    this.spares.give(buffer);
  }
}

/**
 * Turns units into rows: in this thread ({@link unitRowMaker}) or in worker threads (the
 * `AnalyzerPool`).
 */
export interface RowMaker {
  run(unit: Unit): UnitRows | Promise<UnitRows>;
  /** Hands back the bytes of a unit's rows once written, for reuse. */
  recycle(rows: Uint8Array<ArrayBuffer>): void;
}

/** A {@link RowMaker} in this thread, which answers at once. */
export interface LocalRowMaker extends RowMaker {
  run(unit: Unit): UnitRows;
}

/**
 * Makes what turns a unit into its rows: it reads the unit's articles (parsing JSONL lines),
 * analyses each with an analyzer of its own and formats its row.
 */
export function unitRowMaker(settings: RowSettings): LocalRowMaker {
  const analyzer = createAnalyzer();
  const format = createFormat(settings.format, settings.columns);
  const encoded = new Utf8Rows(format.separator);
  const run = (unit: Unit): UnitRows => {
    const rows: string[] = [];
    const notes: Note[] = [];
    const add = (a: Article, duplicates?: string[]) => {
      const info: RowInfo = { id: a.id, source: a.source, characters: a.text.length };
      if (a.fields) info.meta = a.fields;
      if (duplicates) info.duplicates = duplicates;
      let row: string;
      try {
        row = format.row({ ...info, analysis: analyzer.analyze(a.text) });
      } catch (error) {
        notes.push(failure(a.source, error));
        return;
      }
      if (format.lead) rows.push(row);
      else encoded.add(row);
    };
    if ('article' in unit) add(unit.article, unit.duplicates);
    else readLineChunk(unit.lines, settings, (r) => ('text' in r ? add(r) : notes.push({ kind: 'input', ...r })));
    if (format.lead) return { rows, count: rows.length, notes };
    const count = encoded.count;
    return { rows: encoded.take(), count, notes };
  };
  return { run, recycle: (rows) => encoded.recycle(rows.buffer) };
}

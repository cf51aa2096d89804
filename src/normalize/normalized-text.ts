import type { CompiledTable } from './compile';
import type { OffsetMap } from './offset-map';
import { RULES, type NormalizeRule } from './options';

/** A half-open range `[start, end)` of UTF-16 code units: `text.slice(start, end)`. */
export interface Span {
  /** The first code unit of the span. */
  start: number;
  /** One past the last code unit of the span (equal to `start` when it is empty). */
  end: number;
}

/** One place where normalisation changed the text, as reported by {@link NormalizedText.changes}. */
export interface NormalizationChange {
  /** Where the change starts in the original text. */
  start: number;
  /** Where the change ends in the original text (exclusive). */
  end: number;
  /** The original characters, `original.slice(start, end)`. */
  before: string;
  /** What they became (`''` when deleted). */
  after: string;
  /** The rules that made the change. */
  rules: NormalizeRule[];
}

/**
 * The result of {@link normalizeWithOffsets}: the normalised text and, for every UTF-16 code
 * unit of it, the span of the original text that produced it. Deleted characters belong to the
 * output character before them (or the first one, at the start of the text); a character that
 * expanded (a ligature) gives every output character the ligature's span.
 */
export class NormalizedText {
  /** @internal built by {@link normalizeWithOffsets}. */
  constructor(
    /** The normalised text. */
    readonly text: string,
    /** The input text. */
    readonly original: string,
    private readonly map: OffsetMap,
    private readonly table: CompiledTable,
  ) {}

  /** Per code unit of `text`, where its span in `original` starts (non-decreasing; built on first use). */
  get starts(): Uint32Array {
    return this.map.arrays().starts;
  }

  /** Per code unit of `text`, where its span in `original` ends (non-decreasing; built on first use). */
  get ends(): Uint32Array {
    return this.map.arrays().ends;
  }

  /** @internal where the original span of normalised unit `o` starts (no checks; for segmenters). */
  originalStart(o: number): number {
    return this.map.start(o);
  }

  /** @internal where the original span of normalised unit `o` ends (no checks; for segmenters). */
  originalEnd(o: number): number {
    return this.map.end(o);
  }

  /**
   * Maps a span of the normalised text to the span of the original text that produced it.
   * An empty span maps to the original position where it stands.
   *
   * @example
   * const r = normalizeWithOffsets('الإِسْلام');
   * r.text; //=> 'الاسلام'
   * r.toOriginal(2, 3); //=> { start: 2, end: 4 } ('إِ', the alef with its kasra)
   */
  toOriginal(start: number, end: number): Span {
    const n = this.text.length;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > n) {
      throw new RangeError(
        `toOriginal: expected 0 <= start <= end <= ${n} (the normalised length), got start ${String(start)}, end ${String(end)}`,
      );
    }
    if (start === end) {
      const at = start === 0 ? 0 : start === n ? this.original.length : this.map.start(start);
      return { start: at, end: at };
    }
    return { start: this.map.start(start), end: this.map.end(end - 1) };
  }

  /**
   * Every place the text changed, in order: the original span, before, after and the rules
   * responsible. Groups of output characters whose spans overlap form one change.
   *
   * @example
   * normalizeWithOffsets('قالَ').changes();
   * //=> [{ start: 2, end: 4, before: 'لَ', after: 'ل', rules: ['diacritics'] }]
   */
  changes(): NormalizationChange[] {
    const { text, original, starts, ends } = this;
    const result: NormalizationChange[] = [];
    const n = text.length;
    if (n === 0) {
      if (original.length > 0) result.push(this.change(0, original.length, ''));
      return result;
    }
    let g = 0;
    while (g < n) {
      let h = g + 1;
      let end = ends[g] as number;
      while (h < n && (starts[h] as number) < end) {
        end = Math.max(end, ends[h] as number);
        h++;
      }
      const start = starts[g] as number;
      const after = text.slice(g, h);
      if (end - start !== after.length || original.slice(start, end) !== after) {
        result.push(this.change(start, end, after));
      }
      g = h;
    }
    return result;
  }

  private change(start: number, end: number, after: string): NormalizationChange {
    const before = this.original.slice(start, end);
    const { rules: ruleMasks, options } = this.table;
    const composed = options.switches.nfc ? before.normalize('NFC') : before;
    let mask = composed === before ? 0 : 1 << RULES.indexOf('nfc');
    for (let k = 0; k < composed.length; k++) mask |= ruleMasks[composed.charCodeAt(k)] as number;
    return { start, end, before, after, rules: RULES.filter((_, r) => mask & (1 << r)) };
  }
}

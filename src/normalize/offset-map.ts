/**
 * Where each UTF-16 unit of a normalised text came from in the original.
 *
 * Most normalisation is one unit for one unit (a folded alef stays in place), so the map is kept
 * as pieces and the engine records a piece only where alignment changes: after a deletion, and
 * for each expansion or NFC chunk. A piece is `[outStart, inStart, inEnd]`:
 * - aligned (`inEnd` = -1): output unit `o` comes from input unit `inStart + (o - outStart)`;
 * - group: every output unit of the piece comes from the input span `[inStart, inEnd)`.
 * A piece runs until the next one starts. The last unit of a piece also takes whatever the input
 * skipped before the next piece (deleted characters belong to the unit before them); the first
 * unit starts at 0 and the last ends at the input's end.
 */
export class OffsetMap {
  private starts?: Uint32Array;
  private ends?: Uint32Array;
  /** The piece of the last lookup. */
  private hint = 0;

  private constructor(
    readonly outLength: number,
    readonly inLength: number,
    private readonly pieces: ArrayLike<number> | undefined,
    arrays?: { starts: Uint32Array; ends: Uint32Array },
  ) {
    if (arrays) {
      this.starts = arrays.starts;
      this.ends = arrays.ends;
    }
  }

  /** A map from pieces recorded by the engine (see the class comment). */
  static fromPieces(pieces: ArrayLike<number>, outLength: number, inLength: number): OffsetMap {
    return new OffsetMap(outLength, inLength, pieces);
  }

  /** The map of a text that did not change. */
  static identity(length: number): OffsetMap {
    return new OffsetMap(length, length, [0, 0, -1]);
  }

  /** `second` maps into the output of `first`; the result maps into the input of `first`. */
  static compose(first: OffsetMap, second: OffsetMap): OffsetMap {
    const m = second.outLength;
    const starts = new Uint32Array(m);
    const ends = new Uint32Array(m);
    const a = first.arrays();
    const b = second.arrays();
    for (let p = 0; p < m; p++) {
      starts[p] = a.starts[b.starts[p] as number] as number;
      ends[p] = a.ends[(b.ends[p] as number) - 1] as number;
    }
    return new OffsetMap(m, first.inLength, undefined, { starts, ends });
  }

  /** Start, in the input, of the span of output unit `o` (0 <= o < outLength). */
  start(o: number): number {
    if (this.starts) return this.starts[o] as number;
    return o === 0 ? 0 : this.startIn(this.pieceOf(o), o);
  }

  /** End, in the input, of the span of output unit `o` (0 <= o < outLength). */
  end(o: number): number {
    if (this.ends) return this.ends[o] as number;
    if (o === this.outLength - 1) return this.inLength;
    const pieces = this.pieces as ArrayLike<number>;
    const p = this.pieceOf(o);
    const natural = this.endIn(p, o);
    const next = p + 3;
    if (next < pieces.length && pieces[next] === o + 1) return Math.max(natural, pieces[next + 1] as number);
    return natural;
  }

  /** The map as two arrays, one entry per output unit (built on first use). */
  arrays(): { starts: Uint32Array; ends: Uint32Array } {
    if (!this.starts || !this.ends) {
      const starts = new Uint32Array(this.outLength);
      const ends = new Uint32Array(this.outLength);
      const pieces = this.pieces as ArrayLike<number>;
      for (let p = 0; p < pieces.length; p += 3) {
        const outStart = pieces[p] as number;
        const outEnd = Math.min(p + 3 < pieces.length ? (pieces[p + 3] as number) : this.outLength, this.outLength);
        for (let o = outStart; o < outEnd; o++) {
          starts[o] = this.startIn(p, o);
          ends[o] = this.endIn(p, o);
        }
        if (outEnd > outStart && p + 3 < pieces.length) {
          ends[outEnd - 1] = Math.max(ends[outEnd - 1] as number, pieces[p + 4] as number);
        }
      }
      if (this.outLength > 0) {
        starts[0] = 0;
        ends[this.outLength - 1] = this.inLength;
      }
      this.starts = starts;
      this.ends = ends;
    }
    return { starts: this.starts, ends: this.ends };
  }

  /** Start of output unit `o`'s span as piece `p` (an index in `pieces`) gives it. */
  private startIn(p: number, o: number): number {
    const pieces = this.pieces as ArrayLike<number>;
    const inStart = pieces[p + 1] as number;
    return pieces[p + 2] === -1 ? inStart + o - (pieces[p] as number) : inStart;
  }

  /** End of output unit `o`'s span as piece `p` gives it, before what the input skipped after it. */
  private endIn(p: number, o: number): number {
    const inEnd = (this.pieces as ArrayLike<number>)[p + 2] as number;
    return inEnd === -1 ? this.startIn(p, o) + 1 : inEnd;
  }

  /** Index in `pieces` of the piece that holds output unit `o`. */
  private pieceOf(o: number): number {
    const pieces = this.pieces as ArrayLike<number>;
    // Callers mostly ask in increasing order (a tokenizer walking the text): try where the last answer was first.
    let p = this.hint;
    if ((pieces[p] as number) <= o) {
      while (p + 3 < pieces.length && (pieces[p + 3] as number) <= o) {
        p += 3;
        if (p - this.hint > 24) break;
      }
      if (p + 3 >= pieces.length || (pieces[p + 3] as number) > o) return (this.hint = p);
    }
    let lo = 0;
    let hi = pieces.length / 3 - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((pieces[mid * 3] as number) <= o) lo = mid;
      else hi = mid - 1;
    }
    return (this.hint = lo * 3);
  }
}

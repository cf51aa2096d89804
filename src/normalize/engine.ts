import {
  ACTION,
  COPY,
  type CompiledTable,
  DELETE,
  EXPAND,
  SENSITIVE,
  SINGLE,
  SURROGATE,
  isSensitiveAstral,
} from './compile';

/** The output of one pass: text and, when tracked, each output unit's span in the pass input. */
export interface PassResult {
  readonly text: string;
  /** `undefined` when the pass changed nothing (the map is the identity). */
  readonly starts: Uint32Array | undefined;
  readonly ends: Uint32Array | undefined;
  /** Output may not be NFC yet (a deletion or expansion next to a kept combining mark). */
  readonly hazard: boolean;
}

const nfcMemo = new Map<string, string>();

/** NFC of a short chunk (a starter and its marks); chunks repeat a lot in diacritised text. */
function nfcChunk(chunk: string): string {
  let hit = nfcMemo.get(chunk);
  if (hit === undefined) {
    hit = chunk.normalize('NFC');
    if (nfcMemo.size >= 4096) nfcMemo.clear();
    nfcMemo.set(chunk, hit);
  }
  return hit;
}

/** Output buffers that grow on demand. */
class Writer {
  buf: Uint16Array;
  starts: Uint32Array;
  ends: Uint32Array;
  o = 0;

  constructor(
    capacity: number,
    readonly track: boolean,
  ) {
    this.buf = new Uint16Array(capacity);
    this.starts = new Uint32Array(track ? capacity : 0);
    this.ends = new Uint32Array(track ? capacity : 0);
  }

  push(unit: number, start: number, end: number): void {
    if (this.o === this.buf.length) this.grow();
    this.buf[this.o] = unit;
    if (this.track) {
      this.starts[this.o] = start;
      this.ends[this.o] = end;
    }
    this.o++;
  }

  /** A deleted input unit joins the span of the output unit before it. */
  extend(end: number): void {
    if (this.track && this.o > 0) this.ends[this.o - 1] = end;
  }

  grow(): void {
    const size = this.buf.length * 2 + 16;
    const buf = new Uint16Array(size);
    buf.set(this.buf);
    this.buf = buf;
    if (this.track) {
      const starts = new Uint32Array(size);
      starts.set(this.starts);
      this.starts = starts;
      const ends = new Uint32Array(size);
      ends.set(this.ends);
      this.ends = ends;
    }
  }

  toString(): string {
    const { buf, o } = this;
    let text = '';
    // fromCharCode keeps lone surrogates as they are (a UTF-16 decoder would replace them).
    for (let p = 0; p < o; p += 8192) {
      text += String.fromCharCode.apply(null, buf.subarray(p, Math.min(p + 8192, o)) as unknown as number[]);
    }
    return text;
  }
}

/**
 * One pass over the text: NFC per chunk (a starter and the combining marks after it), then each
 * code unit through the compiled table. Chunks of a letter and Arabic marks that are all deleted
 * skip NFC, since only U+0653-0655 compose with a letter and reordering deleted marks changes
 * nothing.
 */
export function runPass(src: string, table: CompiledTable, track: boolean): PassResult {
  const { kind, single, expand } = table;
  const nfc = table.options.switches.nfc;
  const n = src.length;

  // Fast scan: most text that is already normal needs no output buffer at all.
  let i = 0;
  let atMark = false;
  while (i < n) {
    const k = kind[src.charCodeAt(i)] as number;
    if (k === COPY) {
      i++;
      continue;
    }
    if (k !== SURROGATE) {
      atMark = (k & SENSITIVE) !== 0;
      break;
    }
    if (nfc && isAstralMark(src, i)) {
      atMark = true;
      break;
    }
    i += isPair(src, i) ? 2 : 1;
  }
  if (i === n) return { text: src, starts: undefined, ends: undefined, hazard: false };

  const w = new Writer(n + (n >> 4) + 16, track);
  // Step back to the starter before a combining mark, so that its chunk includes it.
  if (atMark && i > 0) i = isPair(src, i - 2) ? i - 2 : i - 1;
  for (let p = 0; p < i; p++) w.push(src.charCodeAt(p), p, p + 1);

  let baseIn = -1; // input index of the last starter
  let baseOut = 0; // output length before that starter was written
  let hazard = false;

  while (i < n) {
    const c = src.charCodeAt(i);
    const k = kind[c] as number;
    if (k === COPY) {
      baseIn = i;
      baseOut = w.o;
      w.push(c, i, i + 1);
      i++;
      continue;
    }
    if (nfc && (k & SENSITIVE || (k === SURROGATE && isAstralMark(src, i)))) {
      // A run of combining marks (or NFC-unstable characters) after the starter at baseIn.
      let j = i;
      let allDeleted = true;
      while (j < n) {
        const cj = src.charCodeAt(j);
        const kj = kind[cj] as number;
        if (kj & SENSITIVE) {
          if ((kj & ACTION) !== DELETE || (cj >= 0x0653 && cj <= 0x0655)) allDeleted = false;
          j++;
        } else if (kj === SURROGATE && isAstralMark(src, j)) {
          allDeleted = false;
          j += 2;
        } else break;
      }
      if (allDeleted) {
        w.extend(j);
        i = j;
        continue;
      }
      // The chunk starts at the starter just before (a mark always follows one, but at the start).
      const start = baseIn >= 0 ? baseIn : i;
      if (baseIn >= 0) w.o = baseOut;
      const out = nfcChunk(src.slice(start, j));
      const before = w.o;
      for (let q = 0; q < out.length; q++) {
        const u = out.charCodeAt(q);
        const a = (kind[u] as number) & ACTION;
        if (a === DELETE) continue;
        if (a === SINGLE) w.push(single[u] as number, start, j);
        else if (a === EXPAND) {
          const rep = expand.get(u) as string;
          for (let r = 0; r < rep.length; r++) w.push(rep.charCodeAt(r), start, j);
        } else {
          w.push(u, start, j);
          if (kind[u]! & SENSITIVE || a === SURROGATE) hazard = true;
        }
      }
      if (w.o === before) w.extend(j);
      baseIn = -1;
      i = j;
      continue;
    }
    baseIn = i;
    baseOut = w.o;
    switch (k & ACTION) {
      case DELETE:
        w.extend(i + 1);
        break;
      case SINGLE:
        w.push(single[c] as number, i, i + 1);
        break;
      case EXPAND: {
        const rep = expand.get(c) as string;
        for (let r = 0; r < rep.length; r++) w.push(rep.charCodeAt(r), i, i + 1);
        if (nfc) hazard = true;
        break;
      }
      default: {
        // A surrogate: a pair is one astral character; a lone surrogate is kept as it is.
        if (isPair(src, i)) {
          w.push(c, i, i + 2);
          w.push(src.charCodeAt(i + 1), i, i + 2);
          i += 2;
          continue;
        }
        w.push(c, i, i + 1);
      }
    }
    i++;
  }

  if (track && w.o > 0) {
    // Leading deletions belong to the first output unit, trailing ones to the last.
    w.starts[0] = 0;
    w.ends[w.o - 1] = n;
  }
  return {
    text: w.toString(),
    starts: track ? w.starts.subarray(0, w.o) : undefined,
    ends: track ? w.ends.subarray(0, w.o) : undefined,
    hazard,
  };
}

/** Whether a surrogate pair (high, low) starts at `i`. */
function isPair(src: string, i: number): boolean {
  const hi = src.charCodeAt(i);
  const lo = src.charCodeAt(i + 1);
  return hi >= 0xd800 && hi < 0xdc00 && lo >= 0xdc00 && lo < 0xe000;
}

/** Whether an astral combining mark (or NFC-unstable character) starts at `i`. */
function isAstralMark(src: string, i: number): boolean {
  return isPair(src, i) && isSensitiveAstral(src.codePointAt(i) as number);
}

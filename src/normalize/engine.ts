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

/** A copy of `array` with room for `size` elements. */
function grown<T extends Uint16Array | Uint32Array>(array: T, size: number): T {
  const next = new (array.constructor as new (size: number) => T)(size);
  next.set(array);
  return next;
}

interface Utf16Decoder {
  decode(input: Uint16Array): string;
}
type DecoderClass = new (label: string, options: { ignoreBOM: boolean }) => Utf16Decoder;
let utf16: Utf16Decoder | undefined;

/**
 * The string of UTF-16 units `buf[0..length)`. TextDecoder is three times faster than
 * fromCharCode, but replaces lone surrogates, so text that has any takes the slow way.
 */
function decode(buf: Uint16Array, length: number, lone: boolean): string {
  if (!lone) {
    // Every runtime marsad supports has TextDecoder; the core's lib types do not declare it.
    const Decoder = (globalThis as { TextDecoder?: DecoderClass }).TextDecoder;
    if (Decoder) {
      utf16 ??= new Decoder('utf-16le', { ignoreBOM: true });
      return utf16.decode(buf.subarray(0, length));
    }
  }
  let text = '';
  for (let p = 0; p < length; p += 8192) {
    text += String.fromCharCode.apply(null, buf.subarray(p, Math.min(p + 8192, length)) as unknown as number[]);
  }
  return text;
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
  let lone = false; // a lone surrogate was seen
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
    if (isPair(src, i)) i += 2;
    else {
      lone = true;
      i++;
    }
  }
  if (i === n) return { text: src, starts: undefined, ends: undefined, hazard: false };

  // Step back to the starter before a combining mark, so that its chunk includes it.
  if (atMark && i > 0) i = isPair(src, i - 2) ? i - 2 : i - 1;

  // Output buffers, kept in locals for speed. Invariant: there is always room for the rest of
  // the input at one unit per unit; only expansions need to check for more.
  let cap = n + (n >> 4) + 16;
  let buf = new Uint16Array(cap);
  let starts = new Uint32Array(track ? cap : 0);
  let ends = new Uint32Array(track ? cap : 0);
  let o = 0;
  for (; o < i; o++) {
    buf[o] = src.charCodeAt(o);
    if (track) {
      starts[o] = o;
      ends[o] = o + 1;
    }
  }

  let baseIn = -1; // input index of the last starter
  let baseOut = 0; // output length before that starter was written
  let hazard = false;

  while (i < n) {
    const c = src.charCodeAt(i);
    const k = kind[c] as number;
    if (k === COPY || k === SINGLE) {
      baseIn = i;
      baseOut = o;
      buf[o] = k === COPY ? c : (single[c] as number);
      if (track) {
        starts[o] = i;
        ends[o] = i + 1;
      }
      o++;
      i++;
      continue;
    }
    if (k === DELETE) {
      // A deleted unit joins the span of the output unit before it.
      baseIn = i;
      baseOut = o;
      if (track && o > 0) ends[o - 1] = i + 1;
      i++;
      continue;
    }

    // What the rest of the loop may write: one chunk or expansion, then the rest of the input.
    let spanStart = i;
    let spanEnd = i + 1;
    let out: string;
    let chunk = false;
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
        if (track && o > 0) ends[o - 1] = j;
        i = j;
        continue;
      }
      // The chunk starts at the starter just before (a mark always follows one, but at the start).
      if (baseIn >= 0) {
        spanStart = baseIn;
        o = baseOut;
      }
      spanEnd = j;
      out = nfcChunk(src.slice(spanStart, j));
      baseIn = -1;
      chunk = true;
    } else if ((k & ACTION) === EXPAND) {
      baseIn = i;
      baseOut = o;
      out = expand.get(c) as string;
    } else {
      // A surrogate: a pair is one astral character; a lone surrogate is kept as it is.
      baseIn = i;
      baseOut = o;
      if (isPair(src, i)) spanEnd = i + 2;
      else lone = true;
      out = src.slice(i, spanEnd);
    }

    // Write `out` (each unit through the table, but for what an expansion already resolved).
    const need = o + out.length * 3 + (n - spanEnd) + 16;
    if (need > cap) {
      cap = need * 2;
      buf = grown(buf, cap);
      if (track) {
        starts = grown(starts, cap);
        ends = grown(ends, cap);
      }
    }
    const written = o;
    const resolved = (k & ACTION) === EXPAND && spanEnd === i + 1;
    for (let q = 0; q < out.length; q++) {
      const u = out.charCodeAt(q);
      const a = resolved ? COPY : (kind[u] as number) & ACTION;
      if (a === DELETE) continue;
      if (a === EXPAND) {
        const rep = expand.get(u) as string;
        for (let r = 0; r < rep.length; r++) buf[o++] = rep.charCodeAt(r);
      } else buf[o++] = a === SINGLE ? (single[u] as number) : u;
      if (chunk && a === SURROGATE) lone = true; // rare: decode the safe way
      // A kept combining mark may need another NFC pass after this one.
      if (nfc && (kind[buf[o - 1] as number]! & SENSITIVE || (chunk && a === SURROGATE))) hazard = true;
    }
    if (track) {
      for (let p = written; p < o; p++) {
        starts[p] = spanStart;
        ends[p] = spanEnd;
      }
      if (o === written && o > 0) ends[o - 1] = spanEnd;
    }
    if ((k & ACTION) === EXPAND && nfc) hazard = true;
    i = spanEnd;
  }

  if (track && o > 0) {
    // Leading deletions belong to the first output unit, trailing ones to the last.
    starts[0] = 0;
    ends[o - 1] = n;
  }
  return {
    text: decode(buf, o, lone),
    starts: track ? starts.subarray(0, o) : undefined,
    ends: track ? ends.subarray(0, o) : undefined,
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

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
import { OffsetMap } from './offset-map';

/** The output of one pass: text and, when tracked, where each output unit came from. */
export interface PassResult {
  readonly text: string;
  /** `undefined` when offsets were not tracked or the pass changed nothing (the identity). */
  readonly map: OffsetMap | undefined;
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
function grown(array: Uint16Array, size: number): Uint16Array<ArrayBuffer> {
  const next = new Uint16Array(size);
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
  const { unit, kind, single, expand } = table;
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
  if (i === n) return { text: src, map: undefined, hazard: false };

  // Step back to the starter before a combining mark, so that its chunk includes it.
  if (atMark && i > 0) i = isPair(src, i - 2) ? i - 2 : i - 1;

  // Output buffers, kept in locals for speed. Invariant: there is always room for the rest of
  // the input at one unit per unit; only expansions need to check for more.
  let cap = n + (n >> 4) + 16;
  let buf = new Uint16Array(cap);
  let o = 0;
  for (; o < i; o++) buf[o] = src.charCodeAt(o);
  // Offset map pieces (see OffsetMap): only the slow path below records any.
  const pieces: number[] = [0, 0, -1];
  const piece = (outStart: number, inStart: number, inEnd: number): void => {
    let last = pieces.length - 3;
    while (last > 0 && (pieces[last] as number) >= outStart) last -= 3;
    if ((pieces[last] as number) >= outStart) pieces.length = last;
    else pieces.length = last + 3;
    pieces.push(outStart, inStart, inEnd);
  };

  // The last starter written by the slow path below: where it starts and ends in the input, and
  // the output length before it. A combining mark's chunk starts at the starter before it.
  let slowStart = -1;
  let slowEnd = -1;
  let slowOut = 0;
  let hazard = false;

  while (i < n) {
    const c = src.charCodeAt(i);
    const m = unit[c] as number;
    if (m < 0x10000) {
      // The common case: a unit that is kept or becomes one other unit, in place.
      buf[o++] = m;
      i++;
      continue;
    }
    const k = kind[c] as number;
    if (k === DELETE) {
      // A deleted unit joins the span of the output unit before it.
      if (track) piece(o, i + 1, -1);
      slowStart = i;
      slowEnd = i + 1;
      slowOut = o;
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
        if (track) piece(o, j, -1);
        i = j;
        continue;
      }
      // The chunk starts at the starter just before (a mark always follows one, but at the start):
      // written by the slow path, or else a single unit written by the fast path.
      if (slowEnd === i) {
        spanStart = slowStart;
        o = slowOut;
      } else if (i > 0) {
        spanStart = i - 1;
        o--;
      }
      spanEnd = j;
      out = nfcChunk(src.slice(spanStart, j));
      slowEnd = -1;
      chunk = true;
    } else {
      if ((k & ACTION) === EXPAND) out = expand.get(c) as string;
      else {
        // A surrogate: a pair is one astral character; a lone surrogate is kept as it is.
        if (isPair(src, i)) spanEnd = i + 2;
        else lone = true;
        out = src.slice(i, spanEnd);
      }
      slowStart = i;
      slowEnd = spanEnd;
      slowOut = o;
    }

    // Write `out` (each unit through the table, but for what an expansion already resolved).
    const need = o + out.length * 3 + (n - spanEnd) + 16;
    if (need > cap) {
      cap = need * 2;
      buf = grown(buf, cap);
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
      if (o > written) piece(written, spanStart, spanEnd);
      piece(o, spanEnd, -1);
    }
    if ((k & ACTION) === EXPAND && nfc) hazard = true;
    i = spanEnd;
  }

  return { text: decode(buf, o, lone), map: track ? OffsetMap.fromPieces(pieces, o, n) : undefined, hazard };
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

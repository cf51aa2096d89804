import {
  ACTION,
  COPY,
  type CompiledTable,
  DELETE,
  EXPAND,
  MARKS,
  SENSITIVE,
  SINGLE,
  SKIP,
  SURROGATE,
  isSensitiveAstral,
} from './compile';
import { OffsetMap } from './offset-map';
import { decodeUtf16 } from './utf16';

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

/** Texts up to this many UTF-16 units share one output buffer instead of allocating their own. */
const SHARED_BUFFER_UNITS = 1 << 20;
let shared: Uint16Array<ArrayBuffer> | undefined;

/**
 * A buffer for a pass's output. Allocating and zeroing a fresh one costs as much as a tenth of a
 * pass, so passes over texts of up to 2 MB reuse one (a pass never calls out, so it cannot be
 * re-entered); larger texts get their own, so no more than that is ever kept.
 */
function outputBuffer(size: number): Uint16Array<ArrayBuffer> {
  if (size > SHARED_BUFFER_UNITS) return new Uint16Array(size);
  shared ??= new Uint16Array(SHARED_BUFFER_UNITS);
  return shared;
}

/** A copy of `array` with room for `size` units. */
function grown(array: Uint16Array, size: number): Uint16Array<ArrayBuffer> {
  const next = new Uint16Array(size);
  next.set(array);
  return next;
}

/** A copy of offset map pieces with four times the room (text dense with marks has many). */
function grownPieces(pieces: Int32Array): Int32Array<ArrayBuffer> {
  const next = new Int32Array(pieces.length * 4);
  next.set(pieces);
  return next;
}

/**
 * One pass over the text: NFC per chunk (a starter and the combining marks after it), then each
 * code unit through the compiled table. The hot path handles units that stay in place (kept,
 * folded to one unit, or deleted); chunks, expansions and surrogates take the slow path below it.
 * Deleted marks that cannot compose skip NFC, since reordering marks that are all deleted
 * changes nothing.
 *
 * All state lives in locals of this one function: V8 keeps such a loop optimised even when its
 * rare branches run for the first time, which it does not for the same loop split into methods.
 */
export function runPass(src: string, table: CompiledTable, track: boolean): PassResult {
  const { unit, kind, single, expand } = table;
  const nfc = table.options.switches.nfc;
  const n = src.length;

  // Fast scan: most text that is already normal needs no output buffer at all.
  let i = 0;
  let atMark = false;
  let lone = false; // a lone surrogate was seen: decode the safe way
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

  // Output units. Invariant: room for the rest of the input at one unit per unit.
  let buf = outputBuffer(n + (n >> 4) + 16);
  let o = 0;
  for (; o < i; o++) buf[o] = src.charCodeAt(o);
  // Offset map pieces `[outStart, inStart, inEnd]` (see OffsetMap); `pc` numbers are in use.
  let pieces = new Int32Array(track ? 96 + (n >> 4) : 0);
  let pc = 3;
  if (track) pieces[2] = -1; // aligned from the start
  // The last item written by the slow path: its input span and the output length before it.
  // A mark that follows it (after units skipped in place) redoes it as its starter.
  let slowStart = -1;
  let slowEnd = -1;
  let slowOut = 0;
  let hazard = false;

  const n8 = n - 8;
  let retry8 = 0;
  while (i < n) {
    // Eight units at a time while they all stay in place: a quarter faster on news text.
    if (i <= n8 && i >= retry8) {
      const a = unit[src.charCodeAt(i)] as number;
      const b = unit[src.charCodeAt(i + 1)] as number;
      const d = unit[src.charCodeAt(i + 2)] as number;
      const e = unit[src.charCodeAt(i + 3)] as number;
      const f = unit[src.charCodeAt(i + 4)] as number;
      const g = unit[src.charCodeAt(i + 5)] as number;
      const h = unit[src.charCodeAt(i + 6)] as number;
      const l = unit[src.charCodeAt(i + 7)] as number;
      if ((a | b | d | e | f | g | h | l) < 0x10000) {
        buf[o] = a;
        buf[o + 1] = b;
        buf[o + 2] = d;
        buf[o + 3] = e;
        buf[o + 4] = f;
        buf[o + 5] = g;
        buf[o + 6] = h;
        buf[o + 7] = l;
        o += 8;
        i += 8;
        continue;
      }
      // Text dense with marks rarely has eight in a row: go one by one for a while.
      retry8 = i + 64;
    }
    const c = src.charCodeAt(i);
    const m = unit[c] as number;
    if (m <= SKIP) {
      // In place or skipped, without a branch between the two (they alternate unpredictably in
      // text with harakat): the unit is written either way, and kept only if it is not SKIP.
      buf[o] = m;
      o += 1 - (m >>> 16);
      i++;
      if (track && m === SKIP) {
        // A deleted unit joins the span of the output unit before it: alignment moves on (once
        // for a run of them, like shadda and vowel).
        while (i < n && unit[src.charCodeAt(i)] === SKIP) i++;
        if (pc + 3 > pieces.length) pieces = grownPieces(pieces);
        pc = setPiece(pieces, pc, o, i, -1);
      }
      continue;
    }

    const k = kind[c] as number;
    let spanStart = i;
    let spanEnd = i + 1;
    let out: string;
    let chunk = false;
    if (nfc && (k & SENSITIVE || (k === SURROGATE && isAstralMark(src, i)))) {
      // A run of combining marks (or NFC-unstable characters) after a starter.
      let j = i;
      while (j < n) {
        if ((kind[src.charCodeAt(j)] as number) & SENSITIVE) j++;
        else if (isAstralMark(src, j)) j += 2;
        else break;
      }
      // The starter is before any units skipped in place: an item of the slow path, or else a
      // single unit of the hot path.
      let p = i - 1;
      while (p >= 0 && p >= slowEnd && unit[src.charCodeAt(p)] === SKIP) p--;
      if (p < 0) spanStart = 0;
      else if (slowEnd === p + 1) {
        spanStart = slowStart;
        o = slowOut;
      } else {
        spanStart = p;
        o--;
      }
      spanEnd = j;
      out = nfcChunk(src.slice(spanStart, j));
      chunk = true;
    } else if ((k & ACTION) === EXPAND) {
      out = expand.get(c) as string;
      if (nfc && k & MARKS) hazard = true;
    } else {
      // A surrogate: a pair is one astral character; a lone surrogate is kept as it is.
      if (isPair(src, i)) spanEnd = i + 2;
      else lone = true;
      out = src.slice(i, spanEnd);
    }

    // Write `out`: chunk units go through the table; an expansion is already resolved.
    const need = o + out.length * 3 + (n - spanEnd) + 16;
    if (need > buf.length) buf = grown(buf, Math.max(need, buf.length * 2));
    const written = o;
    for (let q = 0; q < out.length; q++) {
      const u = out.charCodeAt(q);
      const a = chunk ? (kind[u] as number) & ACTION : COPY;
      if (a === DELETE) continue;
      if (a === EXPAND) {
        const rep = expand.get(u) as string;
        for (let r = 0; r < rep.length; r++) buf[o++] = rep.charCodeAt(r);
      } else buf[o++] = a === SINGLE ? (single[u] as number) : u;
      if (chunk) {
        if (a === SURROGATE) lone = true;
        // A kept combining mark may need another NFC pass after this one.
        if ((kind[buf[o - 1] as number] as number) & SENSITIVE || a === SURROGATE) hazard = true;
      }
    }
    if (track) {
      if (pc + 6 > pieces.length) pieces = grownPieces(pieces);
      if (o > written) pc = setPiece(pieces, pc, written, spanStart, spanEnd);
      pc = setPiece(pieces, pc, o, spanEnd, -1);
    }
    slowStart = spanStart;
    slowEnd = spanEnd;
    slowOut = written;
    i = spanEnd;
  }

  return {
    text: decodeUtf16(buf, o, lone),
    // (a view when it fills most of the buffer; a copy, so as not to keep a large buffer, if not)
    map: track ? OffsetMap.fromPieces(pc * 2 > pieces.length ? pieces.subarray(0, pc) : pieces.slice(0, pc), o, n) : undefined,
    hazard,
  };
}

/**
 * Records in `pieces` (with `pc` numbers in use) a piece from output unit `outStart` on,
 * replacing any that start at or after it; returns the new count. The caller makes room for one
 * more piece.
 */
function setPiece(pieces: Int32Array, pc: number, outStart: number, inStart: number, inEnd: number): number {
  while (pc > 3 && (pieces[pc - 3] as number) >= outStart) pc -= 3;
  if (pc === 3 && outStart === 0) pc = 0;
  pieces[pc] = outStart;
  pieces[pc + 1] = inStart;
  pieces[pc + 2] = inEnd;
  return pc + 3;
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

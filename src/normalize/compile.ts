import { CHAR_RULES, type CharRange, type CharRuleId } from './data/rules';
import { NFC_SENSITIVE_RANGES } from './data/nfc-sensitive';
import { RULES, type NormalizeRule, type ResolvedOptions } from './options';

/** What the engine does with a UTF-16 code unit: the low three bits of `kind`. */
export const COPY = 0;
export const DELETE = 1;
export const SINGLE = 2;
export const EXPAND = 3;
export const SURROGATE = 4;
export const ACTION = 7;
/** Set on code units that NFC may change in context (combining marks, NFC_QC=No). */
export const SENSITIVE = 8;
/** Set on EXPAND units whose replacement holds a combining mark (NFC may need another pass). */
export const MARKS = 16;

/** `unit` value of a deleted unit that composes with nothing: skipped in place. */
export const SKIP = 0x10000;
/** `unit` value of anything else (above SKIP): the engine's slow path reads `kind`. */
export const SLOW = 0x10001;

/** Lookup tables for one set of options, built once and shared by every call. */
export interface CompiledTable {
  readonly options: ResolvedOptions;
  /**
   * Per UTF-16 code unit, the hot path's one lookup: the output unit when the unit is kept or
   * becomes one other unit (and NFC cannot touch it); SKIP for a deleted unit (but a mark that
   * could compose with the letter before it); else SLOW.
   */
  readonly unit: Uint32Array;
  /** Per UTF-16 code unit: action (low 3 bits) | SENSITIVE. */
  readonly kind: Uint8Array;
  /** Replacement code unit for SINGLE. */
  readonly single: Uint16Array;
  /** Replacement strings for EXPAND. */
  readonly expand: ReadonlyMap<number, string>;
  /** Per code unit: bit i set when rule RULES[i] acts on it (for reports, not the hot path). */
  readonly rules: Uint16Array;
}

/** Bit of a rule in {@link CompiledTable.rules}. */
export const ruleBit = (rule: NormalizeRule): number => 1 << RULES.indexOf(rule);

const CHAR_RULE_IDS = Object.keys(CHAR_RULES) as CharRuleId[];

/** Builds the lookup tables for resolved options. */
export function compileTable(options: ResolvedOptions): CompiledTable {
  const { switches, flavour } = options;
  // code point -> [replacement, rule bit] for every enabled rule, with the flavour's sets.
  const direct = new Map<number, readonly [string, number]>();
  for (const id of CHAR_RULE_IDS) {
    if (!switches[id]) continue;
    const data = CHAR_RULES[id];
    const ranges: readonly CharRange[] = (flavour !== 'marsad' && data[flavour]) || data.ranges;
    const bit = ruleBit(id);
    for (const [first, last, to] of ranges) {
      for (let cp = first; cp <= last; cp++) direct.set(cp, [to, bit]);
    }
  }

  // A replacement may itself be subject to other rules (ﻷ -> لأ -> لا; ۓ -> ئ -> ي), so each
  // code point gets the fixpoint of the rules, computed here once instead of per character.
  const resolve = (cp: number, depth: number): readonly [string, number] => {
    const hit = direct.get(cp);
    if (!hit || depth > 4) return [String.fromCodePoint(cp), 0];
    let text = '';
    let mask = hit[1];
    for (const ch of hit[0]) {
      const [t, m] = ch.codePointAt(0) === cp ? [ch, 0] : resolve(ch.codePointAt(0) as number, depth + 1);
      text += t;
      mask |= m;
    }
    return [text, mask];
  };

  const kind = new Uint8Array(0x10000);
  const single = new Uint16Array(0x10000);
  const rules = new Uint16Array(0x10000);
  const expand = new Map<number, string>();
  kind.fill(SURROGATE, 0xd800, 0xe000);
  for (const cp of direct.keys()) {
    if (cp > 0xffff) continue; // every rule's characters are in the BMP
    const [to, mask] = resolve(cp, 0);
    rules[cp] = mask;
    if (to === '') kind[cp] = DELETE;
    else if (to.length === 1) {
      const unit = to.charCodeAt(0);
      if (unit !== cp) {
        kind[cp] = SINGLE;
        single[cp] = unit;
      }
    } else {
      kind[cp] = EXPAND;
      expand.set(cp, to);
    }
  }
  if (switches.nfc) {
    for (let r = 0; r < NFC_SENSITIVE_RANGES.length; r += 2) {
      const first = NFC_SENSITIVE_RANGES[r] as number;
      if (first > 0xffff) break;
      const last = Math.min(NFC_SENSITIVE_RANGES[r + 1] as number, 0xffff);
      for (let cp = first; cp <= last; cp++) kind[cp] = (kind[cp] as number) | SENSITIVE;
    }
    // A unit that becomes a combining mark (ﹰ -> U+064B) can leave the text out of NFC order:
    // send it down the expansion path, and flag the expansions that hold marks.
    for (const [cp, k] of kind.entries()) {
      if (k === SINGLE && (kind[single[cp] as number] as number) & SENSITIVE) {
        kind[cp] = EXPAND;
        expand.set(cp, String.fromCharCode(single[cp] as number));
      }
    }
    for (const [cp, to] of expand) {
      for (let q = 0; q < to.length; q++) {
        if ((kind[to.charCodeAt(q)] as number) & SENSITIVE) kind[cp] = (kind[cp] as number) | MARKS;
      }
    }
  }
  const unit = new Uint32Array(0x10000);
  for (let cp = 0; cp < 0x10000; cp++) {
    const k = kind[cp] as number;
    // A deleted unit is skipped in place, but for the marks that compose with the letter
    // before them under NFC (U+0653-0655: madda, hamza above and below).
    const skip = (k & ACTION) === DELETE && !(k & SENSITIVE && cp >= 0x0653 && cp <= 0x0655);
    unit[cp] = k === COPY ? cp : k === SINGLE ? (single[cp] as number) : skip ? SKIP : SLOW;
  }
  return { options, unit, kind, single, expand, rules };
}

let astralRanges: number[] | undefined;

/** Whether NFC may change an astral code point in context (binary search; astral marks are rare). */
export function isSensitiveAstral(cp: number): boolean {
  if (!astralRanges) {
    astralRanges = [];
    for (let r = 0; r < NFC_SENSITIVE_RANGES.length; r += 2) {
      if ((NFC_SENSITIVE_RANGES[r + 1] as number) > 0xffff) {
        astralRanges.push(NFC_SENSITIVE_RANGES[r] as number, NFC_SENSITIVE_RANGES[r + 1] as number);
      }
    }
  }
  let lo = 0;
  let hi = astralRanges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < (astralRanges[2 * mid] as number)) hi = mid - 1;
    else if (cp > (astralRanges[2 * mid + 1] as number)) lo = mid + 1;
    else return true;
  }
  return false;
}

const compiled = new Map<number, CompiledTable>();

/** The compiled table for resolved options, built on first use and kept (there are few combinations in practice). */
export function tableFor(options: ResolvedOptions): CompiledTable {
  let table = compiled.get(options.key);
  if (!table) {
    if (compiled.size >= 64) compiled.clear();
    table = compileTable(options);
    compiled.set(options.key, table);
  }
  return table;
}

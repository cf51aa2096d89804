import { assertText } from '../errors';
import type { Span } from '../normalize/normalized-text';
import { FURNITURE } from './data/furniture';
import { lexiconKey } from './keys';

/** Why a region is not part of the article. */
export type RegionReason = 'comments' | 'share' | 'related' | 'navigation';

/** A part of the page that is not the article. */
export interface Region extends Span {
  /** What kind of furniture it is. */
  reason: RegionReason;
  /** The line that gave it away (the heading, or the first line of a list). */
  cue: string;
}

/** A line is short (a heading, a menu item, a headline) up to this many words. */
const SHORT_LINE_WORDS = 12;
/** Lines longer than this (in code units) are never headings or furniture. */
const MAX_CUE_LINE = 240;
/** Navigation: at least this many short lines in a row, none of them a sentence. */
const NAV_MIN_LINES = 3;
const NAV_MAX_WORDS = 8;

interface Line extends Span {
  /** Normalised, folded, trailing punctuation and counts removed. */
  key: string;
  words: number;
  /** Ends like a sentence (`. ؟ ! …`) or holds a comma: prose, not a list item. */
  prose: boolean;
}

type CueKind = 'comments' | 'share' | 'related';
const CUES: readonly { kind: CueKind; key: string; words: number }[] = (['comments', 'share', 'related'] as const)
  .flatMap((kind) => FURNITURE[kind].map((cue) => ({ kind, key: lexiconKey(cue), words: cue.trim().split(/\s+/).length })))
  // Longer cues first, so `التعليقات مغلقة` is share furniture and not a comments heading.
  .sort((a, b) => b.key.length - a.key.length);

/**
 * Finds what is not the article in a scraped page, with a reason: reader comments (from a
 * heading such as `تعليقات الزوار` to the end), share and follow lines (`مشاركة :`,
 * `تابعنا عبر`, `التعليقات مغلقة`), related-article blocks (`اقرأ أيضا` and the headlines under
 * it) and navigation or headline lists (three or more short lines in a row without sentence
 * punctuation). Spans are offsets into `text`, sorted and disjoint.
 *
 * @example
 * const page = 'وصل الوفد إلى باماكو.\nتعليقات الزوار\nمقال رائع';
 * regions(page); //=> [{ start: 22, end: 46, reason: 'comments', cue: 'تعليقات الزوار' }]
 */
export function regions(text: string): Region[] {
  assertText(text, 'regions');
  const lines = splitLines(text);
  const out: Region[] = [];
  let run: Line[] = [];
  const flushRun = (): void => {
    if (run.length >= NAV_MIN_LINES) {
      const first = run[0]!;
      out.push({ start: first.start, end: run[run.length - 1]!.end, reason: 'navigation', cue: text.slice(first.start, first.end) });
    }
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const kind = line.words <= SHORT_LINE_WORDS ? cueOf(line.key) : null;
    if (kind) {
      flushRun();
      const cue = text.slice(line.start, line.end);
      if (kind === 'comments') {
        out.push({ start: line.start, end: lines[lines.length - 1]!.end, reason: 'comments', cue });
        break;
      }
      if (kind === 'share') {
        out.push({ start: line.start, end: line.end, reason: 'share', cue });
        continue;
      }
      let last = i;
      while (last + 1 < lines.length && !lines[last + 1]!.prose && lines[last + 1]!.words <= SHORT_LINE_WORDS) {
        if (cueOf(lines[last + 1]!.key)) break;
        last++;
      }
      out.push({ start: line.start, end: lines[last]!.end, reason: 'related', cue });
      i = last;
      continue;
    }
    if (!line.prose && line.words <= NAV_MAX_WORDS) run.push(line);
    else flushRun();
  }
  flushRun();
  return out.sort((a, b) => a.start - b.start);
}

function cueOf(key: string): CueKind | null {
  for (const cue of CUES) {
    if (!key.startsWith(cue.key)) continue;
    if (key.length === cue.key.length) return cue.kind;
    const next = key.charCodeAt(cue.key.length);
    if (next === 0x3a || (cue.words > 1 && next === 0x20)) return cue.kind;
  }
  return null;
}

/** Non-empty lines, trimmed, with what the detectors need. */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const n = text.length;
  let from = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 0x0a;
    if (c !== 0x0a && c !== 0x0d && c !== 0x2028 && c !== 0x2029 && c !== 0x85) continue;
    let s = from;
    let e = i;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    from = i + 1;
    if (e === s) continue;
    const raw = text.slice(s, e);
    const words = raw.split(/\s+/).length;
    // Only short lines can be cues; bounding their length keeps the clean-up linear.
    const key = words <= SHORT_LINE_WORDS && raw.length <= MAX_CUE_LINE ? cueKey(raw) : '';
    lines.push({ start: s, end: e, key, words, prose: /[.؟?!…؛,،]/u.test(raw) });
  }
  return lines;
}

/** The line as cues see it: normalised, no bullets in front, no count or colon at the end, `x : y` as `x:y`. */
function cueKey(raw: string): string {
  return lexiconKey(raw)
    .replace(/\s+/gu, ' ')
    .replace(/[\s:：\-–—|•·.،,()[\]\d]+$/u, '')
    .replace(/ ?: ?/gu, ':')
    .replace(/^[#*•·\-–—\s]+/u, '');
}

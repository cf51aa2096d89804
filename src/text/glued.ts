import type { WordAnalysis } from './clitics';
import { foldKey } from './keys';
import type { WordLexicon } from './lexicon';

/** Shortest and longest strings worth trying to repair, in code units. */
const MIN_GLUED = 6;
const MAX_GLUED = 64;
/** Every repaired part needs this many letters once its proclitics are off. */
const MIN_PART = 3;

/**
 * Finds where a scraper dropped the spaces in a word the lexicon does not know
 * (`روسياوكوباوإيران` -> `روسيا|وكوبا|وإيران`): the fewest cuts such that every part is a known
 * word or name, possibly behind its clitics. Returns the cut positions (ascending, inside the
 * word), or null when the word cannot be split that way.
 *
 * Cost is quadratic in the word's length, bounded by {@link MAX_GLUED}, and most candidate parts
 * are turned down by a lexicon lookup before any analysis; callers memoise by word.
 */
export function findGlueCuts(word: string, lexicon: WordLexicon, analyze: (part: string) => WordAnalysis): number[] | null {
  const n = word.length;
  if (n < MIN_GLUED || n > MAX_GLUED) return null;
  // parts[i]: fewest parts covering word[0, i); from[i]: where the last of them starts.
  const parts = new Array<number>(n + 1).fill(Infinity);
  const from = new Array<number>(n + 1).fill(-1);
  parts[0] = 0;
  for (let i = 0; i < n; i++) {
    if (parts[i] === Infinity) continue;
    for (let j = i + MIN_PART; j <= n; j++) {
      if (parts[i]! + 1 >= parts[j]! || (i === 0 && j === n)) continue;
      const part = word.slice(i, j);
      if (!mayBeKnown(part, lexicon.flags)) continue;
      const a = analyze(part);
      if (a.known && a.base.length >= MIN_PART) {
        parts[j] = parts[i]! + 1;
        from[j] = i;
      }
    }
  }
  if (parts[n] === Infinity) return null;
  const cuts: number[] = [];
  for (let at = from[n]!; at > 0; at = from[at]!) cuts.push(at);
  return cuts.reverse();
}

/** Cheap test: is the part, or the part without up to three leading clitic letters, in the lexicon? */
function mayBeKnown(part: string, flags: ReadonlyMap<string, number>): boolean {
  const key = foldKey(part);
  for (let k = 0; k <= 3 && key.length - k >= MIN_PART; k++) {
    if (k > 0 && !'وفبلكس'.includes(key[k - 1]!)) return false;
    const rest = key.slice(k);
    if (flags.has(rest) || flags.has(`ا${rest}`)) return true;
  }
  return false;
}

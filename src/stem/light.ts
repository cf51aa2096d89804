import type { WordAnalysis } from '../text/clitics';
import { WordFlag, type WordLexicon } from '../text/lexicon';

/** Inflections removed after the clitics, one from each group, outer group first. */
const NUMBER_SUFFIXES: readonly string[] = ['ات', 'ون', 'ين', 'ان'];
const GENDER_SUFFIXES: readonly string[] = ['ية', 'يه', 'ة', 'ي'];
/** A stem keeps at least this many letters. */
const MIN_STEM = 3;

/**
 * marsad's light stemmer on an analysed word: drops the clitics the analyser found (so names
 * and words the lexicon knows keep their letters: `فنزويلا` stays `فنزويلا`), then one number
 * suffix and one gender or nisba suffix, never leaving fewer than three letters.
 *
 * @example
 * stemAnalysis(analyze('والمساعدات'), lexicon); //=> 'مساعد'
 */
export function stemAnalysis(a: WordAnalysis, lexicon: WordLexicon): string {
  let s = a.base;
  if (((lexicon.flags.get(a.key) ?? 0) & WordFlag.Name) !== 0) return s;
  // مساعدتها: the pronoun shows the teh marbuta as ت.
  if (a.clitics.pronoun && s.endsWith('ت') && !s.endsWith('ات') && s.length > MIN_STEM) s = `${s.slice(0, -1)}ة`;
  // The accusative's alef (اجتماعا، تمويلا) is not part of the word.
  if (s.length > MIN_STEM && s.endsWith('ا') && !s.endsWith('اا')) s = s.slice(0, -1);
  s = strip(s, NUMBER_SUFFIXES);
  return strip(s, GENDER_SUFFIXES);
}

function strip(s: string, suffixes: readonly string[]): string {
  for (const x of suffixes) {
    if (s.length - x.length >= MIN_STEM && s.endsWith(x)) return s.slice(0, s.length - x.length);
  }
  return s;
}

import { COMMON_WORDS, FUNCTION_WORDS, LEXICAL_INITIAL_WORDS } from './data/vocabulary';
import { lexiconKey } from './keys';

/** What the segmenters know about a word (bit flags). */
export const enum WordFlag {
  Known = 1,
  /** A particle, pronoun or other function word (`في`, `الذي`, `منها`). */
  Function = 2,
  /** A name from the gazetteer, or a word of one. */
  Name = 4,
}

/**
 * The words the tokenizer trusts: a word it knows is never cut into clitics, and glued strings
 * are only repaired into words it knows. Keys are {@link lexiconKey}s.
 */
export interface WordLexicon {
  readonly flags: ReadonlyMap<string, number>;
}

/**
 * Builds the lexicon from the bundled vocabulary plus the gazetteer's strings, split on spaces:
 * one-word `names` are flagged {@link WordFlag.Name}; every other word is simply known. A word
 * written with the article is also known without it (`الساحل` -> `ساحل`).
 */
export function createWordLexicon(extra: { names?: Iterable<string>; words?: Iterable<string> } = {}): WordLexicon {
  const flags = new Map<string, number>();
  const add = (word: string, flag: number): void => {
    const key = lexiconKey(word);
    if (!key) return;
    flags.set(key, (flags.get(key) ?? 0) | flag | WordFlag.Known);
    if (flag !== WordFlag.Function && key.length > 3 && key.startsWith('ال')) {
      const bare = key.slice(2);
      flags.set(bare, (flags.get(bare) ?? 0) | flag | WordFlag.Known);
    }
  };
  for (const w of FUNCTION_WORDS) add(w, WordFlag.Function);
  for (const w of LEXICAL_INITIAL_WORDS) add(w, WordFlag.Known);
  for (const w of COMMON_WORDS) add(w, WordFlag.Known);
  for (const name of extra.names ?? []) {
    const parts = name.trim().split(/\s+/);
    // Only a one-word name is protected from the stemmer; the words of longer names (الأمم المتحدة) are ordinary words.
    for (const w of parts) add(w, parts.length === 1 ? WordFlag.Name : WordFlag.Known);
  }
  for (const phrase of extra.words ?? []) for (const w of phrase.split(/\s+/)) add(w, WordFlag.Known);
  return { flags };
}

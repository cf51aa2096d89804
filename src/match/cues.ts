import type { Token, Tokenizer } from '../text/tokenizer';
import { addPhrase, longestMatches, type PhraseMatch, type PhraseTrie } from './phrases';

/**
 * A matcher for lexicon cues: multi-word phrases on light stems (inflection and clitics do not
 * matter), one-word phrases on the folded word without clitics or article (stems would merge
 * too much: `المصالح` and `المصالحة`, `المسلحة` and `المسلحين`).
 */
export interface CueMatcher<V> {
  readonly root: PhraseTrie<V>;
  readonly words: Map<string, V>;
}

export function createCueMatcher<V>(): CueMatcher<V> {
  return { root: { next: null, value: null }, words: new Map() };
}

/** Adds a phrase; returns how many words it has (0: nothing to match). `merge` settles two values for the same words. */
export function addCue<V>(matcher: CueMatcher<V>, phrase: string, value: V, tokenizer: Tokenizer, merge: (old: V, added: V) => V): number {
  const tokens = tokenizer.tokenize(phrase).filter((t) => t.kind !== 'punct');
  if (tokens.length === 1) {
    const key = tokens[0]!.baseKey;
    const old = matcher.words.get(key);
    matcher.words.set(key, old === undefined ? value : merge(old, value));
  } else if (tokens.length > 1) {
    addPhrase(matcher.root, tokens.map((t) => t.stem), value, merge);
  }
  return tokens.length;
}

/** Multi-word cues first (longest, on stems), then one-word cues on the tokens they left free. */
export function matchCues<V>(tokens: readonly Token[], matcher: CueMatcher<V>): PhraseMatch<V>[] {
  const multi = longestMatches(tokens, matcher.root, 'stem');
  const out: PhraseMatch<V>[] = [];
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    const m = multi[next];
    if (m && m.from === i) {
      out.push(m);
      i = m.to - 1;
      next++;
      continue;
    }
    const t = tokens[i]!;
    if (t.kind !== 'arabic') continue;
    // The accusative's alef (اجتماعا، سفيرا) is not part of the word.
    const key = t.baseKey;
    const value =
      matcher.words.get(key) ??
      (key.length > 3 && key.endsWith('ا') ? matcher.words.get(key.slice(0, -1)) : undefined) ??
      // مساعدتها: before a pronoun the teh marbuta is written ت.
      (t.clitics.pronoun && key.endsWith('ت') ? matcher.words.get(`${key.slice(0, -1)}ه`) : undefined);
    if (value !== undefined) out.push({ from: i, to: i + 1, value });
  }
  return out;
}

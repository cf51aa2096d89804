import type { Token } from '../text/tokenizer';
import type { Tokenizer } from '../text/tokenizer';

/** A trie of phrases over token keys; each complete phrase carries a value. */
export interface PhraseTrie<T> {
  next: Map<string, PhraseTrie<T>> | null;
  value: T | null;
}

/** One longest match: tokens `[from, to)` and the value of the phrase. */
export interface PhraseMatch<T> {
  from: number;
  to: number;
  value: T;
}

/** Which key of a token a trie is built on: `key` (the word without proclitics) or `stem`. */
export type TokenKey = 'key' | 'stem';

/** The keys of a phrase as the tokenizer reads it (punctuation left out); empty when it has no words. */
export function phraseKeys(phrase: string, tokenizer: Tokenizer, by: TokenKey): string[] {
  return tokenizer
    .tokenize(phrase)
    .filter((t) => t.kind !== 'punct')
    .map((t) => t[by]);
}

/**
 * Adds a phrase to the trie. `merge` settles two values for the same phrase (it gets the old
 * value and the new one and returns what to keep, or throws).
 */
export function addPhrase<T>(root: PhraseTrie<T>, keys: readonly string[], value: T, merge: (old: T, added: T) => T): void {
  let node = root;
  for (const k of keys) {
    node.next ??= new Map();
    let child = node.next.get(k);
    if (!child) node.next.set(k, (child = { next: null, value: null }));
    node = child;
  }
  node.value = node.value === null ? value : merge(node.value, value);
}

/**
 * Longest matches, left to right, without overlap. Dots between the tokens of a phrase
 * (`أ.ف.ب`) do not break it.
 */
export function longestMatches<T>(tokens: readonly Token[], root: PhraseTrie<T>, by: TokenKey): PhraseMatch<T>[] {
  const out: PhraseMatch<T>[] = [];
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    let node: PhraseTrie<T> | undefined = root;
    let best: PhraseMatch<T> | null = null;
    for (let j = i; j < n && node.next; j++) {
      const t = tokens[j]!;
      if (j > i && t.kind === 'punct' && t.norm === '.') continue;
      node = node.next.get(t[by]);
      if (!node) break;
      if (node.value !== null) best = { from: i, to: j + 1, value: node.value };
    }
    if (best) {
      out.push(best);
      i = best.to;
    } else i++;
  }
  return out;
}

import { formMemo, formSlot, type Token, type Tokenizer } from '../text/tokenizer';

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

const FIRST_BY_KEY = formSlot();
const FIRST_BY_STEM = formSlot();
const stemOf = (t: Token) => t.stem;
const keyOfToken = (t: Token) => t.key;
const firstByStem = (t: Token, root: PhraseTrie<unknown>) => root.next?.get(t.stem);
const firstByKey = (t: Token, root: PhraseTrie<unknown>) => root.next?.get(t.key);

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
  const keyOf = by === 'stem' ? stemOf : keyOfToken;
  let i = 0;
  while (i < n) {
    // The first step, from the root, is looked up once per distinct form.
    let node = formMemo(tokens[i]!, by === 'stem' ? FIRST_BY_STEM : FIRST_BY_KEY, root, by === 'stem' ? firstByStem : firstByKey) as PhraseTrie<T> | undefined;
    let best: PhraseMatch<T> | null = node?.value != null ? { from: i, to: i + 1, value: node.value } : null;
    for (let j = i + 1; j < n && node?.next; j++) {
      const t = tokens[j]!;
      if (t.kind === 'punct' && t.norm === '.') continue;
      node = node.next.get(keyOf(t));
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

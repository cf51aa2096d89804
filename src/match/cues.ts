import { formMemo, formSlot, type Token, type Tokenizer } from '../text/tokenizer';
import { addPhrase, type PhraseMatch, type PhraseTrie } from './phrases';

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

/** A match whose phrase is split by its subject (`تخلت روسيا عن`): the tokens `[gap[0], gap[1])` are not part of it. */
export interface CueMatch<V> extends PhraseMatch<V> {
  gap?: [number, number];
}

/**
 * Where a subject that splits a phrase ends: given the token after a phrase's first word,
 * the token after the subject (`التزمت باريس بتعهداتها`: `باريس`), or null when none starts there.
 */
export type GapFinder = (from: number) => number | null;

const merged = new WeakMap<object, MergedMatcher>();

/**
 * Multi-word cues first (longest, on stems), then one-word cues on the tokens they left free.
 * With `gap`, a multi-word cue may also be split after its first word by a subject (`لن تتخلى
 * روسيا عن حلفائها`, `تكبدت فلول التنظيم خسائر`); the subject's own words are still matched.
 */
export function matchCues<V>(tokens: readonly Token[], matcher: CueMatcher<V>, gap?: GapFinder): CueMatch<V>[] {
  let m = merged.get(matcher);
  if (!m) merged.set(matcher, (m = mergeMatchers([matcher as CueMatcher<unknown>])));
  return matchAll(tokens, m, [gap])[0] as CueMatch<V>[];
}

/** A node of several lexicons' phrase tries merged into one: `values[k]` is lexicon k's value. */
interface MergedNode {
  next: Map<string, MergedNode> | null;
  values: unknown[] | null;
  /** Bit k: lexicon k has a phrase through this node. */
  mask: number;
}

/**
 * Several cue matchers merged, so one pass over the tokens finds the cues of all of them (the
 * topic, stance and event lexicons): one trie walk and one word lookup per token instead of one
 * per lexicon. Each lexicon keeps its own longest-match and one-word rules.
 */
export interface MergedMatcher {
  readonly size: number;
  /** @internal */
  readonly root: MergedNode;
  /** @internal word -> the value of each lexicon (sparse). */
  readonly words: ReadonlyMap<string, unknown[]>;
}

/** Merges matchers; `matchAll` then gives lexicon k's matches in slot k. */
export function mergeMatchers(matchers: readonly CueMatcher<unknown>[]): MergedMatcher {
  if (matchers.length > 30) throw new RangeError(`mergeMatchers: at most 30 matchers, got ${matchers.length}`);
  const root: MergedNode = { next: null, values: null, mask: 0 };
  const words = new Map<string, unknown[]>();
  matchers.forEach((m, k) => {
    const walk = (from: PhraseTrie<unknown>, to: MergedNode) => {
      to.mask |= 1 << k;
      if (from.value !== null) (to.values ??= [])[k] = from.value;
      if (!from.next) return;
      to.next ??= new Map();
      for (const [key, child] of from.next) {
        let target = to.next.get(key);
        if (!target) to.next.set(key, (target = { next: null, values: null, mask: 0 }));
        walk(child, target);
      }
    };
    walk(m.root, root);
    for (const [key, value] of m.words) {
      let slot = words.get(key);
      if (!slot) words.set(key, (slot = []));
      slot[k] = value;
    }
  });
  return { size: matchers.length, root, words };
}

/**
 * What {@link matchCues} gives for each merged lexicon, in one pass: `gaps[k]` lets lexicon k's
 * phrases be split by a subject.
 */
export function matchAll(tokens: readonly Token[], merged: MergedMatcher, gaps: readonly (GapFinder | undefined)[] = []): CueMatch<unknown>[][] {
  const n = merged.size;
  const out: CueMatch<unknown>[][] = Array.from({ length: n }, () => []);
  /** Per lexicon: the first token not inside its last match. */
  const free = new Array<number>(n).fill(0);
  /** Per lexicon: tokens a split phrase took after its subject. */
  const taken: (Set<number> | null)[] = new Array(n).fill(null);
  const bestTo = new Array<number>(n);
  const bestValue = new Array<unknown>(n);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const form = lookup(t, merged);
    const first = form.first;
    if (!first && !form.word && !form.variant) continue;
    bestTo.fill(-1);
    let node: MergedNode | undefined = first;
    for (let j = i + 1; node?.next && j < tokens.length; j++) {
      const u = tokens[j]!;
      if (u.kind === 'punct' && u.norm === '.') continue;
      node = node.next.get(u.stem);
      if (!node) break;
      const values = node.values;
      if (values) for (let k = 0; k < n; k++) if (values[k] !== undefined) { bestTo[k] = j + 1; bestValue[k] = values[k]; }
    }
    const arabic = t.kind === 'arabic';
    for (let k = 0; k < n; k++) {
      if (i < free[k]! || taken[k]?.has(i)) continue;
      if (bestTo[k]! > 0) {
        out[k]!.push({ from: i, to: bestTo[k]!, value: bestValue[k] });
        free[k] = bestTo[k]!;
        continue;
      }
      if (!arabic) continue;
      const gap = gaps[k];
      const split = gap && first?.next && first.mask & (1 << k) ? splitMerged(tokens, first, k, i, gap) : null;
      if (split) {
        out[k]!.push(split);
        const set = (taken[k] ??= new Set());
        for (let x = split.gap![1]; x < split.to; x++) set.add(x);
        continue;
      }
      const value = form.word?.[k] ?? form.variant?.[k];
      if (value !== undefined) out[k]!.push({ from: i, to: i + 1, value });
    }
  }
  return out;
}

/** What a merged matcher finds for one distinct form: the trie node its stem leads to, its word's values and their variants. */
interface FormLookup {
  readonly first: MergedNode | undefined;
  readonly word: unknown[] | undefined;
  readonly variant: unknown[] | undefined;
}

const LOOKUP = formSlot();

/** The lookup of token t's form, done once per distinct form and matcher: news has few distinct words. */
function lookup(t: Token, merged: MergedMatcher): FormLookup {
  return formMemo(t, LOOKUP, merged, lookUp);
}

function lookUp(t: Token, merged: MergedMatcher): FormLookup {
  const next = merged.root.next;
  return { first: next?.get(t.stem) ?? withoutPronoun(t, (stem) => next?.get(stem)), word: merged.words.get(t.baseKey), variant: variantValues(merged.words, t) };
}

/** What `get` finds for token t's stem without a pronoun the tokenizer left on a word it does not know (`ودوره البارز`). */
function withoutPronoun<V>(t: Token, get: (stem: string) => V | undefined): V | undefined {
  if (t.clitics.pronoun || t.kind !== 'arabic') return undefined;
  const stem = t.stem;
  for (const p of PRONOUNS) if (stem.length - p.length >= 3 && stem.endsWith(p)) return get(stem.slice(0, -p.length));
  return undefined;
}

/** The values of token t's word written another way: without the accusative's alef, with ة for the ت before a pronoun, without an object pronoun. */
function variantValues(words: ReadonlyMap<string, unknown[]>, t: Token): unknown[] | undefined {
  const key = t.baseKey;
  const last = key.charCodeAt(key.length - 1);
  if (last === 0x0627 && key.length > 3) return words.get(key.slice(0, -1));
  if (last === 0x062a && t.clitics.pronoun) return words.get(`${key.slice(0, -1)}ه`);
  // تستغلها، يتهمهم: an object pronoun the tokenizer left on a verb it does not know.
  if (!t.clitics.pronoun && key.length >= 6) {
    for (const p of PRONOUNS) if (p.length > 1 && key.endsWith(p)) return words.get(key.slice(0, -p.length));
  }
  return undefined;
}

/** Attached pronouns, longest first. */
const PRONOUNS = ['هما', 'ها', 'هم', 'ه'];

/** Lexicon k's longest phrase that starts with token i's word (trie node `first`) and goes on after a subject. */
function splitMerged(tokens: readonly Token[], first: MergedNode, k: number, i: number, gap: GapFinder): CueMatch<unknown> | null {
  const resume = gap(i + 1);
  if (resume === null || resume >= tokens.length) return null;
  let node: MergedNode | undefined = first;
  let best: CueMatch<unknown> | null = null;
  for (let j = resume; j < tokens.length && node?.next; j++) {
    node = node.next.get(tokens[j]!.stem);
    if (!node || !(node.mask & (1 << k))) break;
    const value = node.values?.[k];
    if (value !== undefined) best = { from: i, to: j + 1, value, gap: [i + 1, resume] };
  }
  return best;
}

import type { Span } from '../normalize/normalized-text';
import type { Token } from './tokenizer';

/** Which sentence each token is in, and each sentence's tokens: built once per text, read by the stance and event layers. */
export interface SentenceIndex {
  /** Token index -> index of its sentence in the list given, or -1 (a token in no sentence: excluded regions). */
  readonly sentenceOf: Int32Array;
  /** Per sentence, its tokens `[from, to)`. */
  readonly ranges: readonly (readonly [number, number])[];
}

/** Indexes tokens by sentence, in one pass over both (both are in text order). */
export function indexSentences(tokens: readonly Token[], sentences: readonly Span[]): SentenceIndex {
  const sentenceOf = new Int32Array(tokens.length).fill(-1);
  const ranges: [number, number][] = [];
  let t = 0;
  sentences.forEach((s, k) => {
    while (t < tokens.length && tokens[t]!.start < s.start) t++;
    const from = t;
    while (t < tokens.length && tokens[t]!.start < s.end) sentenceOf[t++] = k;
    ranges.push([from, t]);
  });
  return { sentenceOf, ranges };
}

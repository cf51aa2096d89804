// wink-nlp has no `exports` map, so its typings (declared for the bare subpaths) do not reach the
// `.js` paths that ESM needs; these are the parts marsad uses.
declare module 'wink-nlp/utilities/bm25-vectorizer.js' {
  export interface BM25Document {
    /** The document's BM25 weights, normalised as configured: term -> weight. */
    out(): Record<string, number>;
  }
  export interface BM25Vectorizer {
    learn(tokens: string[]): void;
    doc(n: number): BM25Document;
  }
  export default function bm25Vectorizer(config?: { k?: number; k1?: number; b?: number; norm?: 'l1' | 'l2' | 'none' }): BM25Vectorizer;
}

declare module 'wink-nlp/utilities/similarity.js' {
  const similarity: { bow: { cosine(a: Record<string, number>, b: Record<string, number>): number } };
  export default similarity;
}

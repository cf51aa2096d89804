/** True positives, false positives and false negatives of one class. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/**
 * Precision, recall and F1 of a class's counts. `empty` is what a class with nothing to find
 * and nothing found scores: 1 for a topic no item has (nothing was missed), 0 for a stance label.
 */
export function scoresOf({ tp, fp, fn }: Counts, empty: 0 | 1): { precision: number; recall: number; f1: number } {
  const precision = tp + fp === 0 ? (fn === 0 ? empty : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? (fp === 0 ? empty : 0) : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Rounds to three decimals, as reports show scores. */
export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

import type { Analyzer } from '../analyze';
import { round3, scoresOf } from './counts';
import type { Stance, StanceEvidence } from '../stance/score';

/** A stance label. */
export type StanceLabel = Stance['label'];

/** The labels, in report order. */
export const STANCE_LABELS: readonly StanceLabel[] = ['favor', 'against', 'neutral', 'mixed'];

/** One gold stance: who holds it, toward whom, and which label. */
export interface GoldStance {
  /** The actor id the stance is toward (`DZA`). */
  target: string;
  /** `author`, a source group (`observers`) or an actor id (`goita`). */
  holder: string;
  /** How the holder stands toward the target. */
  label: StanceLabel;
}

/** One labelled item for stance: a text and the stances it takes. */
export interface LabelledStanceItem {
  /** The text to analyse. */
  text: string;
  /** The stances it takes; each is one instance, and pairs not listed are not scored. */
  stance: GoldStance[];
  /** Where the item came from (a line number), for reports. */
  line?: number;
}

/** Precision, recall and F1 of one label over all gold pairs, with the counts behind them. */
export interface StanceLabelScores {
  /** Which label. */
  label: StanceLabel;
  /** Of the pairs predicted with the label, the share that has it in gold (three decimals). */
  precision: number;
  /** Of the pairs with the label in gold, the share predicted with it (three decimals). */
  recall: number;
  /** The harmonic mean of precision and recall (three decimals). */
  f1: number;
  /** Pairs with the label in gold and predicted with it. */
  truePositives: number;
  /** Pairs predicted with the label that have another in gold. */
  falsePositives: number;
  /** Pairs with the label in gold that were predicted with another. */
  falseNegatives: number;
}

/** A gold pair the analyzer labelled otherwise, with what it found. */
export interface StanceError {
  /** The item's `line`, when it has one. */
  line?: number;
  /** The item's text. */
  text: string;
  /** The gold pair's holder. */
  holder: string;
  /** The gold pair's target. */
  target: string;
  /** The gold label. */
  expected: StanceLabel;
  /** What the analysis labels the pair (`neutral` when it has no entry for it). */
  predicted: StanceLabel;
  /** The predicted score (0 when the analysis has no entry for the pair). */
  score: number;
  /** The evidence of the predicted stance (empty when the analysis has no entry for the pair). */
  evidence: StanceEvidence[];
}

/** The result of {@link evaluateStances}. */
export interface StanceEvaluation {
  /** How many items were scored. */
  items: number;
  /** Gold (holder, target) pairs scored. */
  pairs: number;
  /** One entry per label, in the order of {@link STANCE_LABELS}. */
  perLabel: StanceLabelScores[];
  /** Mean of the favor and against F1 (the SemEval-2016 / Mawqif measure). */
  fAvg: number;
  /** Share of gold pairs labelled right. */
  accuracy: number;
  /** The gold pairs labelled otherwise, in input order. */
  errors: StanceError[];
}

/**
 * Scores an analyzer's stances against gold (holder, target, label) triples: each gold pair is
 * one instance, predicted as the analysis labels that pair (`neutral` when it has no entry, as
 * when the target is not found). Per-label precision, recall and F1 over the instances, F_avg =
 * (F1 favor + F1 against) / 2, and accuracy.
 *
 * @example
 * evaluateStances([{ text: 'نجحت الجزائر في تسوية الأزمة', stance: [{ target: 'DZA', holder: 'author', label: 'favor' }] }], createAnalyzer()).fAvg;
 * //=> 0.5 (favor F1 is 1; against has no instance and scores 0)
 */
export function evaluateStances(items: Iterable<LabelledStanceItem>, analyzer: Analyzer): StanceEvaluation {
  const counts = new Map(STANCE_LABELS.map((l) => [l, { tp: 0, fp: 0, fn: 0 }]));
  const errors: StanceError[] = [];
  let n = 0;
  let pairs = 0;
  let right = 0;
  for (const item of items) {
    n++;
    const stances = analyzer.analyze(item.text).stances;
    for (const gold of item.stance) {
      pairs++;
      const got = stances.find((s) => s.target === gold.target && s.holder === gold.holder);
      const predicted = got?.label ?? 'neutral';
      if (predicted === gold.label) {
        right++;
        counts.get(predicted)!.tp++;
        continue;
      }
      counts.get(predicted)!.fp++;
      counts.get(gold.label)!.fn++;
      const error: StanceError = { text: item.text, holder: gold.holder, target: gold.target, expected: gold.label, predicted, score: got?.score ?? 0, evidence: got?.evidence ?? [] };
      if (item.line !== undefined) error.line = item.line;
      errors.push(error);
    }
  }
  const f1 = new Map<StanceLabel, number>();
  const perLabel = STANCE_LABELS.map((label) => {
    const c = counts.get(label)!;
    const scores = scoresOf(c, 0);
    f1.set(label, scores.f1);
    return { label, precision: round3(scores.precision), recall: round3(scores.recall), f1: round3(scores.f1), truePositives: c.tp, falsePositives: c.fp, falseNegatives: c.fn };
  });
  const fAvg = (f1.get('favor')! + f1.get('against')!) / 2;
  return { items: n, pairs, perLabel, fAvg: round3(fAvg), accuracy: round3(pairs === 0 ? 0 : right / pairs), errors };
}

import type { Analyzer } from '../analyze';
import { round3, scoresOf } from './counts';
import { TOPICS } from '../topics/lexicon';
import type { Evidence } from '../topics/score';
import type { TopicId } from '../topics/types';

/** One labelled item: a text and the topics it is about (`[]` for none). */
export interface LabelledItem {
  /** The text to analyse. */
  text: string;
  /** The topics it is about: what `present` should say. */
  labels: TopicId[];
  /** Where the item came from (a line number), for reports. */
  line?: number;
}

/** Precision, recall and F1 of one topic, with the counts behind them. */
export interface TopicScores {
  /** Which topic. */
  topic: TopicId;
  /** Of the items tagged with the topic, the share labelled with it (three decimals). */
  precision: number;
  /** Of the items labelled with the topic, the share tagged with it (three decimals). */
  recall: number;
  /** The harmonic mean of precision and recall (three decimals). */
  f1: number;
  /** Items labelled with the topic and tagged with it. */
  truePositives: number;
  /** Items tagged with the topic but not labelled with it. */
  falsePositives: number;
  /** Items labelled with the topic but not tagged with it. */
  falseNegatives: number;
}

/** An item the tagger got wrong: what was expected, what came, and the evidence it used. */
export interface TopicError {
  /** The item's `line`, when it has one. */
  line?: number;
  /** The item's text. */
  text: string;
  /** The labelled topics, in topic order. */
  expected: TopicId[];
  /** The topics the analyzer found present, in topic order. */
  predicted: TopicId[];
  /** Per topic that has any evidence, present or not: what the analyzer based its verdict on. */
  evidence: {
    /** Which topic. */
    topic: TopicId;
    /** Its score ({@link TopicTag.score}). */
    score: number;
    /** Its evidence ({@link TopicTag.evidence}). */
    evidence: Evidence[];
  }[];
}

/** The result of {@link evaluateTopics}. */
export interface TopicEvaluation {
  /** How many items were scored. */
  items: number;
  /** One entry per topic, in topic order. */
  perTopic: TopicScores[];
  /** The mean of the three F1 scores. */
  macroF1: number;
  /** The items whose present topics differ from their labels, in input order. */
  errors: TopicError[];
}

/**
 * Scores an analyzer's `present` topics against labels: per-topic precision, recall and F1 (a
 * topic with nothing to find and nothing found scores 1), macro-F1, and the items it got wrong.
 *
 * @example
 * evaluateTopics([{ text: 'أرسلت الجزائر مساعدات عسكرية إلى مالي', labels: ['military_aid', 'diplomacy'] }], createAnalyzer()).macroF1;
 * //=> 0.667 (military_aid and terrorism score 1; diplomacy was missed and scores 0)
 */
export function evaluateTopics(items: Iterable<LabelledItem>, analyzer: Analyzer): TopicEvaluation {
  const counts = new Map(TOPICS.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const errors: TopicError[] = [];
  let n = 0;
  for (const item of items) {
    n++;
    const a = analyzer.analyze(item.text);
    const predicted = a.topics.filter((t) => t.present).map((t) => t.topic);
    const expected = TOPICS.filter((t) => item.labels.includes(t));
    for (const topic of TOPICS) {
      const c = counts.get(topic)!;
      const p = predicted.includes(topic);
      const e = expected.includes(topic);
      if (p && e) c.tp++;
      else if (p) c.fp++;
      else if (e) c.fn++;
    }
    if (predicted.join() !== expected.join()) {
      const error: TopicError = {
        text: item.text,
        expected,
        predicted,
        evidence: a.topics.filter((t) => t.evidence.length > 0).map((t) => ({ topic: t.topic, score: t.score, evidence: t.evidence })),
      };
      if (item.line !== undefined) error.line = item.line;
      errors.push(error);
    }
  }
  const perTopic = TOPICS.map((topic) => {
    const c = counts.get(topic)!;
    const { precision, recall, f1 } = scoresOf(c, 1);
    return { topic, precision: round3(precision), recall: round3(recall), f1: round3(f1), truePositives: c.tp, falsePositives: c.fp, falseNegatives: c.fn };
  });
  return { items: n, perTopic, macroF1: round3(perTopic.reduce((s, t) => s + t.f1, 0) / perTopic.length), errors };
}

/** The three top-level topics (DESIGN.md section 4). */
export type TopicId = 'military_aid' | 'terrorism' | 'diplomacy';

/** Subtopics, by topic. */
export type Subtopic =
  | 'arms_transfer'
  | 'equipment_logistics'
  | 'training_advisers'
  | 'foreign_forces'
  | 'cooperation_agreements'
  | 'security_funding'
  | 'attack'
  | 'kidnapping'
  | 'armed_group_presence'
  | 'smuggling'
  | 'counter_terrorism'
  | 'visits_meetings'
  | 'agreements'
  | 'mediation'
  | 'envoys'
  | 'crises'
  | 'alliances';

/**
 * One topic cue: words or multi-word expressions, written as the press writes them, matched on
 * the light stems of clitic-aware tokens (so `أسلحة` also matches `وبالأسلحة`).
 */
export interface TopicCue {
  /** Stable id, `topic.subtopic.name`. */
  readonly id: string;
  /** The topic an occurrence counts for. */
  readonly topic: TopicId;
  /** The subtopic an occurrence counts for, within `topic`. */
  readonly subtopic: Subtopic;
  /** How much one occurrence says the topic is present, in (0, 1]. */
  readonly weight: number;
  /** The words or expressions, any of which is an occurrence of the cue. */
  readonly phrases: readonly string[];
  /** The CAMEO 1.1b3 code of the event the cue names, when one fits (PLOVER follows from it). */
  readonly cameo?: string;
}

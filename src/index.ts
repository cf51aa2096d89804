/**
 * marsad (مرصد): reads Arabic news and says what it is about and where it stands.
 * This entry is the pure, browser-safe core; the command line lives in `marsad` (bin).
 *
 * @packageDocumentation
 */
export { normalize, normalizeWithOffsets } from './normalize/normalize';
export { NormalizedText, type NormalizationChange, type Span } from './normalize/normalized-text';
export {
  PRESETS,
  RULES,
  type NormalizeOptions,
  type NormalizePreset,
  type NormalizeRule,
  type NormalizeSwitches,
  type PresetDefinition,
} from './normalize/options';
export { CHAR_RULES, type CharRange, type CharRuleData, type CharRuleId, type RuleFlavour } from './normalize/data/rules';
export { VERSION } from './version';
export { sentences, type Sentence, type SentenceOptions } from './text/sentences';
export { tokenize } from './text/tokenize';
export type { Token, TokenData, TokenKind } from './text/tokenizer';
export type { Clitics, Pronoun } from './text/clitics';
export { regions, type Region, type RegionReason } from './text/regions';
export { stem, type StemOptions } from './stem/stem';
export { findActors } from './actors/find-actors';
export type { ActorMention, FoundActor } from './actors/find';
export type { MentionVia } from './actors/gazetteer';
export type { ActorEntry, ActorRegion, ActorType } from './actors/types';
export { ACTORS } from './actors/data/actors';
export { analyze, createAnalyzer, LEXICON_VERSION, type Analysis, type Analyzer, type AnalyzerOptions } from './analyze';
export { PRESENT_THRESHOLD, type Evidence, type TopicTag } from './topics/score';
export type { Subtopic, TopicCue, TopicId } from './topics/types';
export { NOT_CUES, TOPIC_CUES } from './topics/data/cues';
export { CAMEO, EVENT_TABLES } from './events/data/cameo';
export { EVENT_CUES } from './events/data/triggers';
export type { ActorEvent, CameoEntry, EventCue, EventMarker, EventModality, EventPartyType, EventRoles, EventTrigger } from './events/types';
export { evaluateTopics, type LabelledItem, type TopicError, type TopicEvaluation, type TopicScores } from './eval/topics';
export {
  evaluateStances,
  STANCE_LABELS,
  type GoldStance,
  type LabelledStanceItem,
  type StanceError,
  type StanceEvaluation,
  type StanceLabel,
  type StanceLabelScores,
} from './eval/stance';
export { attributions } from './stance/attributions';
export type { Attribution, Holder } from './stance/holders';
export { STANCE_CUES, type StanceCue } from './stance/data/cues';
export { verbForms } from './stance/inflect';
export type { Stance, StanceEvidence } from './stance/score';
export { analyzeMany, type AnalyzeManyOptions, type BatchProgress, type BatchResult } from './batch/analyze-many';
export type { BatchInput, BatchItem } from './batch/input';
export { findDuplicates, type Duplicate, type DuplicateGroup, type DuplicateMember, type DuplicateOptions } from './batch/duplicates';

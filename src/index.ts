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

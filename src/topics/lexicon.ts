import { describeValue } from '../errors';
import { addPhrase, phraseKeys, type PhraseTrie } from '../match/phrases';
import { lexiconKey } from '../text/keys';
import type { Tokenizer } from '../text/tokenizer';
import { NEGATORS, NOT_NEGATIONS } from './data/negation';
import type { TopicCue, TopicId } from './types';

/** @internal what a matched phrase stands for: a cue, or a phrase that only shadows cues. */
export type CueValue = { cue: TopicCue } | { cue: null };

/** A compiled topic lexicon. */
export interface TopicLexicon {
  readonly cues: readonly TopicCue[];
  /** @internal */
  readonly root: PhraseTrie<CueValue>;
  /** @internal folded negators. */
  readonly negators: ReadonlySet<string>;
  /** @internal folded `negator next-word` pairs that do not negate. */
  readonly notNegations: ReadonlySet<string>;
}

export const TOPICS: readonly TopicId[] = ['military_aid', 'terrorism', 'diplomacy'];

/** Validates cues and compiles them, with the shadowing phrases, into one matcher on token stems. */
export function compileTopicLexicon(cues: readonly TopicCue[], notCues: readonly string[], tokenizer: Tokenizer): TopicLexicon {
  if (!Array.isArray(cues)) throw new TypeError(`topic lexicon: expected an array of cues, got ${describeValue(cues)}`);
  const root: PhraseTrie<CueValue> = { next: null, value: null };
  const ids = new Set<string>();
  cues.forEach((cue, index) => {
    const where = `topic cue ${index}${cue && typeof cue.id === 'string' ? ` (${cue.id})` : ''}`;
    if (!cue || typeof cue.id !== 'string' || !cue.id) throw new TypeError(`${where}: id must be a non-empty string, got ${describeValue(cue?.id)}`);
    if (ids.has(cue.id)) throw new Error(`${where}: the id ${cue.id} is used twice`);
    ids.add(cue.id);
    if (!TOPICS.includes(cue.topic)) throw new TypeError(`${where}: topic must be one of ${TOPICS.join(', ')}, got ${describeValue(cue.topic)}`);
    if (typeof cue.weight !== 'number' || !(cue.weight > 0 && cue.weight <= 1)) {
      throw new RangeError(`${where}: weight must be a number in (0, 1], got ${describeValue(cue.weight)}`);
    }
    if (!Array.isArray(cue.phrases) || cue.phrases.length === 0) throw new TypeError(`${where}: phrases must be a non-empty array of strings`);
    for (const phrase of cue.phrases) {
      const keys = typeof phrase === 'string' ? phraseKeys(phrase, tokenizer, 'stem') : [];
      if (keys.length === 0) throw new TypeError(`${where}: phrase ${describeValue(phrase)} has no words to match`);
      // Two cues on the same words: the heavier one speaks for them.
      addPhrase(root, keys, { cue }, (old, added) => (old.cue && added.cue && added.cue.weight > old.cue.weight ? added : old));
    }
  });
  for (const phrase of notCues) {
    const keys = phraseKeys(phrase, tokenizer, 'stem');
    // A shadowing phrase wins over a cue on exactly the same words: it is the more specific reading.
    if (keys.length > 0) addPhrase(root, keys, { cue: null }, (_old, added) => added);
  }
  return {
    cues,
    root,
    negators: new Set(NEGATORS.map(lexiconKey)),
    notNegations: new Set(NOT_NEGATIONS.map((p) => p.split(/\s+/).map(lexiconKey).join(' '))),
  };
}

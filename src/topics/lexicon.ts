import { describeValue, entryName } from '../errors';
import { addCue, createCueMatcher, type CueMatcher } from '../match/cues';
import type { Tokenizer } from '../text/tokenizer';
import { SPORT_WORDS } from './data/cues';
import type { TopicCue, TopicId } from './types';

/** @internal what a matched phrase stands for: a cue, a phrase that only shadows cues, or a word of sport. */
export type CueValue = { cue: TopicCue } | { cue: null; sport?: true };

/** A compiled topic lexicon. */
export interface TopicLexicon {
  readonly cues: readonly TopicCue[];
  /** @internal cues, shadowing phrases and words of sport (see `SPORT_WORDS`). */
  readonly matcher: CueMatcher<CueValue>;
}

export const TOPICS: readonly TopicId[] = ['military_aid', 'terrorism', 'diplomacy'];

/** Validates cues and compiles them, with the shadowing phrases, into one matcher on token stems. */
export function compileTopicLexicon(cues: readonly TopicCue[], notCues: readonly string[], tokenizer: Tokenizer): TopicLexicon {
  if (!Array.isArray(cues)) throw new TypeError(`topic lexicon: expected an array of cues, got ${describeValue(cues)}`);
  const matcher = createCueMatcher<CueValue>();
  const add = (phrase: string, value: CueValue, merge: (old: CueValue, added: CueValue) => CueValue): number => addCue(matcher, phrase, value, tokenizer, merge);
  const ids = new Set<string>();
  cues.forEach((cue, index) => {
    const where = entryName('topic cue', cue, index, ids);
    if (!TOPICS.includes(cue.topic)) throw new TypeError(`${where}: topic must be one of ${TOPICS.join(', ')}, got ${describeValue(cue.topic)}`);
    if (typeof cue.weight !== 'number' || !(cue.weight > 0 && cue.weight <= 1)) {
      throw new RangeError(`${where}: weight must be a number in (0, 1], got ${describeValue(cue.weight)}`);
    }
    if (!Array.isArray(cue.phrases) || cue.phrases.length === 0) throw new TypeError(`${where}: phrases must be a non-empty array of strings`);
    for (const phrase of cue.phrases) {
      // Two cues on the same words: the heavier one speaks for them.
      const n = typeof phrase === 'string' ? add(phrase, { cue }, (old, added) => (old.cue && added.cue && added.cue.weight > old.cue.weight ? added : old)) : 0;
      if (n === 0) throw new TypeError(`${where}: phrase ${describeValue(phrase)} has no words to match`);
    }
  });
  // A shadowing phrase wins over a cue on exactly the same words: it is the more specific reading.
  for (const phrase of notCues) add(phrase, { cue: null }, (_old, added) => added);
  // Words of sport are found in the same pass; a cue on the same word wins.
  for (const word of SPORT_WORDS) add(word, { cue: null, sport: true }, (old) => old);
  return { cues, matcher };
}

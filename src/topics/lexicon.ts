import { describeValue } from '../errors';
import { addPhrase, type PhraseTrie } from '../match/phrases';
import { lexiconKey } from '../text/keys';
import type { Tokenizer } from '../text/tokenizer';
import { SPORT_WORDS } from './data/cues';
import type { TopicCue, TopicId } from './types';

/** @internal what a matched phrase stands for: a cue, or a phrase that only shadows cues. */
export type CueValue = { cue: TopicCue } | { cue: null };

/** A compiled topic lexicon. */
export interface TopicLexicon {
  readonly cues: readonly TopicCue[];
  /** @internal multi-word phrases, on light stems (inflection and clitics do not matter). */
  readonly root: PhraseTrie<CueValue>;
  /**
   * @internal one-word phrases, on the folded word without clitics or article: stems would
   * merge too much (`المصالح` and `المصالحة`, `المسلحة` and `المسلحين`), so a one-word cue lists
   * its forms.
   */
  readonly words: ReadonlyMap<string, CueValue>;
  /** @internal folded words of sport (see `SPORT_WORDS`). */
  readonly sport: ReadonlySet<string>;
}

export const TOPICS: readonly TopicId[] = ['military_aid', 'terrorism', 'diplomacy'];

/** Validates cues and compiles them, with the shadowing phrases, into one matcher on token stems. */
export function compileTopicLexicon(cues: readonly TopicCue[], notCues: readonly string[], tokenizer: Tokenizer): TopicLexicon {
  if (!Array.isArray(cues)) throw new TypeError(`topic lexicon: expected an array of cues, got ${describeValue(cues)}`);
  const root: PhraseTrie<CueValue> = { next: null, value: null };
  const words = new Map<string, CueValue>();
  const add = (phrase: string, value: CueValue, merge: (old: CueValue, added: CueValue) => CueValue): number => {
    const tokens = tokenizer.tokenize(phrase).filter((t) => t.kind !== 'punct');
    if (tokens.length === 1) {
      const key = tokens[0]!.baseKey;
      const old = words.get(key);
      words.set(key, old ? merge(old, value) : value);
    } else if (tokens.length > 1) {
      addPhrase(root, tokens.map((t) => t.stem), value, merge);
    }
    return tokens.length;
  };
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
      // Two cues on the same words: the heavier one speaks for them.
      const n = typeof phrase === 'string' ? add(phrase, { cue }, (old, added) => (old.cue && added.cue && added.cue.weight > old.cue.weight ? added : old)) : 0;
      if (n === 0) throw new TypeError(`${where}: phrase ${describeValue(phrase)} has no words to match`);
    }
  });
  // A shadowing phrase wins over a cue on exactly the same words: it is the more specific reading.
  for (const phrase of notCues) add(phrase, { cue: null }, (_old, added) => added);
  return {
    cues,
    root,
    words,
    sport: new Set(SPORT_WORDS.map((w) => lexiconKey(w).replace(/^ال/, ''))),
  };
}

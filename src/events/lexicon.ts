import { describeValue, entryName } from '../errors';
import { addCue, createCueMatcher, type CueMatcher } from '../match/cues';
import type { Tokenizer } from '../text/tokenizer';
import { CLAUSE_OPENERS } from '../stance/data/reporting';
import { AUTHORITY_NOUNS, DUAL_WORDS, FUTURE_WORDS, HEAD_NOUNS, MARKER_WORDS, SELF_WORDS } from './data/arguments';
import { CAMEO } from './data/cameo';
import type { EventCue, EventMarker, EventPartyType } from './types';

/** Which list of its cue a trigger came from (see {@link EventCue}). */
export type TriggerForm = 'verb' | 'masdar' | 'noun';

/** @internal what a matched trigger stands for. */
export interface TriggerValue {
  readonly cue: EventCue;
  readonly form: TriggerForm;
}

/**
 * @internal a word the event layer looks for, found in the same pass as the triggers: one that
 * stands for a party named elsewhere (`بلاده`, `البلدين`), or one that opens a clause (`أن`).
 */
export interface PartyWordValue {
  readonly party: 'self' | 'dual' | 'opener';
}

/** @internal what the event matcher finds. */
export type EventMatchValue = TriggerValue | PartyWordValue;

/** @internal the word lists around events (`./data/arguments`), as the tokenizer keys them. */
export interface EventWords {
  readonly markers: ReadonlyMap<string, EventMarker>;
  readonly heads: ReadonlySet<string>;
  readonly authorities: ReadonlySet<string>;
  readonly duals: ReadonlySet<string>;
  readonly selves: ReadonlySet<string>;
  readonly future: ReadonlySet<string>;
  readonly openers: ReadonlySet<string>;
  /** `كل` of `كل من`. */
  readonly each: string;
}

/** A compiled event lexicon. */
export interface EventLexicon {
  readonly cues: readonly EventCue[];
  /** @internal */
  readonly matcher: CueMatcher<EventMatchValue>;
  /** @internal per cue with `needs`: the folded words (without clitics or article) it needs. */
  readonly needs: ReadonlyMap<EventCue, ReadonlySet<string>>;
  /** @internal */
  readonly words: EventWords;
}

const ROLES = ['directed', 'receive', 'mutual'];
const PARTY_TYPES: readonly EventPartyType[] = ['state', 'igo', 'armed_group', 'rebel_movement', 'pmc'];
const MARKERS: readonly EventMarker[] = ['to', 'on', 'bi', 'from', 'with', 'between', 'in'];
const FORMS: readonly [TriggerForm, 'verbs' | 'masdars' | 'nouns'][] = [
  ['verb', 'verbs'],
  ['masdar', 'masdars'],
  ['noun', 'nouns'],
];

/**
 * Validates event cues and compiles their triggers into one matcher. A bad entry throws with the
 * entry and the problem named; so does a phrase that two cues (or two forms) claim.
 */
export function compileEventLexicon(cues: readonly EventCue[], tokenizer: Tokenizer): EventLexicon {
  if (!Array.isArray(cues)) throw new TypeError(`event lexicon: expected an array of cues, got ${describeValue(cues)}`);
  const matcher = createCueMatcher<EventMatchValue>();
  const needs = new Map<EventCue, Set<string>>();
  const ids = new Set<string>();
  cues.forEach((cue, index) => {
    const where = entryName('event cue', cue, index, ids);
    if (typeof cue.cameo !== 'string' || !CAMEO[cue.cameo]) {
      throw new RangeError(`${where}: cameo must be one of the shipped CAMEO codes (${Object.keys(CAMEO).join(', ')}), got ${describeValue(cue.cameo)}`);
    }
    if (!ROLES.includes(cue.roles)) throw new TypeError(`${where}: roles must be one of ${ROLES.join(', ')}, got ${describeValue(cue.roles)}`);
    for (const t of cue.partyTypes ?? []) if (!PARTY_TYPES.includes(t)) throw new TypeError(`${where}: unknown party type ${JSON.stringify(t)}; types are ${PARTY_TYPES.join(', ')}`);
    for (const m of cue.targetMarkers ?? []) if (!MARKERS.includes(m)) throw new TypeError(`${where}: unknown target marker ${describeValue(m)}; markers are ${MARKERS.join(', ')}`);
    let phrases = 0;
    for (const [form, list] of FORMS) {
      const words = cue[list];
      if (words === undefined) continue;
      if (!Array.isArray(words)) throw new TypeError(`${where}: ${list} must be an array of strings, got ${describeValue(words)}`);
      for (const phrase of words) {
        const value: TriggerValue = { cue, form };
        const n =
          typeof phrase === 'string'
            ? addCue(matcher, phrase, value, tokenizer, (old) => {
                // Two spellings of one trigger (دعم عسكري، دعما عسكريا) share their stems.
                if ('party' in old || (old.cue === cue && old.form === form)) return old;
                throw new Error(`${where}: the ${form} ${JSON.stringify(phrase)} is already a ${old.form} of ${old.cue.id}`);
              })
            : 0;
        if (n === 0) throw new TypeError(`${where}: ${form} ${typeof phrase === "string" ? JSON.stringify(phrase) : describeValue(phrase)} has no words to match`);
        phrases++;
      }
    }
    if (phrases === 0) throw new TypeError(`${where}: give at least one verb, masdar or noun`);
    if (cue.needs !== undefined) {
      if (!Array.isArray(cue.needs) || cue.needs.length === 0) throw new TypeError(`${where}: needs must be a non-empty array of words`);
      const keys = new Set<string>();
      for (const word of cue.needs) {
        const tokens = typeof word === 'string' ? tokenizer.tokenize(word).filter((t) => t.kind !== 'punct') : [];
        if (tokens.length !== 1) throw new TypeError(`${where}: each needed word must be one word, got ${describeValue(word)}`);
        keys.add(tokens[0]!.baseKey);
      }
      needs.set(cue, keys);
    }
  });
  // Matched on the word without its pronoun (`بلاده` as `بلاد`); the party index checks the whole word.
  for (const [list, party] of [[SELF_WORDS, 'self'], [DUAL_WORDS, 'dual'], [CLAUSE_OPENERS, 'opener']] as const) {
    for (const w of list) addCue(matcher, w, { party }, tokenizer, (old) => old);
  }
  return { cues, matcher, needs, words: compileWords(tokenizer) };
}

/** Keys the word lists the way the tokenizer reads the text. */
function compileWords(tokenizer: Tokenizer): EventWords {
  const key = (w: string) => tokenizer.keyOf(w);
  const set = (list: readonly string[]) => new Set(list.map(key));
  return {
    markers: new Map(Object.entries(MARKER_WORDS).map(([w, m]) => [key(w), m])),
    heads: set(HEAD_NOUNS),
    authorities: set(AUTHORITY_NOUNS),
    duals: set(DUAL_WORDS),
    selves: set(SELF_WORDS),
    future: set(FUTURE_WORDS),
    openers: set(CLAUSE_OPENERS),
    each: key('كل'),
  };
}

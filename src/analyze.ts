import { markExcluded, matchActors, type FoundActor } from './actors/find';
import { ACTORS } from './actors/data/actors';
import { compileGazetteer, gazetteerStrings, type Gazetteer } from './actors/gazetteer';
import type { ActorEntry } from './actors/types';
import { defaultGazetteer, defaultTokenizer } from './defaults';
import { createWordLexicon } from './text/lexicon';
import { assertText, describeValue } from './errors';
import { EVENT_TABLES } from './events/data/cameo';
import { EVENT_CUES } from './events/data/triggers';
import { actingFrom } from './events/acting';
import { extractEvents } from './events/extract';
import { compileEventLexicon, type EventLexicon, type EventMatchValue } from './events/lexicon';
import { matchAll, mergeMatchers, type CueMatch, type CueMatcher, type MergedMatcher } from './match/cues';
import { MentionTable } from './actors/mention-index';
import { TargetFinder } from './stance/targets';
import { indexSentences } from './text/sentence-index';
import type { ActorEvent, EventCue } from './events/types';
import { regions, type Region } from './text/regions';
import { sentences } from './text/sentences';
import { Tokenizer } from './text/tokenizer';
import { NOT_CUES, TOPIC_CUES } from './topics/data/cues';
import { compileTopicLexicon, type CueValue, type TopicLexicon } from './topics/lexicon';
import { scoreTopics, type TopicTag } from './topics/score';
import type { TopicCue } from './topics/types';
import { VERSION } from './version';
import { STANCE_CUES, type StanceCue } from './stance/data/cues';
import { findAttributions } from './stance/holders';
import { compileStanceLexicon, scoreStances, type Stance, type StanceLexicon } from './stance/score';

/** The version of the bundled lexicons (gazetteer, sense rules, topic, stance and event cues). */
export const LEXICON_VERSION = '2026.12.1';

/** What {@link analyze} says about one text. Plain data: `JSON.stringify` gives all of it. */
export interface Analysis {
  /**
   * What produced the analysis, so stored results can be compared: `marsad` ({@link VERSION}),
   * `lexicon` ({@link LEXICON_VERSION}), and the `cameo` and `plover` tables the event codes
   * come from ({@link EVENT_TABLES}).
   */
  version: {
    /** The marsad release that made it. */
    marsad: string;
    /** {@link LEXICON_VERSION}: the bundled lexicons' version. */
    lexicon: string;
    /** The CAMEO codebook the event codes come from. */
    cameo: string;
    /** The PLOVER version of the event table. */
    plover: string;
  };
  /** One tag per top-level topic, present or not, in the order military_aid, terrorism, diplomacy. */
  topics: TopicTag[];
  /** The actors the text names, with every mention (mentions in excluded regions are marked). */
  actors: FoundActor[];
  /** How the author and each quoted holder stand toward each actor named. */
  stances: Stance[];
  /** Who does what to whom, with CAMEO/PLOVER codes and Goldstein values, in text order. */
  events: ActorEvent[];
  /** The parts of the page that are not the article; nothing in them counts. */
  excluded: Region[];
  /** What the caller should know: empty text, no Arabic, ... */
  warnings: string[];
}

/** Options of {@link createAnalyzer}: replace the bundled lexicons with your own. */
export interface AnalyzerOptions {
  /** The lexicons to use instead of the bundled ones; any left out stay bundled. */
  lexicon?: {
    /** Actor entries (see `ActorEntry`); the bundled gazetteer is `ACTORS`. */
    actors?: readonly ActorEntry[];
    /** Topic cues (see `TopicCue`); the bundled ones are `TOPIC_CUES`. */
    topicCues?: readonly TopicCue[];
    /** Stance cues (see `StanceCue`); the bundled ones are `STANCE_CUES`. */
    stanceCues?: readonly StanceCue[];
    /** Event triggers (see `EventCue`); the bundled ones are `EVENT_CUES`. */
    eventCues?: readonly EventCue[];
  };
}

/** A compiled analyzer: lexicons compiled once, then {@link Analyzer.analyze} per text. */
export interface Analyzer {
  /** Analyses one text with the compiled lexicons, as {@link analyze} does with the bundled ones. */
  analyze(text: string): Analysis;
}

/**
 * Compiles the lexicons once (the bundled ones, or yours) and returns an analyzer. A bad
 * lexicon entry throws here, with the entry and the problem named.
 *
 * @example
 * const analyzer = createAnalyzer();
 * analyzer.analyze('أرسلت الجزائر مساعدات عسكرية إلى مالي').topics[0];
 * //=> { topic: 'military_aid', present: true, ... }
 */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  if (options === null || typeof options !== 'object') throw new TypeError(`createAnalyzer: expected an options object, got ${describeValue(options)}`);
  const custom = options.lexicon ?? {};
  let tokenizer: Tokenizer;
  let gazetteer: Gazetteer;
  if (custom.actors && custom.actors !== ACTORS) {
    tokenizer = new Tokenizer(createWordLexicon(gazetteerStrings(custom.actors)));
    gazetteer = compileGazetteer(custom.actors, tokenizer);
  } else {
    tokenizer = defaultTokenizer();
    gazetteer = defaultGazetteer();
  }
  // The cue lexicons are read by a tokenizer of their own: the same analysis of every word, but
  // thousands of cue forms stay out of the memo the texts are read with, which keeps it small and fast.
  const reader = new Tokenizer(tokenizer.lexicon);
  const lexicons: Lexicons = {
    topics: compileTopicLexicon(custom.topicCues ?? TOPIC_CUES, NOT_CUES, reader),
    stance: compileStanceLexicon(custom.stanceCues ?? STANCE_CUES, reader),
    events: compileEventLexicon(custom.eventCues ?? EVENT_CUES, reader),
  };
  // One pass over the tokens finds the cues of all three lexicons.
  const merged = mergeMatchers([lexicons.topics.matcher, lexicons.stance.matcher, lexicons.events.matcher] as CueMatcher<unknown>[]);
  return { analyze: (text: string) => run(text, tokenizer, gazetteer, lexicons, merged) };
}

interface Lexicons {
  topics: TopicLexicon;
  stance: StanceLexicon;
  events: EventLexicon;
}

function run(text: string, tokenizer: Tokenizer, gazetteer: Gazetteer, lexicons: Lexicons, merged: MergedMatcher): Analysis {
  assertText(text, 'analyze');
  const warnings: string[] = [];
  if (text.trim() === '') warnings.push('empty text: nothing to analyse');
  else if (!/[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/.test(text)) warnings.push('no Arabic text found');
  const tokens = tokenizer.tokenize(text);
  const excluded = regions(text);
  const actors = matchActors(text, tokens, gazetteer);
  markExcluded(actors, excluded);
  if (excluded.length > 0 && excluded[0]!.start === 0 && excluded[0]!.end >= text.trimEnd().length) {
    warnings.push(`the whole text looks like page furniture (${excluded[0]!.reason}): nothing was counted`);
  }
  const spans = sentences(text);
  const article = spans.filter((x) => !excluded.some((r) => x.start >= r.start && x.start < r.end));
  const counted = actors.map((a) => ({ ...a, mentions: a.mentions.filter((m) => !m.excluded) }));
  const said = findAttributions(text, tokens, article, counted);
  const index = indexSentences(tokens, article);
  const mentions = new MentionTable(tokens, counted);
  const finder = new TargetFinder(tokens, counted, article, lexicons.stance.words, { index, mentions });
  const [topicMatches, stanceMatches, eventMatches] = matchAll(tokens, merged, [undefined, finder.subjectGap, undefined]);
  const events = extractEvents({ text, tokens, sentences: article, actors: counted, attributions: said, index, mentions }, lexicons.events, eventMatches as CueMatch<EventMatchValue>[]);
  // The stance layer reads who acts from the events (`تحت غطاء` blames the suppliers, not their clients).
  finder.knowActing(actingFrom(events, tokens));
  return {
    version: { marsad: VERSION, lexicon: LEXICON_VERSION, cameo: EVENT_TABLES.cameo, plover: EVENT_TABLES.plover },
    topics: scoreTopics({ text, tokens, sentences: spans, excluded, parties: partiesOf(actors) }, lexicons.topics, topicMatches as CueMatch<CueValue>[]),
    actors,
    stances: scoreStances({ text, tokens, sentences: article, excluded, actors, attributions: said }, lexicons.stance, { finder, matches: stanceMatches as CueMatch<StanceCue>[] }),
    events,
    excluded,
    warnings,
  };
}

/** Mentions of states and organisations, for the diplomacy rule: leaders count for their state (their state has a `leader` mention). */
function partiesOf(actors: readonly FoundActor[]): { id: string; start: number }[] {
  return actors
    .filter((a) => a.type === 'state' || a.type === 'igo')
    .flatMap((a) => a.mentions.filter((m) => !m.excluded).map((m) => ({ id: a.id, start: m.start })));
}

let shared: Analyzer | undefined;

/**
 * Analyses one text with the bundled lexicons: topics with scores and evidence, the actors it
 * names, how the author and each quoted holder stand toward them, who does what to whom, and the
 * parts that are not the article. Deterministic; never throws on a string.
 *
 * @example
 * const a = analyze('أرسلت الجزائر مساعدات عسكرية إلى مالي');
 * a.topics.filter((t) => t.present).map((t) => t.topic);
 * //=> ['military_aid']
 * a.events.map((e) => [e.source, e.target, e.cameo, e.modality]);
 * //=> [[['DZA'], ['MLI'], '072', 'asserted']]
 */
export function analyze(text: string): Analysis {
  assertText(text, 'analyze');
  return (shared ??= createAnalyzer()).analyze(text);
}

import type { FoundActor } from '../actors/find';
import { MentionTable } from '../actors/mention-index';
import { matchCues, type CueMatch } from '../match/cues';
import type { Span } from '../normalize/normalized-text';
import type { Attribution } from '../stance/holders';
import { indexSentences, type SentenceIndex } from '../text/sentence-index';
import { firstAtLeast } from '../text/sorted';
import type { Token } from '../text/tokenizer';
import { CAMEO } from './data/cameo';
import { AFTER_WINDOW, BEFORE_WINDOW, NEEDS_WINDOW } from './data/arguments';
import type { EventLexicon, EventMatchValue, TriggerForm, TriggerValue } from './lexicon';
import { modalityAt } from './modality';
import { PartyIndex, type Party } from './parties';
import type { ActorEvent, EventCue, EventMarker, EventTrigger } from './types';

/** What {@link extractEvents} reads: the article's sentences, its actors (excluded mentions left out) and who says what. */
export interface EventInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Span[];
  actors: readonly FoundActor[];
  attributions: readonly Attribution[];
  /** The tokens by sentence, and the mentions by token, when the caller has them already. */
  index?: SentenceIndex;
  mentions?: MentionTable;
}

const DEFAULT_TARGET_MARKERS: readonly EventMarker[] = ['to', 'on', 'bi', 'with', 'between'];
const PARTNER_MARKERS: readonly EventMarker[] = ['with', 'between', 'bi'];
/** How far back (in words) a list before a trigger may reach, past the window, to the start of its clause. */
const CLAUSE_REACH = 40;
/** How many sentences back `البلدين` may reach for the two states it stands for. */
const DUAL_REACH = 3;

/**
 * Finds actor-to-actor events: each trigger of the event lexicon (with the word it needs, if any)
 * in an article sentence, its parties from the words around it (see `EventCue` for the roles and
 * forms, `PartyIndex` for lists and prepositions), its modality and holder. A trigger whose
 * source or target cannot be told is left out: an event needs both sides. Triggers that tell the
 * same event (same parties, code, modality and holder) are one event with all of them as evidence.
 */
export function extractEvents(input: EventInput, lexicon: EventLexicon, matches?: readonly CueMatch<EventMatchValue>[]): ActorEvent[] {
  const { text, tokens, sentences, actors, attributions } = input;
  const parentOf = new Map(actors.map((a) => [a.id, a.parent]));
  const typeOf = new Map(actors.map((a) => [a.id, a.type]));
  // The reported clause is the holder's; the words before it (`أعلن غويتا عقب زيارة إلى روسيا أن`) are the outlet's.
  const holderAt = (at: number): Attribution | undefined => attributions.find((x) => at >= x.start && at < x.end);
  const selfAt = (i: number): string | null => {
    const holder = holderAt(tokens[i]!.start)?.holder;
    if (!holder || holder.kind !== 'actor') return null;
    const state = typeOf.get(holder.id) === 'leader' ? parentOf.get(holder.id) : holder.id;
    return state !== undefined && typeOf.get(state) !== 'leader' ? state : null;
  };
  const found = matches ?? matchCues(tokens, lexicon.matcher);
  const partyWords = new Map<number, 'self' | 'dual'>();
  const openers: number[] = [];
  for (const m of found) {
    if (!('party' in m.value)) continue;
    if (m.value.party === 'opener') openers.push(m.from);
    else partyWords.set(m.from, m.value.party);
  }
  const index = new PartyIndex(tokens, actors, input.mentions ?? new MentionTable(tokens, actors), lexicon.words, partyWords, selfAt);
  const bounds = input.index ?? indexSentences(tokens, sentences);
  const events = new Map<string, ActorEvent>();
  /** The last token a needing trigger covered: a trigger inside it is its object (`استنجدت ... بالدعم العسكري`). */
  let covered = -1;
  let lastSentence = -1;
  let lastSource: string[] | null = null;

  for (const m of found as readonly CueMatch<TriggerValue>[]) {
    if (!('cue' in m.value)) continue;
    const s = bounds.sentenceOf[m.from]!;
    if (s < 0) continue;
    const [min, max] = bounds.ranges[s]!;
    if (s !== lastSentence) {
      lastSentence = s;
      lastSource = null;
    }
    // An event needs two sides: a sentence that names one actor tells none (`البلدين` counts for two).
    const named = index.countIn(min, max);
    if (named === 0 || (named === 1 && partyWords.size === 0)) continue;
    const { cue, form } = m.value;
    let end = m.to;
    const needs = lexicon.needs.get(cue);
    if (needs) {
      let k = m.to;
      while (k < max && k < m.to + NEEDS_WINDOW && !needs.has(tokens[k]!.baseKey)) k++;
      if (k >= max || k >= m.to + NEEDS_WINDOW) continue;
      end = k + 1;
      covered = Math.max(covered, k);
    } else if (covered >= m.from) continue;

    const trailFrom = bounds.ranges[Math.max(0, s - DUAL_REACH)]![0];
    // Before the trigger back to the start of its clause (`... أن`), after it to the end of the window.
    const clause = Math.max(min, m.from - CLAUSE_REACH, (openers[firstAtLeast(openers, m.from) - 1] ?? -1) + 1);
    // A list that starts before the window still counts whole (`الجزائر، موريتانيا، مالي والنيجر تتابع ...`).
    const before = only(index.partiesIn(Math.max(clause, m.from - BEFORE_WINDOW), m.from, clause, m.from, trailFrom).reverse(), cue, typeOf);
    // A mutual trigger may hold its parties (`جيشي البلدين`).
    const from = cue.roles === 'mutual' ? m.from : m.to;
    const after = only(index.partiesIn(from, Math.min(max, Math.max(end, m.to + AFTER_WINDOW)), from, max, trailFrom), cue, typeOf);
    const pronoun = tokens[m.to - 1]!.clitics.pronoun !== null;
    const roles = resolve(cue, form, before, after, lastSource, m.to, pronoun, (recipient) => otherState(index.partiesIn(min, max, min, max, trailFrom), recipient, typeOf));
    if (!roles) continue;
    // A masdar later in the sentence whose subject is not written acts for the same source (`... ومساعدة الجيش المالي`).
    if (cue.roles !== 'receive') lastSource = roles.source;

    const said = holderAt(tokens[m.from]!.start);
    const holder = said?.holder.id ?? 'author';
    const modality = modalityAt(tokens, m.from, text, lexicon.words) ?? (said ? 'reported' : 'asserted');
    const first = tokens[m.from]!;
    const last = tokens[end - 1]!;
    const trigger: EventTrigger = { start: first.start, end: last.end, text: text.slice(first.start, last.end), cue: cue.id };
    const mutual = cue.roles === 'mutual';
    const key = [mutual ? [...roles.source, ...roles.target].sort().join() : `${roles.source.join()}>${roles.target.join()}`, cue.cameo, modality, holder].join('|');
    const old = events.get(key);
    if (old) {
      old.evidence.push(trigger);
      continue;
    }
    const code = CAMEO[cue.cameo]!;
    events.set(key, {
      source: roles.source,
      target: roles.target,
      mutual,
      cameo: cue.cameo,
      description: code.description,
      goldstein: code.goldstein,
      plover: code.plover ? { ...code.plover } : null,
      modality,
      holder,
      trigger,
      evidence: [trigger],
    });
  }
  return [...events.values()];
}

/** Who is source and who target for one trigger, or null when a side is missing. */
function resolve(
  cue: EventCue,
  form: TriggerForm,
  before: readonly Party[],
  after: readonly Party[],
  inherited: string[] | null,
  triggerEnd: number,
  /** The trigger ends in a pronoun (`تدريب ضباطه`): its object is named before. */
  pronoun: boolean,
  fallbackSupplier: (recipient: readonly string[]) => string[] | null,
): { source: string[]; target: string[] } | null {
  const bare = before.filter((p) => p.marker === null);
  const bareAfter = after.filter((p) => p.marker === null);
  // The subject: the one before a verb (SVO) or right after it (VSO); whose thing a noun is
  // (`مساعدات عسكرية جزائرية`), or the one before; the clause's subject for a masdar, whose
  // subject is not written (`المغرب مستعد لمواكبة إعادة هيكلة الجيش المالي وتدريب ضباطه`).
  const subject = form === 'noun' ? (bareAfter[0] ?? bare[0]) : form === 'verb' ? (bare[0] ?? bareAfter[0]) : bare[bare.length - 1];
  const objectBare = pronoun
    ? bare.find((p) => p !== subject)
    : form === 'verb'
      ? bareAfter.find((p) => p !== subject)
      : form === 'masdar'
        ? bareAfter.find((p) => p.from <= triggerEnd + 2)
        : undefined;
  const marked = (markers: readonly EventMarker[]) => after.find((p) => p.marker !== null && markers.includes(p.marker));
  let source: string[] | undefined;
  let target: string[] | undefined;
  if (cue.roles === 'directed') {
    source = subject?.ids ?? marked(['from'])?.ids ?? (form === 'masdar' ? (inherited ?? undefined) : undefined);
    target = (marked(cue.targetMarkers ?? DEFAULT_TARGET_MARKERS) ?? objectBare)?.ids;
  } else if (cue.roles === 'receive') {
    target = subject?.ids;
    source = marked(['from'])?.ids ?? bareAfter.find((p) => p !== subject)?.ids ?? (target ? (fallbackSupplier(target) ?? undefined) : undefined);
  } else {
    const partners = [...before, ...after].filter((p) => p.marker !== null && PARTNER_MARKERS.includes(p.marker));
    const between = after.find((p) => p.marker === 'between');
    let parties: string[];
    // بين الحكومة والمتمردين: one side is no actor, so the event has no two sides.
    if (between) parties = between.ids;
    else if (partners.length > 0) parties = [...(subject?.ids ?? []), ...partners.flatMap((p) => p.ids)];
    else parties = [...[...bare].reverse(), ...(form === 'verb' ? bareAfter : [])].flatMap((p) => p.ids);
    const unique = [...new Set(parties)];
    if (unique.length < 2) return null;
    return { source: unique.slice(0, 1), target: unique.slice(1) };
  }
  if (!source || !target) return null;
  const from = new Set(source);
  const to = target.filter((id) => !from.has(id));
  return to.length > 0 ? { source, target: to } : null;
}

/** The parties of the types a cue admits (`partyTypes`). */
function only(parties: Party[], cue: EventCue, typeOf: ReadonlyMap<string, string>): Party[] {
  const types = cue.partyTypes as readonly string[] | undefined;
  if (!types) return parties;
  return parties.map((p) => ({ ...p, ids: p.ids.filter((id) => types.includes(typeOf.get(id)!)) })).filter((p) => p.ids.length > 0);
}

/** The one state a sentence names besides the recipient (the supplier of `حصلت بلاده على أسلحة` after `زيارة إلى روسيا`). */
function otherState(parties: readonly Party[], recipient: readonly string[], typeOf: ReadonlyMap<string, string>): string[] | null {
  const states = new Set(parties.flatMap((p) => p.ids).filter((id) => typeOf.get(id) === 'state' && !recipient.includes(id)));
  return states.size === 1 ? [...states] : null;
}

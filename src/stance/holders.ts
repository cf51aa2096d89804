import type { FoundActor } from '../actors/find';
import type { Span } from '../normalize/normalized-text';
import { RELATIVE_PRONOUNS } from '../text/data/negation';
import { lexiconKey } from '../text/keys';
import type { Token } from '../text/tokenizer';
import { CLAUSE_OPENERS, HOLDER_WINDOW, MEDIA_WORDS, OPENER_WINDOW, PARTICIPLES, REPORTING_VERBS, SOURCE_GROUPS, SOURCE_MARKERS, TITLES } from './data/reporting';

/** Who a reported clause belongs to. */
export interface Holder {
  /** An actor id (`goita`, `MLI`) or a source group (`observers`, `experts`, `sources`, `officials`). */
  id: string;
  /** Whether `id` is a gazetteer actor or a source group. */
  kind: 'actor' | 'source';
  /** Where the holder is named. */
  start: number;
  /** Where the naming ends (exclusive). */
  end: number;
  /** How the holder is named: `text.slice(start, end)`. */
  text: string;
}

/** A clause the text attributes to someone: the holder, the words that attribute it, and its span. */
export interface Attribution extends Span {
  /** Who the clause belongs to. */
  holder: Holder;
  /** The reporting verb or source marker (`أكد`, `وفق`). */
  cue: Span & {
    /** `text.slice(start, end)`. */
    text: string;
  };
}

const verbs = new Set(REPORTING_VERBS.map(lexiconKey));
const participles = new Set(PARTICIPLES.map(lexiconKey));
const TO = lexiconKey('إلى');
const markers = SOURCE_MARKERS.map((m) => m.split(/\s+/).map(lexiconKey));
const markerStarts = new Set(markers.map((m) => m[0]!));
const openers = new Set(CLAUSE_OPENERS.map(lexiconKey));
const groups = new Map<string, string>();
for (const [id, words] of Object.entries(SOURCE_GROUPS)) for (const w of words) groups.set(lexiconKey(w), id);
const titles = new Set(TITLES.map(lexiconKey));
const media = new Set(MEDIA_WORDS.map(lexiconKey));
const QUOTES = new Set(['"', '«', '“', "'", '„']);
const relatives = new Set(RELATIVE_PRONOUNS.map(lexiconKey));
/** Prepositions that introduce what a verb is about, never its speaker. */
const objects = new Set(['على', 'عن', 'إلى', 'ضد'].map(lexiconKey));

/**
 * Finds the clauses a text reports from someone: after a reporting verb (`أكد متابعون أن فرنسا
 * ...` belongs to the observers, `وأوضح غويتا أن "..."` to Goïta) or around a source marker
 * (`..., وفق ما أكده الجيش المالي` gives the clause before it to Mali; `حسب ... فإن ...` the one
 * after). The holder is the first actor or source group named after the verb, a leader winning
 * over the nationality before him (`الرئيس الروسي فلاديمير بوتين` is Putin). A verb with no named
 * subject continues the previous holder in the same paragraph. One attribution per sentence.
 */
export function findAttributions(text: string, tokens: readonly Token[], sentences: readonly Span[], actors: readonly FoundActor[]): Attribution[] {
  const mentionAt = new Map<number, { id: string; leader: boolean; end: number }>();
  for (const a of actors) {
    for (const m of a.mentions) {
      const old = mentionAt.get(m.start);
      if (!old || (a.type === 'leader' && !old.leader)) mentionAt.set(m.start, { id: a.id, leader: a.type === 'leader', end: m.end });
    }
  }
  const out: Attribution[] = [];
  let t0 = 0;
  let previous: { holder: Holder; end: number } | null = null;
  for (const s of sentences) {
    while (t0 < tokens.length && tokens[t0]!.start < s.start) t0++;
    let t1 = t0;
    while (t1 < tokens.length && tokens[t1]!.start < s.end) t1++;
    // A verb with no named subject goes on with the speaker of the sentence just before.
    const found = attributeSentence(text, tokens, t0, t1, s, mentionAt, previous?.holder ?? null);
    if (found) out.push(found);
    previous = found ? { holder: found.holder, end: s.end } : null;
    t0 = t1;
  }
  return out;
}

function attributeSentence(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  sentence: Span,
  mentionAt: ReadonlyMap<number, { id: string; leader: boolean; end: number }>,
  inherited: Holder | null,
): Attribution | null {
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    const markerLength = markerStarts.has(t.key) ? (markers.find((m) => m.every((k, j) => tokens[i + j]?.key === k))?.length ?? 0) : 0;
    const isVerb = markerLength === 0 && verbs.has(t.key);
    if (!isVerb && markerLength === 0) continue;
    const participle = participles.has(t.key);
    if (participle && !(tokens[i + 1] && (tokens[i + 1]!.key === TO || openers.has(tokens[i + 1]!.key)))) continue;
    const cueEnd = tokens[i + Math.max(markerLength, 1) - 1]!.end;
    const cue = { start: t.start, end: cueEnd, text: text.slice(t.start, cueEnd) };
    const named = participle ? null : holderAfter(text, tokens, i + Math.max(markerLength, 1), to, mentionAt, isVerb);
    if (markerLength > 0) {
      if (!named) continue;
      // A marker that opens the sentence attributes what follows; one inside it, what came before.
      const opening = i - from <= 1;
      const start = opening ? clauseStart(tokens, named.next, to, sentence) : sentence.start;
      const end = opening ? sentence.end : trimEnd(text, sentence.start, t.start);
      if (end > start) return { start, end, holder: named.holder, cue };
      continue;
    }
    // SVO: `وكان الرئيس المالي أمادو توماني أكد` names the speaker just before the verb; so does
    // a relative clause (`التقى الرئيس تياني الذي أشاد بالدعم الروسي`).
    const relative = i > from && relatives.has(tokens[i - 1]!.key);
    const before = participle ? null : holderBefore(text, tokens, relative ? i - 1 : i, from, mentionAt);
    const holder = (relative ? before : null) ?? named?.holder ?? before ?? inherited;
    if (!holder) continue;
    const start = clauseStart(tokens, named ? named.next : i + 1, to, sentence);
    return { start, end: sentence.end, holder, cue };
  }
  return null;
}

/** The holder named in the few words after `from`, and the token after it. */
function holderAfter(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  mentionAt: ReadonlyMap<number, { id: string; leader: boolean; end: number }>,
  afterVerb: boolean,
): { holder: Holder; next: number } | null {
  let first: { holder: Holder; next: number } | null = null;
  let title: { holder: Holder; next: number } | null = null;
  // A verb's subject follows it at once: `كشفت الهجمات الأخيرة عدم قدرة الجيش النيجري` is said by no one.
  if (afterVerb) {
    const t = tokens[from];
    if (!t || !(mentionAt.has(t.start) || groups.has(t.key) || titles.has(t.key) || media.has(t.key))) return null;
  }
  for (let j = from; j < to && j < from + HOLDER_WINDOW; j++) {
    const t = tokens[j]!;
    if (openers.has(t.key) || QUOTES.has(t.norm) || t.norm === ':') break;
    // The speaker comes before what the verb is about (`أشاد بالدعم الروسي`: Russia is praised, not speaking).
    // (`نقلا عن مسؤولين` is a source, not what the verb is about.)
    const quoting = j > from && markerStarts.has(tokens[j - 1]!.key);
    if ((afterVerb || j > from) && !quoting && (t.clitics.preposition === 'ب' || objects.has(t.key)) && !groups.has(t.key)) break;
    // Past a comma only to find the leader a title announces (`رئيس ... في مالي، الجنرال أسيمي غويتا`).
    if (t.kind === 'punct') continue;
    const m = mentionAt.get(t.start);
    if (m) {
      let next = j + 1;
      while (next < to && tokens[next]!.start < m.end) next++;
      const found = { holder: { id: m.id, kind: 'actor' as const, start: t.start, end: m.end, text: text.slice(t.start, m.end) }, next };
      if (m.leader) return found;
      first ??= found;
      continue;
    }
    const group = groups.get(t.key);
    if (group && !first && !title) return { holder: { id: group, kind: 'source', start: t.start, end: t.end, text: t.text }, next: j + 1 };
    if (!first && !title && titles.has(t.key)) title = { holder: { id: 'officials', kind: 'source', start: t.start, end: t.end, text: t.text }, next: j + 1 };
  }
  return first ?? title;
}

/** The speaker named in the few words before a verb (a leader first), for subject-first sentences. */
function holderBefore(
  text: string,
  tokens: readonly Token[],
  verb: number,
  from: number,
  mentionAt: ReadonlyMap<number, { id: string; leader: boolean; end: number }>,
): Holder | null {
  let found: Holder | null = null;
  for (let j = verb - 1; j >= from && j >= verb - HOLDER_WINDOW; j--) {
    const t = tokens[j]!;
    if (t.kind === 'punct') break;
    const m = mentionAt.get(t.start);
    if (m && m.end <= tokens[verb]!.start) {
      const holder: Holder = { id: m.id, kind: 'actor', start: t.start, end: m.end, text: text.slice(t.start, m.end) };
      if (m.leader) return holder;
      found ??= holder;
    }
  }
  return found;
}

/** Where the reported clause starts: after `أن`/`إن` or an opening quote if one comes soon, else at `from`. */
function clauseStart(tokens: readonly Token[], from: number, to: number, sentence: Span): number {
  for (let j = from; j < to && j < from + OPENER_WINDOW; j++) {
    const t = tokens[j]!;
    if (openers.has(t.key) || t.norm === ':') return j + 1 < to ? tokens[j + 1]!.start : sentence.end;
    if (QUOTES.has(t.norm)) return t.start;
  }
  return from < to ? tokens[from]!.start : sentence.end;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s،,]/.test(text[e - 1]!)) e--;
  return e;
}

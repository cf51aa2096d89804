import type { Span } from '../normalize/normalized-text';
import type { Region, RegionReason } from '../text/regions';
import type { Token } from '../text/tokenizer';
import { longestMatches, type PhraseMatch } from '../match/phrases';
import type { CompiledSense, Gazetteer, KeySets, MentionVia, Target } from './gazetteer';
import type { ActorEntry, ActorType } from './types';

/** One place where the text names an actor. */
export interface ActorMention extends Span {
  /** `text.slice(start, end)`. */
  text: string;
  /** How the words were tied to the actor. */
  via: MentionVia;
  /** The gazetteer variant that matched, normalised (`الولايات المتحدة الامريكية`). */
  form: string;
  /** The entry the match went through when it is not the actor itself: the leader (`via: 'leader'`) or the generic name a branch was resolved from (`القاعدة` -> `aqim` through `al-qaeda`). */
  through?: string;
  /** Set when the mention lies in a part of the page that is not the article (reader comments, ...). */
  excluded?: RegionReason;
}

/** An actor the text names, with every mention in text order. */
export interface FoundActor {
  /** The gazetteer id ({@link ActorEntry.id}). */
  id: string;
  /** What kind of actor it is. */
  type: ActorType;
  /** Canonical names, whatever spelling the text used. */
  name: {
    /** In Arabic (`الولايات المتحدة`). */
    ar: string;
    /** In English (`United States`). */
    en: string;
  };
  /** For leaders and branches: the actor they belong to. */
  parent?: string;
  /** For leaders: their role. */
  role?: string;
  /** Every place the text names it, in text order (at least one). */
  mentions: ActorMention[];
}

type Match = PhraseMatch<Target>;

type Decision = 'actor' | 'other' | 'attested';

/**
 * Finds the actors in tokens: longest gazetteer match left to right, then the sense rules for
 * names that are also ordinary words, then what only the whole text can settle (names whose
 * sense depends on the actor being attested elsewhere, regional branches, `المملكة`).
 */
export function matchActors(text: string, tokens: readonly Token[], gazetteer: Gazetteer): FoundActor[] {
  const matches = longestMatches(tokens, gazetteer.root, 'key');
  /** Per match index: what it was resolved to. */
  const decisions: (Decision | null)[] = [];
  /** Token index -> whether the match ending there is an actor mention (for coordination rules). */
  const actorEndsAt = new Set<number>();
  const sure = new Set<string>();
  /** Token index -> a state or group named there by its name, in no doubt (for `مالي وروسيا`). */
  const namedAt = new Set(matches.filter((m) => m.value.actor !== null && m.value.via === 'name' && !(m.value.key && gazetteer.senses.has(m.value.key))).map((m) => m.from));
  matches.forEach((m, index) => {
    const actor = m.value.actor;
    if (actor === null) {
      decisions[index] = null;
      return;
    }
    const sense = m.value.key ? gazetteer.senses.get(m.value.key) : undefined;
    const d = sense && sense.rule.actor === actor ? decide(sense, m, text, tokens, actorEndsAt, namedAt, gazetteer) : 'actor';
    decisions[index] = d;
    if (d === 'actor') sure.add(actor);
    if (d !== 'other') actorEndsAt.add(m.to - 1);
  });

  const found = new Map<string, FoundActor>();
  const mention = (entry: ActorEntry, m: Match, via: MentionVia, through?: string): void => {
    let a = found.get(entry.id);
    if (!a) {
      a = { id: entry.id, type: entry.type, name: { ar: entry.name.ar, en: entry.name.en }, mentions: [] };
      if (entry.parent !== undefined) a.parent = entry.parent;
      if (entry.role !== undefined) a.role = entry.role;
      found.set(entry.id, a);
    }
    const start = tokens[m.from]!.start;
    const end = tokens[m.to - 1]!.end;
    const x: ActorMention = { start, end, text: text.slice(start, end), via, form: m.value.form };
    if (through !== undefined) x.through = through;
    a.mentions.push(x);
  };

  const kept: Match[] = [];
  matches.forEach((m, index) => {
    const d = decisions[index];
    if (d === 'actor' || (d === 'attested' && sure.has(m.value.actor!))) kept.push(m);
  });
  const regions = new Set<string>();
  for (const m of kept) {
    const region = gazetteer.entries.get(m.value.actor!)!.region;
    if (region) regions.add(region);
  }
  for (const m of kept) {
    let entry = gazetteer.entries.get(m.value.actor!)!;
    let through: string | undefined;
    const branch = branchFor(entry, regions);
    if (branch) {
      through = entry.id;
      entry = gazetteer.entries.get(branch)!;
    }
    mention(entry, m, m.value.via as MentionVia, through);
    if (entry.type === 'leader' && entry.parent !== undefined) {
      mention(gazetteer.entries.get(entry.parent)!, m, 'leader', entry.id);
    }
  }

  const monarchies = [...found.values()].filter((a) => a.type === 'state' && gazetteer.entries.get(a.id)!.monarchy);
  if (monarchies.length === 1) {
    const kingdom = gazetteer.entries.get(monarchies[0]!.id)!;
    for (const m of matches) if (m.value.via === 'reference') mention(kingdom, m, 'reference');
  }

  const out = [...found.values()];
  for (const a of out) a.mentions.sort((x, y) => x.start - y.start || y.end - x.end);
  return out.sort((x, y) => x.mentions[0]!.start - y.mentions[0]!.start || (x.id < y.id ? -1 : 1));
}

/** The branch a generic organisation stands for, given the regions of the actors in the text. */
function branchFor(entry: ActorEntry, regions: ReadonlySet<string>): string | undefined {
  if (!entry.branches) return undefined;
  for (const [region, branch] of Object.entries(entry.branches) as [string, string][]) if (regions.has(region)) return branch;
  return undefined;
}

function has(sets: KeySets, t: Token): boolean {
  return sets.exact.has(t.key) || sets.base.has(t.baseKey);
}

/** Decides the sense of a one-word name that is also an ordinary word (DESIGN.md section 5). */
function decide(
  sense: CompiledSense,
  m: Match,
  text: string,
  tokens: readonly Token[],
  actorEndsAt: ReadonlySet<number>,
  namedAt: ReadonlySet<number>,
  gazetteer: Gazetteer,
): Decision {
  const token = tokens[m.from]!;
  const form = sense.forms.get(m.value.key)!;
  if (form === 'never') return 'other';
  const next = wordAt(tokens, m.to, text, token.end, 1);
  if (next && (has(sense.otherNext, next) || (sense.rule.otherBeforeDemonym && gazetteer.demonymKeys.has(next.key)))) {
    return 'other';
  }
  const prev = wordAt(tokens, m.from - 1, text, token.start, -1);
  const proper = sense.proper.has(m.value.key);
  // مالي وروسيا: a name coordinated with the name of another actor.
  if (proper && next && next.clitics.conjunction === 'و' && namedAt.has(m.to)) return 'actor';
  if (!prev) return proper ? 'actor' : form;
  // الجيش الموريتاني والمالي, بين المغرب ومالي, الحدود الجزائرية المالية: next to another actor.
  if (actorEndsAt.has(m.from - 1)) return 'actor';
  const exact = sense.actorHeads.exact.has(prev.key) ? 'actor' : sense.otherHeads.exact.has(prev.key) ? 'other' : null;
  if (exact) return exact;
  if (sense.actorHeads.base.has(prev.baseKey)) return 'actor';
  if (sense.otherHeads.base.has(prev.baseKey)) return 'other';
  if (has(sense.actorAfter, prev)) return 'actor';
  // دعم سياسي ومالي: coordinated with another relational adjective.
  if (token.clitics.conjunction && /يه?$/.test(prev.baseKey)) return 'other';
  if (proper && (token.clitics.conjunction || token.clitics.preposition || prev.kind !== 'arabic' || sense.properAfter.has(prev.key))) {
    return 'actor';
  }
  return form;
}

/** The word token next to `from` in direction `step`, if it is on the same line and not across punctuation. */
function wordAt(tokens: readonly Token[], index: number, text: string, edge: number, step: 1 | -1): Token | null {
  const t = tokens[index];
  if (!t || t.kind === 'punct' || t.kind === 'other') return null;
  const gap = step === 1 ? text.slice(edge, t.start) : text.slice(t.end, edge);
  if (/[\n\r\u2028\u2029]/.test(gap)) return null;
  return t;
}

/** Marks the mentions that lie in a region that is not the article. */
export function markExcluded(actors: readonly FoundActor[], excluded: readonly Region[]): void {
  if (excluded.length === 0) return;
  for (const a of actors) {
    for (const m of a.mentions) {
      const r = excluded.find((x) => m.start >= x.start && m.start < x.end);
      if (r) m.excluded = r.reason;
    }
  }
}

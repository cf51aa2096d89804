import { describeValue } from '../errors';
import { lexiconKey } from '../text/keys';
import { addPhrase, phraseKeys, type PhraseTrie } from '../match/phrases';
import type { Tokenizer } from '../text/tokenizer';
import { NOT_ACTORS, REFERENCES, SENSE_RULES, type SenseRule } from './data/senses';
import { demonymForms } from './demonyms';
import type { ActorEntry, ActorRegion, ActorType } from './types';

/** How a mention was tied to its actor. */
export type MentionVia = 'name' | 'demonym' | 'capital' | 'seat' | 'leader' | 'reference';

/** @internal what a complete path through the trie stands for. */
export interface Target {
  /** null for phrases that are not actors (`المغرب العربي`) and for references (`المملكة`). */
  readonly actor: string | null;
  readonly via: MentionVia | 'not-actor';
  /** The variant as compiled (normalised). */
  readonly form: string;
  /** The folded key of a one-word variant, for sense rules. */
  readonly key: string;
}

/** @internal a sense rule with its word lists turned into key sets. */
export interface CompiledSense {
  readonly rule: SenseRule;
  readonly forms: ReadonlyMap<string, 'actor' | 'other' | 'attested' | 'never'>;
  readonly proper: ReadonlySet<string>;
  readonly properAfter: ReadonlySet<string>;
  readonly otherHeads: KeySets;
  readonly actorHeads: KeySets;
  readonly actorAfter: KeySets;
  readonly otherNext: KeySets;
}

/** @internal words with the article match exactly; words without match the base. */
export interface KeySets {
  readonly exact: ReadonlySet<string>;
  readonly base: ReadonlySet<string>;
}

/** A compiled gazetteer: build once with {@link compileGazetteer}, use for every text. */
export interface Gazetteer {
  readonly entries: ReadonlyMap<string, ActorEntry>;
  /** @internal */
  readonly root: PhraseTrie<Target>;
  /** @internal sense rules by the folded key of the forms they govern. */
  readonly senses: ReadonlyMap<string, CompiledSense>;
  /** @internal folded keys of every demonym form. */
  readonly demonymKeys: ReadonlySet<string>;
}

const TYPES: readonly ActorType[] = ['state', 'igo', 'armed_group', 'rebel_movement', 'pmc', 'leader', 'media'];
const REGIONS: readonly ActorRegion[] = [
  'sahel', 'maghreb', 'west_africa', 'central_africa', 'east_africa', 'middle_east', 'gulf', 'europe', 'americas', 'asia', 'global',
];
/** When two variants of one actor coincide, the more direct way of naming it wins. */
const VIA_RANK: Readonly<Record<MentionVia, number>> = { name: 0, demonym: 1, capital: 2, seat: 3, leader: 4, reference: 5 };

/**
 * Every string the gazetteer matches, so the tokenizer knows them as words: `names` are proper
 * names (names, capitals, seats), which the stemmer leaves whole; `words` are the rest (demonym
 * forms, phrases that are not actors, reference words).
 */
export function gazetteerStrings(entries: readonly ActorEntry[]): { names: string[]; words: string[] } {
  const names: string[] = [];
  const words: string[] = [...NOT_ACTORS, ...REFERENCES.map((r) => r.form)];
  // Tolerant of bad entries: compileGazetteer validates them and says what is wrong.
  for (const e of Array.isArray(entries) ? entries : []) {
    if (!e || typeof e !== 'object') continue;
    for (const [via, list] of variantsOf(e)) {
      if (Array.isArray(list)) (via === 'demonym' ? words : names).push(...list.filter((v) => typeof v === 'string'));
    }
  }
  return { names, words };
}

function variantsOf(e: ActorEntry): [MentionVia, readonly string[]][] {
  const stems = Array.isArray(e.demonyms) ? e.demonyms.filter((d) => typeof d === 'string') : [];
  const demonyms = [...stems.flatMap(demonymForms), ...(e.demonymForms ?? [])];
  return [
    ['name', e.names],
    ['demonym', demonyms],
    ['capital', e.capitals ?? []],
    ['seat', e.seats ?? []],
  ];
}

/**
 * Validates and compiles gazetteer entries into the matcher {@link findActors} uses. A bad
 * entry throws an error that names the entry and what is wrong with it.
 */
export function compileGazetteer(entries: readonly ActorEntry[], tokenizer: Tokenizer): Gazetteer {
  if (!Array.isArray(entries)) throw new TypeError(`compileGazetteer: expected an array of actor entries, got ${describeValue(entries)}`);
  const byId = new Map<string, ActorEntry>();
  entries.forEach((e, index) => {
    validate(e, index);
    if (byId.has(e.id)) throw new Error(`gazetteer entry ${index} (${e.id}): the id ${e.id} is used twice`);
    byId.set(e.id, e);
  });
  for (const e of entries) {
    if (e.parent !== undefined && !byId.has(e.parent)) {
      throw new Error(`gazetteer entry ${e.id}: parent ${JSON.stringify(e.parent)} is not an actor id`);
    }
    for (const [region, branch] of Object.entries(e.branches ?? {}) as [string, string][]) {
      if (!byId.has(branch)) throw new Error(`gazetteer entry ${e.id}: branch ${JSON.stringify(branch)} for ${region} is not an actor id`);
    }
  }

  const root: PhraseTrie<Target> = { next: null, value: null };
  const demonymKeys = new Set<string>();
  const owner = new Map<Target, string>();
  const insert = (variant: string, target: Omit<Target, 'form' | 'key'>, where: string): void => {
    const keys = phraseKeys(variant, tokenizer, 'key');
    if (keys.length === 0) throw new Error(`${where}: ${JSON.stringify(variant)} has no letters to match`);
    const full: Target = { ...target, form: keys.join(' '), key: keys.length === 1 ? keys[0]! : '' };
    owner.set(full, where);
    addPhrase(root, keys, full, (old, added) => {
      if (old.actor !== added.actor) {
        throw new Error(`${where}: ${JSON.stringify(variant)} is also a variant of ${owner.get(old) ?? 'another entry'}`);
      }
      // The more direct way of naming the actor wins.
      const better = added.via !== 'not-actor' && old.via !== 'not-actor' && VIA_RANK[added.via] < VIA_RANK[old.via];
      return better ? added : old;
    });
  };

  for (const e of entries) {
    for (const [via, list] of variantsOf(e)) {
      for (const v of list) {
        insert(v, { actor: e.id, via }, `gazetteer entry ${e.id}`);
        if (via === 'demonym') demonymKeys.add(lexiconKey(v));
      }
    }
  }
  for (const phrase of NOT_ACTORS) insert(phrase, { actor: null, via: 'not-actor' }, 'not-actor phrase');
  for (const r of REFERENCES) insert(r.form, { actor: null, via: 'reference' }, 'reference word');

  const senses = new Map<string, CompiledSense>();
  for (const rule of SENSE_RULES) {
    if (!byId.has(rule.actor)) continue; // a user gazetteer without this actor has nothing to disambiguate
    const compiled = compileSense(rule);
    for (const form of compiled.forms.keys()) senses.set(form, compiled);
  }
  return { entries: byId, root, senses, demonymKeys };
}

function compileSense(rule: SenseRule): CompiledSense {
  const sets = (words: readonly string[] = []): KeySets => {
    const exact = new Set<string>();
    const base = new Set<string>();
    for (const w of words) {
      const k = lexiconKey(w);
      (k.startsWith('ال') && k.length > 3 ? exact : base).add(k);
    }
    return { exact, base };
  };
  const forms = new Map<string, 'actor' | 'other' | 'attested' | 'never'>();
  for (const [form, sense] of Object.entries(rule.forms)) forms.set(lexiconKey(form), sense);
  return {
    rule,
    forms,
    proper: new Set((rule.properForms ?? []).map(lexiconKey)),
    properAfter: new Set((rule.properAfter ?? []).map(lexiconKey)),
    otherHeads: sets(rule.otherHeads),
    actorHeads: sets(rule.actorHeads),
    actorAfter: sets(rule.actorAfter),
    otherNext: sets(rule.otherNext),
  };
}

function validate(e: ActorEntry, index: number): void {
  const where = `gazetteer entry ${index}${e && typeof e === 'object' && typeof e.id === 'string' ? ` (${e.id})` : ''}`;
  if (!e || typeof e !== 'object') throw new TypeError(`${where}: expected an object, got ${describeValue(e)}`);
  if (typeof e.id !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(e.id)) {
    throw new TypeError(`${where}: id must be letters, digits, '-' or '_', got ${describeValue(e.id)}`);
  }
  if (!TYPES.includes(e.type)) throw new TypeError(`${where}: type must be one of ${TYPES.join(', ')}, got ${describeValue(e.type)}`);
  if (!e.name || typeof e.name.ar !== 'string' || typeof e.name.en !== 'string' || !e.name.ar || !e.name.en) {
    throw new TypeError(`${where}: name must be { ar, en } with two non-empty strings, got ${describeValue(e.name)}`);
  }
  if (e.region !== undefined && !REGIONS.includes(e.region)) {
    throw new TypeError(`${where}: region must be one of ${REGIONS.join(', ')}, got ${describeValue(e.region)}`);
  }
  const lists: [string, unknown][] = [
    ['names', e.names],
    ['demonyms', e.demonyms],
    ['demonymForms', e.demonymForms],
    ['capitals', e.capitals],
    ['seats', e.seats],
  ];
  for (const [field, list] of lists) {
    if (list === undefined && field !== 'names') continue;
    if (!Array.isArray(list) || (field === 'names' && list.length === 0)) {
      throw new TypeError(`${where}: ${field} must be ${field === 'names' ? 'a non-empty' : 'an'} array of strings, got ${describeValue(list)}`);
    }
    list.forEach((v: unknown, i) => {
      if (typeof v !== 'string' || !/[\u0600-\u06ff]/.test(v)) {
        throw new TypeError(`${where}: ${field}[${i}] must be Arabic text, got ${describeValue(v)}`);
      }
    });
  }
}

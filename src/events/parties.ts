import type { FoundActor } from '../actors/find';
import { MentionIndex, type MentionSpan, type MentionTable } from '../actors/mention-index';
import type { ActorType } from '../actors/types';
import { firstAtLeast } from '../text/sorted';
import type { Token } from '../text/tokenizer';
import type { EventWords } from './lexicon';
import type { EventMarker } from './types';

/** Actors that take part in events: a leader counts for his state (his mention is also the state's). */
const PARTY_TYPES: ReadonlySet<ActorType> = new Set(['state', 'igo', 'armed_group', 'rebel_movement', 'pmc']);
/** How many words back a preposition may mark a party (see `markerOf`). */
const MARKER_REACH = 4;

/**
 * One party around a trigger: tokens `[from, to)` naming one actor or a list of them (`الصين
 * واليابان و روسيا ،كوبا`), and how the words before mark it (`null`: no preposition governs it).
 */
export interface Party extends MentionSpan {
  marker: EventMarker | null;
}

/**
 * The mentions of one text as event parties: also `بلاده` (the holder's state) and `البلدين`
 * (the two states named last), and the preposition that marks each party.
 */
export class PartyIndex extends MentionIndex {
  /** States and organisations in text order, for `البلدين`. */
  private readonly trail: { index: number; id: string }[] = [];
  /** Where `البلدين` may look back to: the first token of the sentences it may reach. */
  private trailFrom = 0;

  private readonly markers = new Map<number, EventMarker | null>();
  /** Every token where a party may start (mentions and party words), ascending. */
  private readonly starts: Int32Array;

  constructor(
    tokens: readonly Token[],
    actors: readonly FoundActor[],
    mentions: MentionTable,
    private readonly words: EventWords,
    /** Where the text has a word that stands for a party named elsewhere (from the event matcher). */
    private readonly partyWords: ReadonlyMap<number, 'self' | 'dual'>,
    /** The state a holder speaks for at a token (`بلاده`), if any. */
    private readonly selfAt: (index: number) => string | null,
  ) {
    super(tokens, mentions, PARTY_TYPES, words.heads);
    const starts = new Int32Array(this.at.size + partyWords.size);
    let n = 0;
    for (const i of this.at.keys()) starts[n++] = i;
    for (const i of partyWords.keys()) if (!this.at.has(i)) starts[n++] = i;
    this.starts = starts.subarray(0, n).sort();
    const states = new Set<string>();
    for (const a of actors) if (a.type === 'state' || a.type === 'igo') states.add(a.id);
    for (const i of this.starts) for (const id of this.at.get(i)?.ids ?? []) if (states.has(id)) this.trail.push({ index: i, id });
  }

  /**
   * The parties in tokens `[lo, hi)`, in text order, each coordinated list as one party (lists
   * may reach out of the range, not out of `[min, max)`); `البلدين` looks back to `trailFrom`.
   */
  partiesIn(lo: number, hi: number, min: number, max: number, trailFrom: number): Party[] {
    this.trailFrom = trailFrom;
    const out: Party[] = [];
    const from = Math.max(lo, min);
    const to = Math.min(hi, max);
    let next = from;
    for (let k = firstAtLeast(this.starts, from); k < this.starts.length && this.starts[k]! < to; k++) {
      const i = this.starts[k]!;
      if (i < next) continue;
      const list = this.list(i, min, max);
      if (!list) continue;
      const last = out[out.length - 1];
      if (!last || last.from !== list.from) out.push({ from: list.from, to: list.to, ids: list.ids, marker: this.markerAt(list.from, min) });
      next = list.to;
    }
    return out;
  }

  /** How many places in tokens `[from, to)` may start a party (mentions and party words). */
  countIn(from: number, to: number): number {
    return firstAtLeast(this.starts, to) - firstAtLeast(this.starts, from);
  }

  /** A mention, `بلاده` or `البلدين` starting at token i. */
  override mentionAt(i: number): { ids: string[]; to: number } | null {
    const m = super.mentionAt(i);
    if (m) return m;
    const party = this.partyWords.get(i);
    if (!party) return null;
    const key = this.tokens[i]!.key;
    if (party === 'self' && this.words.selves.has(key)) {
      const id = this.selfAt(i);
      return id ? { ids: [id], to: i + 1 } : null;
    }
    if (party === 'dual' && this.words.duals.has(key)) {
      const ids: string[] = [];
      for (let k = this.trail.length - 1; k >= 0 && ids.length < 2; k--) {
        const x = this.trail[k]!;
        if (x.index >= i || x.index < this.trailFrom) continue;
        if (!ids.includes(x.id)) ids.unshift(x.id);
      }
      return ids.length === 2 ? { ids, to: i + 1 } : null;
    }
    return null;
  }

  /** {@link markerOf}, kept per token when the words it looks back at are all in range (triggers of a sentence share them). */
  private markerAt(i: number, min: number): EventMarker | null {
    if (i - min < MARKER_REACH) return this.markerOf(i, min);
    let m = this.markers.get(i);
    if (m === undefined) this.markers.set(i, (m = this.markerOf(i, min)));
    return m;
  }

  /**
   * How the words before token i mark it: its own ل or ب, or a preposition up to three words
   * back over head nouns (`إلى الجيش المالي`, `بين حكومة مالي`, `لكل من الصين`). `في` after an
   * authority (`السلطات في مالي`) names the actor: no marker.
   */
  private markerOf(i: number, min: number): EventMarker | null {
    const own = this.tokens[i]!.clitics.preposition;
    if (own) return own === 'ل' ? 'to' : own === 'ب' ? 'bi' : 'in';
    for (let j = i - 1, steps = 0; j >= min && steps < MARKER_REACH - 1; j--, steps++) {
      const p = this.tokens[j]!;
      if (p.kind === 'punct') return null;
      const word = this.words.markers.get(p.key);
      if (word) {
        const before = this.tokens[j - 1];
        if (word === 'in' && p.key === 'في' && before && this.words.authorities.has(before.key)) return null;
        // كل من: the من is part of "each of"; what marks كل marks the list.
        if (word === 'from' && before && before.key === this.words.each) continue;
        return word;
      }
      if (!this.words.heads.has(p.key)) return null;
      if (p.clitics.preposition) return p.clitics.preposition === 'ل' ? 'to' : p.clitics.preposition === 'ب' ? 'bi' : 'in';
    }
    return null;
  }
}

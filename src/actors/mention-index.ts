import type { Token } from '../text/tokenizer';
import type { FoundActor } from './find';
import type { ActorType } from './types';

const COMMAS = new Set(['،', ',']);

/** A mention or a coordinated list of them: tokens `[from, to)` and the actors named. */
export interface MentionSpan {
  from: number;
  to: number;
  ids: string[];
}

/** The mentions of one text by token: built once per text, then seen through views (see {@link MentionTable.view}). */
export class MentionTable {
  private readonly mentions: { i: number; to: number; id: string; type: ActorType; leader: boolean }[] = [];
  private readonly views = new Map<string, MentionView>();

  constructor(tokens: readonly Token[], actors: readonly FoundActor[]) {
    for (const a of actors) {
      for (const m of a.mentions) {
        if (m.excluded) continue;
        const i = tokenAt(tokens, m.start);
        if (i < 0) continue;
        let to = i + 1;
        while (to < tokens.length && tokens[to]!.start < m.end) to++;
        this.mentions.push({ i, to, id: a.id, type: a.type, leader: m.via === 'leader' });
      }
    }
  }

  /**
   * The mentions of actors of `types`, by the token they start and end at; with
   * `leaderForState` false, a leader's name does not also count as his state's.
   */
  view(types: ReadonlySet<ActorType>, leaderForState: boolean): MentionView {
    const key = `${[...types].join()}|${leaderForState}`;
    let v = this.views.get(key);
    if (v) return v;
    const at = new Map<number, { ids: string[]; to: number }>();
    for (const m of this.mentions) {
      if (!types.has(m.type) || (!leaderForState && m.leader)) continue;
      const old = at.get(m.i);
      if (old) {
        if (!old.ids.includes(m.id)) old.ids.push(m.id);
        old.to = Math.max(old.to, m.to);
      } else at.set(m.i, { ids: [m.id], to: m.to });
    }
    const endsAt = new Map<number, number>();
    for (const [i, m] of at) endsAt.set(m.to - 1, i);
    this.views.set(key, (v = { at, endsAt }));
    return v;
  }
}

/** Token index -> the actors a mention starting there names and the token after it; a mention's last token -> its first. */
export interface MentionView {
  readonly at: ReadonlyMap<number, { ids: string[]; to: number }>;
  readonly endsAt: ReadonlyMap<number, number>;
}

/**
 * The mentions of one text indexed by token, for the layers that look for the actors around a
 * cue: which mention starts or ends at a token, and the lists they are coordinated in
 * (`الصين واليابان و روسيا ،كوبا`, `فرنسا وأمريكا`, `حكومة مالي وممثلي المتمردين`).
 */
export class MentionIndex {
  /** Token index -> the actors a mention starting there names, and the token after it. */
  protected readonly at: ReadonlyMap<number, { ids: string[]; to: number }>;
  /** Token index of a mention's last token -> its first. */
  protected readonly endsAt: ReadonlyMap<number, number>;

  constructor(
    protected readonly tokens: readonly Token[],
    mentions: MentionTable,
    types: ReadonlySet<ActorType>,
    /** Head nouns a name may hang on inside a list (`وممثلي المتمردين`), as token keys. */
    private readonly heads: ReadonlySet<string>,
    /** Whether a leader's name also stands for his state (it does for who acts; not for whom a text judges). */
    leaderForState = true,
  ) {
    const v = mentions.view(types, leaderForState);
    this.at = v.at;
    this.endsAt = v.endsAt;
  }

  /** The mention starting at token i, if any. */
  mentionAt(i: number): { ids: string[]; to: number } | null {
    return this.at.get(i) ?? null;
  }

  /** The start of the mention ending at token i, if any. */
  mentionEndingAt(i: number): number | undefined {
    return this.endsAt.get(i);
  }

  /** The whole coordinated list the mention starting at token i is in, within tokens `[min, max)`. */
  list(i: number, min: number, max: number): MentionSpan | null {
    const first = this.mentionAt(i);
    if (!first) return null;
    let from = i;
    let to = first.to;
    const ids = [...first.ids];
    for (let prev = this.previousInList(from, min); prev !== null; prev = this.previousInList(from, min)) {
      from = prev.from;
      for (const id of prev.ids) if (!ids.includes(id)) ids.unshift(id);
    }
    for (let next = this.nextInList(to, max); next !== null; next = this.nextInList(to, max)) {
      to = next.to;
      for (const id of next.ids) if (!ids.includes(id)) ids.push(id);
    }
    return { from, to, ids };
  }

  private previousInList(from: number, min: number): { from: number; ids: string[] } | null {
    let j = from - 1;
    if (this.tokens[from]!.clitics.conjunction !== 'و') {
      const p = this.tokens[j];
      if (!p || j < min || !this.joins(p)) return null;
      j--;
    }
    const start = j >= min ? this.endsAt.get(j) : undefined;
    if (start === undefined || start < min) return null;
    const m = this.mentionAt(start);
    return m ? { from: start, ids: m.ids } : null;
  }

  private nextInList(to: number, max: number): { to: number; ids: string[] } | null {
    const p = this.tokens[to];
    if (!p || to >= max) return null;
    const j = this.at.has(to) && p.clitics.conjunction === 'و' ? to : this.joins(p) ? to + 1 : -1;
    if (j < 0 || j >= max) return null;
    const m = this.mentionAt(j);
    return m ? { to: m.to, ids: m.ids } : null;
  }

  /** `و` or a comma between two names, or a head noun with `و` (`وممثلي`). */
  private joins(t: Token): boolean {
    return t.norm === 'و' || COMMAS.has(t.norm) || (t.clitics.conjunction === 'و' && this.heads.has(t.key));
  }
}

/** The index of the token starting at `start` (binary search: tokens are in text order), or -1. */
function tokenAt(tokens: readonly Token[], start: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = tokens[mid]!.start;
    if (s === start) return mid;
    if (s < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

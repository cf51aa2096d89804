import { normalizeWithOffsets } from '../normalize/normalize';
import type { NormalizedText, Span } from '../normalize/normalized-text';
import { CharClass, charClasses } from './chars';
import { analyzeWord, bareAnalysis, type Clitics, type WordAnalysis } from './clitics';
import { stemAnalysis } from '../stem/light';
import { findGlueCuts } from './glued';
import { foldKey } from './keys';
import type { WordLexicon } from './lexicon';

/** What a token is made of. */
export type TokenKind = 'arabic' | 'latin' | 'number' | 'punct' | 'other';

/** A token as plain data: what {@link Token.toJSON} returns. */
export interface TokenData extends Span {
  /** `original.slice(start, end)`. */
  text: string;
  /** The normalised form (default preset). */
  norm: string;
  /** What the token is made of. */
  kind: TokenKind;
  /** Without proclitics; keeps the article and pronoun (`وبالجزائر` -> `الجزائر`). Equals `norm` for non-Arabic tokens. */
  word: string;
  /** Without any clitic or the article (`وبالجزائر` -> `جزائر`). */
  base: string;
  /** The light stem of the word, folded (`والمساعدات` -> `مساعد`); what topic cues match. */
  stem: string;
  /** The clitics found on the word. */
  clitics: Clitics;
  /** Whether this token was cut out of a glued string (`ماليالجزائر`). */
  glued: boolean;
}

/**
 * What the tokenizer knows about one distinct form; every token of that form shares it.
 * @internal
 */
export interface FormEntry {
  /** The normalised form. */
  readonly form: string;
  readonly kind: TokenKind;
  readonly analysis: WordAnalysis;
  /** The light stem (see `stem/light.ts`); the folded form for tokens that are not Arabic words. */
  readonly stem: string;
  /** For glued strings: where each part starts, and its entry. */
  parts: readonly { readonly at: number; readonly entry: FormEntry }[] | null;
  /** The next entry with the same hash. */
  next: FormEntry | null;
  /**
   * What the layers found out about this form, kept so that each distinct form is looked up once
   * (see {@link formMemo}): per slot, the owner (a compiled lexicon) and the value.
   */
  memo: ({ owner: object; value: unknown } | undefined)[] | null;
}

let slots = 0;

/** @internal a new slot of the per-form memo, for one kind of lookup (at module load). */
export function formSlot(): number {
  return slots++;
}

/**
 * @internal what `compute` gives for token t's form and `owner` (a compiled lexicon), computed
 * once per distinct form: news has few distinct words, so lexicon lookups per word are done once.
 */
export function formMemo<O extends object, T>(t: Token, slot: number, owner: O, compute: (t: Token, owner: O) => T): T {
  const entry = t.form;
  const memo = (entry.memo ??= []);
  const cached = memo[slot];
  if (cached && cached.owner === owner) return cached.value as T;
  const value = compute(t, owner);
  memo[slot] = { owner, value };
  return value;
}

/**
 * One token of the text. Spans are offsets into the ORIGINAL text. Tokens of the same form
 * share one analysis, read through getters; `JSON.stringify` and {@link Token.toJSON} give the
 * plain {@link TokenData}.
 */
export class Token implements TokenData {
  /** @internal built by the tokenizer. */
  constructor(
    /** Where the token starts in the original text. */
    readonly start: number,
    /** Where the token ends in the original text (exclusive). */
    readonly end: number,
    /** The original text, sliced on demand. */
    private readonly source: string,
    private readonly entry: FormEntry,
  ) {}

  /** `original.slice(start, end)`. */
  get text(): string {
    return this.source.slice(this.start, this.end);
  }

  /** The normalised form (default preset). */
  get norm(): string {
    return this.entry.form;
  }

  /** What the token is made of: Arabic letters (with their marks), Latin letters, a number, one punctuation mark, or anything else. */
  get kind(): TokenKind {
    return this.entry.kind;
  }

  /** Whether this token was cut out of a glued string (`ماليالجزائر`). */
  get glued(): boolean {
    return false;
  }

  /** Without proclitics; keeps the article and pronoun (`وبالجزائر` -> `الجزائر`). Equals `norm` for non-Arabic tokens. */
  get word(): string {
    return this.entry.analysis.word;
  }

  /** Without any clitic or the article (`وبالجزائر` -> `جزائر`). */
  get base(): string {
    return this.entry.analysis.base;
  }

  /** The light stem of the word, folded (`والمساعدات` -> `مساعد`); what topic cues match. */
  get stem(): string {
    return this.entry.stem;
  }

  /** The clitics found on the word. */
  get clitics(): Clitics {
    return this.entry.analysis.clitics;
  }

  /** @internal {@link foldKey} of `word`, what lexicons match against. */
  get key(): string {
    return this.entry.analysis.key;
  }

  /** @internal {@link foldKey} of `base`. */
  get baseKey(): string {
    return this.entry.analysis.baseKey;
  }

  /** @internal the analysis every token of this form shares (memo slots live on it). */
  get form(): FormEntry {
    return this.entry;
  }

  /** @internal whether the lexicon knows the word. */
  get known(): boolean {
    return this.entry.analysis.known;
  }

  /** The token as plain data. */
  toJSON(): TokenData {
    const { start, end, text, norm, kind, word, base, stem, clitics, glued } = this;
    return { start, end, text, norm, kind, word, base, stem, clitics, glued };
  }

  /** Node's and Deno's console show the plain data, not the whole source text the token points into. */
  [Symbol.for('nodejs.util.inspect.custom')](): TokenData {
    return this.toJSON();
  }

  [Symbol.for('Deno.customInspect')](): string {
    return JSON.stringify(this.toJSON());
  }
}

/** A part of a glued string. */
class GluedToken extends Token {
  override get glued(): boolean {
    return true;
  }
}

/** Forget the memo past this many distinct forms, so memory stays bounded on endless input. */
const MEMO_LIMIT = 200_000;

/**
 * A tokenizer bound to a word lexicon. It memoises the analysis of every distinct form: news
 * has few distinct words, so per-word work is done once.
 */
export class Tokenizer {
  private memo = new Map<string, FormEntry>();
  /** The same entries by a hash of their form, so a word in the text is found without slicing it out. */
  private byHash = new Map<number, FormEntry>();
  private readonly analyzePart = (part: string): WordAnalysis => analyzeWord(part, this.lexicon);

  constructor(readonly lexicon: WordLexicon) {}

  /**
   * The key a word list entry is compared with: the folded word without proclitics, as this
   * tokenizer reads it in a text (so a word it cuts wrongly, `وعدت` as `و` + `عدت`, still matches).
   */
  keyOf(word: string): string {
    return this.tokenize(word).find((t) => t.kind !== 'punct')?.key ?? word;
  }

  /** The clitic analysis of one normalised word. */
  analyze(word: string): WordAnalysis {
    return this.entry(word, 'arabic').analysis;
  }

  private entry(form: string, kind: TokenKind): FormEntry {
    let e = this.memo.get(form);
    if (e === undefined) {
      if (this.memo.size >= MEMO_LIMIT) {
        this.memo = new Map();
        this.byHash = new Map();
      }
      const analysis = kind === 'arabic' ? analyzeWord(form, this.lexicon) : bareAnalysis(form);
      const stem = kind === 'arabic' ? foldKey(stemAnalysis(analysis, this.lexicon)) : analysis.key.toLowerCase();
      e = { form, kind, analysis, stem, parts: null, next: null, memo: null };
      this.memo.set(form, e);
      const h = hashOf(form, 0, form.length);
      e.next = this.byHash.get(h) ?? null;
      this.byHash.set(h, e);
      if (kind === 'arabic' && !analysis.known) e.parts = this.glue(form);
    }
    return e;
  }

  /** The entry of `text.slice(s, e)`, whose hash is `h`, found without slicing when the form is already known. */
  private entryAt(text: string, s: number, e: number, h: number, kind: TokenKind): FormEntry {
    const length = e - s;
    for (let x: FormEntry | null | undefined = this.byHash.get(h); x; x = x.next) {
      if (x.form.length === length && text.startsWith(x.form, s)) return x;
    }
    return this.entry(text.slice(s, e), kind);
  }

  private glue(word: string): FormEntry['parts'] {
    const cuts = findGlueCuts(word, this.lexicon, this.analyzePart);
    if (!cuts) return null;
    const starts = [0, ...cuts];
    return starts.map((at, i) => ({ at, entry: this.entry(word.slice(at, starts[i + 1] ?? word.length), 'arabic') }));
  }

  /** Tokens of `text`, with spans in `text`. */
  tokenize(text: string): Token[] {
    const normalized = normalizeWithOffsets(text);
    const norm = normalized.text;
    const identity = norm === text;
    const cls = charClasses();
    const tokens: Token[] = [];
    const n = norm.length;

    const push = (s: number, e: number, entry: FormEntry, glued: boolean): void => {
      const start = identity ? s : normalized.originalStart(s);
      const end = identity ? e : normalized.originalEnd(e - 1);
      tokens.push(glued ? new GluedToken(start, end, text, entry) : new Token(start, end, text, entry));
    };

    let i = 0;
    while (i < n) {
      const c = norm.charCodeAt(i);
      const k = cls[c]!; // surrogates are Other in the table
      if (k === CharClass.Space || k === CharClass.Newline || k === CharClass.Mark) {
        i++;
        continue;
      }
      const s = i;
      let kind: TokenKind;
      if (k === CharClass.Arabic) {
        let h = FNV_OFFSET;
        while (i < n) {
          const u = norm.charCodeAt(i);
          const x = cls[u];
          if (x !== CharClass.Arabic && x !== CharClass.Mark) break;
          h = Math.imul(h ^ u, FNV_PRIME);
          i++;
        }
        const e = this.entryAt(norm, s, i, h & SMI_MASK, 'arabic');
        if (e.parts && (identity || cutsAlign(normalized, s, e.parts))) {
          for (let p = 0; p < e.parts.length; p++) {
            const part = e.parts[p]!;
            const to = p + 1 < e.parts.length ? e.parts[p + 1]!.at : i - s;
            push(s + part.at, s + to, part.entry, true);
          }
        } else push(s, i, e, false);
        continue;
      }
      if (k === CharClass.Latin) {
        kind = 'latin';
        while (i < n && isLatinWordUnit(cls[norm.charCodeAt(i)]!)) i++;
      } else if (k === CharClass.Digit) {
        kind = 'number';
        i = endOfNumber(norm, cls, i);
      } else if (k === CharClass.Punct) {
        kind = 'punct';
        i++;
      } else {
        kind = 'other';
        const low = i + 1 < n ? norm.charCodeAt(i + 1) : 0;
        i += c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
      }
      push(s, i, this.entryAt(norm, s, i, hashOf(norm, s, i), kind), false);
    }
    return tokens;
  }
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Hashes are kept to 30 bits so V8 stores them as small integers: a Map keyed by them then allocates nothing. */
const SMI_MASK = 0x3fffffff;

/** FNV-1a over UTF-16 code units (the word loop computes the same hash as it scans). */
/**
 * Whether every cut between the parts of a glued word falls between two characters of the
 * original: a cut inside one (the lam-alef ligature `ﻻ`, normalised to two letters) would give
 * two parts that overlap, so the word stays whole.
 */
function cutsAlign(normalized: NormalizedText, s: number, parts: NonNullable<FormEntry['parts']>): boolean {
  for (let p = 1; p < parts.length; p++) {
    const at = s + parts[p]!.at;
    if (normalized.originalEnd(at - 1) > normalized.originalStart(at)) return false;
  }
  return true;
}

function hashOf(text: string, s: number, e: number): number {
  let h = FNV_OFFSET;
  for (let i = s; i < e; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h & SMI_MASK;
}

function isLatinWordUnit(k: number): boolean {
  return k === CharClass.Latin || k === CharClass.Digit || k === CharClass.Mark;
}

/** Numbers keep their inner separators: `2.5`, `1,000`, `12/05/2024`, `10:30`. */
function endOfNumber(text: string, cls: Uint8Array, i: number): number {
  const n = text.length;
  while (i < n) {
    const k = cls[text.charCodeAt(i)];
    if (k === CharClass.Digit) {
      i++;
      continue;
    }
    const c = text.charCodeAt(i);
    const separator = c === 0x2e || c === 0x2c || c === 0x066b || c === 0x066c || c === 0x2f || c === 0x3a;
    if (separator && i + 1 < n && cls[text.charCodeAt(i + 1)] === CharClass.Digit) {
      i += 2;
      continue;
    }
    break;
  }
  return i;
}

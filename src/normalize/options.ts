import { describeValue } from '../errors';
import type { CharRuleId, RuleFlavour } from './data/rules';

/** Every rule of the normaliser, in the order they are documented (DESIGN.md section 3). */
export type NormalizeRule = 'nfc' | CharRuleId;

/** The named rule sets. See {@link PRESETS} for exactly what each one switches on. */
export type NormalizePreset = 'default' | 'search' | 'display' | 'lucene' | 'camel';

/** One boolean per rule: `true` applies the rule. */
export type NormalizeSwitches = { readonly [K in NormalizeRule]: boolean };

/**
 * Options of {@link normalize}: a preset, then any individual switch to override it.
 *
 * - `nfc`: Unicode NFC first (decomposed `ا` + U+0654 becomes `أ` before any folding).
 * - `presentationForms`: presentation forms and ligatures to base letters (`ﻷ` -> `لأ`).
 * - `alef`: `آ أ إ ٱ ٲ ٳ ٵ` -> `ا`.
 * - `alefMaksura`: `ى` -> `ي`.
 * - `farsiLetters`: `ی ے` -> `ي`, `ک` -> `ك`, `ۀ ہ` -> `ه` (and their kin).
 * - `tehMarbuta`: `ة` -> `ه`.
 * - `hamzaCarriers`: `ؤ` -> `و`, `ئ` -> `ي`.
 * - `diacritics`: delete harakat, tanween, shadda, sukun (U+064B-065F).
 * - `daggerAlef`: delete the superscript alef U+0670.
 * - `quranicMarks`: delete Quranic annotation marks.
 * - `tatweel`: delete `ـ`.
 * - `digits`: Arabic-Indic and Persian digits to ASCII.
 * - `punctuation`: `، ؛ ؟ ٪ ٫` to `, ; ? % .`.
 * - `invisible`: delete invisible format characters (ZWSP, ZWJ, LRM, RLM, ALM, bidi controls, BOM, soft hyphen).
 * - `zwnj`: delete the zero width non-joiner.
 * - `whitespace`: NBSP and other space variants to a plain space; line breaks are kept.
 */
export type NormalizeOptions = {
  /** The rule set to start from (`'default'` when omitted); the switches beside it override it. */
  preset?: NormalizePreset | undefined;
} & {
  [K in NormalizeRule]?: boolean | undefined;
};

/** What a preset is: the rules it switches on, and whose character sets those rules use. */
export interface PresetDefinition {
  /** Which rules the preset applies. */
  readonly switches: NormalizeSwitches;
  /** Which peer's character sets the rules use. */
  readonly flavour: RuleFlavour;
  /** One line for documentation and `marsad normalize --report`. */
  readonly summary: string;
}

const OFF: NormalizeSwitches = {
  nfc: false,
  presentationForms: false,
  alef: false,
  alefMaksura: false,
  farsiLetters: false,
  tehMarbuta: false,
  hamzaCarriers: false,
  diacritics: false,
  daggerAlef: false,
  quranicMarks: false,
  tatweel: false,
  digits: false,
  punctuation: false,
  invisible: false,
  zwnj: false,
  whitespace: false,
};

const DEFAULT_SWITCHES: NormalizeSwitches = {
  ...OFF,
  nfc: true,
  presentationForms: true,
  alef: true,
  alefMaksura: true,
  farsiLetters: true,
  diacritics: true,
  daggerAlef: true,
  quranicMarks: true,
  tatweel: true,
  digits: true,
  invisible: true,
  zwnj: true,
  whitespace: true,
};

/** The presets and the switches each one sets. */
export const PRESETS: { readonly [P in NormalizePreset]: PresetDefinition } = {
  default: {
    summary: 'news matching: NFC, letter folding, no diacritics or tatweel, ASCII digits, no invisible marks',
    flavour: 'marsad',
    switches: DEFAULT_SWITCHES,
  },
  search: {
    summary: 'default plus ة -> ه, ؤ -> و, ئ -> ي',
    flavour: 'marsad',
    switches: { ...DEFAULT_SWITCHES, tehMarbuta: true, hamzaCarriers: true },
  },
  display: {
    summary: 'only what is invisible or presentational: NFC, presentation forms, invisible characters, whitespace',
    flavour: 'marsad',
    // ZWNJ is kept: it changes how Persian and Urdu words are shaped on screen.
    switches: { ...OFF, nfc: true, presentationForms: true, invisible: true, whitespace: true },
  },
  lucene: {
    summary: "exactly Lucene's ArabicNormalizer (Elasticsearch arabic_normalization): آأإ -> ا, ى -> ي, ة -> ه, no tatweel or U+064B-0652",
    flavour: 'lucene',
    switches: { ...OFF, alef: true, alefMaksura: true, tehMarbuta: true, diacritics: true, tatweel: true },
  },
  camel: {
    summary:
      "exactly CAMeL Tools' normalize_alef_ar + normalize_alef_maksura_ar + normalize_teh_marbuta_ar + dediac_ar",
    flavour: 'camel',
    switches: { ...OFF, alef: true, alefMaksura: true, tehMarbuta: true, diacritics: true, daggerAlef: true },
  },
};

/** The rule names, in documentation order. */
export const RULES: readonly NormalizeRule[] = Object.keys(OFF) as NormalizeRule[];
const PRESET_NAMES = Object.keys(PRESETS) as NormalizePreset[];

/** What a call resolves its options to: the switches in force and the character sets to use. */
export interface ResolvedOptions {
  readonly switches: NormalizeSwitches;
  readonly flavour: RuleFlavour;
  /** A number that identifies the switches and flavour, for caching compiled tables. */
  readonly key: number;
}

const FLAVOURS: readonly RuleFlavour[] = ['marsad', 'lucene', 'camel'];

/**
 * Checks options and merges them over their preset. Throws a TypeError or RangeError that
 * names the bad option and lists the valid ones.
 */
export function resolveOptions(options: unknown, caller: string): ResolvedOptions {
  if (options === undefined || options === null) return resolvePreset('default');
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`${caller}: expected options to be an object, got ${describeValue(options)}`);
  }
  const record = options as Record<string, unknown>;
  const preset = record['preset'];
  if (preset !== undefined && (typeof preset !== 'string' || !PRESET_NAMES.includes(preset as NormalizePreset))) {
    throw new RangeError(
      `${caller}: unknown preset ${describeValue(preset)}; valid presets are ${PRESET_NAMES.join(', ')}`,
    );
  }
  const base = PRESETS[(preset as NormalizePreset | undefined) ?? 'default'];
  let switches: NormalizeSwitches = base.switches;
  for (const name of Object.keys(record)) {
    if (name === 'preset') continue;
    if (!(RULES as readonly string[]).includes(name)) {
      throw new TypeError(
        `${caller}: unknown option '${name}'; valid options are preset, ${RULES.join(', ')}`,
      );
    }
    const value = record[name];
    if (value === undefined) continue;
    if (typeof value !== 'boolean') {
      throw new TypeError(`${caller}: option '${name}' must be true or false, got ${describeValue(value)}`);
    }
    if (switches[name as NormalizeRule] !== value) switches = { ...switches, [name]: value };
  }
  return withKey(switches, base.flavour);
}

function resolvePreset(preset: NormalizePreset): ResolvedOptions {
  const def = PRESETS[preset];
  return withKey(def.switches, def.flavour);
}

function withKey(switches: NormalizeSwitches, flavour: RuleFlavour): ResolvedOptions {
  let key = FLAVOURS.indexOf(flavour);
  for (let r = 0; r < RULES.length; r++) if (switches[RULES[r] as NormalizeRule]) key |= 1 << (r + 2);
  return { switches, flavour, key };
}

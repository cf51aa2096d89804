/** What kind of actor a gazetteer entry is. */
export type ActorType =
  | 'state'
  | 'igo'
  | 'armed_group'
  | 'rebel_movement'
  | 'pmc'
  | 'leader'
  | 'media';

/** Broad regions, used to resolve a generic name to its regional branch (bare `القاعدة` in Sahel news is AQIM). */
export type ActorRegion =
  | 'sahel'
  | 'maghreb'
  | 'west_africa'
  | 'central_africa'
  | 'east_africa'
  | 'middle_east'
  | 'gulf'
  | 'europe'
  | 'americas'
  | 'asia'
  | 'global';

/**
 * One actor of the gazetteer (DESIGN.md section 7). Every Arabic string is written the way the
 * press writes it, with or without hamza, diacritics or tatweel: the gazetteer is normalised
 * when it is compiled, so `أمريكا` and `امريكا` are the same entry. Strings never carry the
 * clitics `و ف ب ل ك` in front: the tokenizer strips those (so `وروسيا`, `بالجزائر`, `لمالي`
 * match `روسيا`, `الجزائر`, `مالي`). The article `ال` is part of the string when the press
 * writes it (`الجزائر`, `النيجر`, `الولايات المتحدة`).
 */
export interface ActorEntry {
  /** ISO 3166-1 alpha-3 for states (`MLI`), a stable lowercase id for the rest (`aqim`, `putin`). */
  readonly id: string;
  /** What kind of actor it is. */
  readonly type: ActorType;
  /** Canonical names. */
  readonly name: {
    /** In Arabic, as the press writes it. */
    readonly ar: string;
    /** In English. */
    readonly en: string;
  };
  /**
   * Every way the press names the actor: full names, short names, former names, spelling
   * variants (`فاغنر`, `فاجنر`), abbreviations (`أ ف ب`), multi-word names. A string that is
   * also a common word or name of something else (`سعيد`, `الدولة`) must not be listed alone.
   */
  readonly names: readonly string[];
  /**
   * Demonym adjectives as masculine singular nisba without the article (`جزائري`, `روسي`).
   * The compiler generates the inflected forms (`جزائرية`, `جزائريين`, `جزائريون`, `جزائريات`)
   * and their `ال` forms.
   */
  readonly demonyms?: readonly string[];
  /** Demonym forms the generator cannot derive (broken plurals, `الأمريكان`), written out. */
  readonly demonymForms?: readonly string[];
  /** Capital cities that stand for the government (`باماكو`). */
  readonly capitals?: readonly string[];
  /** Seats of power and institutions that stand for the government (`الكرملين`, `البيت الأبيض`, `قصر الإليزيه`). */
  readonly seats?: readonly string[];
  /** For leaders, officials and branches: the id of the actor they belong to (`MLI` for Goïta, `al-qaeda` for `aqim`). */
  readonly parent?: string;
  /** For leaders and officials: their role, in English (`President of Algeria (2019-)`). */
  readonly role?: string;
  /** Where the actor is based or active. */
  readonly region?: ActorRegion;
  /** States that are kingdoms: `المملكة` alone may refer to them. */
  readonly monarchy?: boolean;
  /** For a generic organisation, the branch that a bare mention means in a region (`{ sahel: 'aqim' }`). */
  readonly branches?: { readonly [R in ActorRegion]?: string };
}

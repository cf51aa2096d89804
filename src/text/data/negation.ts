/**
 * Negation (DESIGN.md section 5): the words that, shortly before a predicate, say it did not or
 * will not happen, and the look-alikes that do not. Written as the press writes them; compared
 * with the folded word without proclitics (`ولم` is `لم`).
 */

/** Plain negators: the event did not, does not or will not happen. */
export const NEGATORS: readonly string[] = [
  'لم', 'لن', 'لا', 'ليس', 'ليست', 'لسنا', 'ليسوا', 'دون', 'بدون', 'عدم', 'نفى', 'نفت', 'ينفي', 'تنفي', 'نفي',
  'رفض', 'رفضت', 'يرفض', 'ترفض', 'امتنع', 'امتنعت', 'تعذر', 'استبعد', 'استبعدت',
];

/** Failure: the event was attempted and did not happen (`فشل في`, `أخفق في`); it also frames the actor. */
export const FAILURE_WORDS: readonly string[] = [
  'فشل', 'فشلت', 'يفشل', 'تفشل', 'أخفق', 'أخفقت', 'يخفق', 'إخفاق', 'فشلها', 'فشله',
  // unable to: `عاجزا عن الصمود` did not hold
  'عجز', 'عجزت', 'يعجز', 'تعجز', 'عاجز', 'عاجزا', 'عاجزة', 'عاجزون', 'عاجزين',
];

/**
 * A negator and the words after it that together do not negate: `لا يزال` (still), `لا سيما`
 * (especially), `لا تعد ولا تحصى` (countless), `لا بد` (must), `لا شك` (no doubt), and the verbs
 * of hiding, hesitating and denying, whose negation asserts (`لا يخفي أطماعه`, `لا يتردد في`).
 */
export const NOT_NEGATIONS: readonly string[] = [
  'لا يزال', 'لا تزال', 'لا زال', 'لا زالت', 'لا سيما', 'لا تعد ولا تحصى', 'لا يعد ولا يحصى', 'لا تحصى', 'لا بد', 'لا شك',
  'لم يعد',
  // not hiding, not hesitating, not denying: what follows is asserted (`لا يخفي الكرملين أطماعه`)
  'لا يخفي', 'لا تخفي', 'لم يخف', 'لم تخف', 'لا يتردد', 'لا تتردد', 'لم يتردد', 'لم تتردد', 'لا يتوانى', 'لا تتوانى',
  'لم يتوان', 'لم تتوان', 'لا ينكر', 'لا تنكر', 'لا يخفى', 'لا تخفى',
];

/**
 * `لا` ... `إلا` (and `ليس` ... `سوى`) within a clause is a restriction (only), not a negation. (`ما` is not a negator
 * here at all: it is far more often "what", as in `هذا ما أفاد به`; `مازال`, `لاسيما` and
 * `ولاسيما` are single words that no list holds.)
 */
export const EXCEPT_WORDS: readonly string[] = ['إلا', 'سوى'];

/**
 * Words that start another clause: a negator before them does not reach past them (`لم يكن
 * الحل عسكريا بل سياسيا`, `لا يعرف أن الجزائر نجحت`).
 */
/** Relative pronouns: a relative clause may stand between a speaker or a negator and what goes with it. */
export const RELATIVE_PRONOUNS: readonly string[] = ['الذي', 'التي', 'الذين'];

export const NEGATION_STOPS: readonly string[] = [
  'بل', 'لكن', 'ولكن', 'لكنها', 'لكنه', 'بينما', 'فيما', 'حيث', 'إذ', 'أن', 'إن', 'بأن', 'أنه', 'أنها', 'التي', 'الذي',
  'الذين', 'اللذين', 'اللتين', 'حين', 'عندما', 'كما', 'ثم',
];

/** Negators that govern the noun after them (`عدم التزام`, `دون أي إنجاز`, `دون أن يحقق`), and how far they reach. */
export const NOMINAL_NEGATORS: readonly string[] = ['عدم', 'دون', 'بدون'];
export const NOMINAL_REACH = 2;

/** How many words before a predicate a negator may stand (`لم يتم تسليم`, `نفى إرسال`). */
export const NEGATION_WINDOW = 3;

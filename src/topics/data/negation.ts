/**
 * Words that, just before an event cue, say the event did not or will not happen (DESIGN.md
 * section 5), and the look-alikes that do not negate. Written as the press writes them; matched
 * on the folded word without proclitics.
 */
export const NEGATORS: readonly string[] = [
  'لم', 'لن', 'لا', 'ليس', 'ليست', 'دون', 'بدون', 'عدم', 'نفى', 'نفت', 'ينفي', 'تنفي', 'نفي', 'فشل', 'فشلت', 'يفشل',
  'أخفق', 'أخفقت', 'إخفاق', 'فشلها', 'رفض', 'رفضت', 'يرفض', 'ترفض', 'امتنع', 'امتنعت', 'تعذر', 'استبعد', 'استبعدت',
];

/** Negator plus next word that do not negate: `لا يزال` (still), `لا سيما` (especially), `لا تعد` (countless). */
export const NOT_NEGATIONS: readonly string[] = [
  'لا يزال', 'لا تزال', 'لا زال', 'لا زالت', 'لا سيما', 'لا سيّما', 'لا تعد', 'لا يعد', 'لا بد', 'لا شك', 'لم يعد',
];

/** How many words before a cue a negator may stand (`لم يتم تسليم`, `نفى إرسال`). */
export const NEGATION_WINDOW = 3;

/**
 * Where the actor a cue judges stands (DESIGN.md section 5): the words that make a mention a
 * place or a topic rather than the one judged, and the words that turn a sentence to another
 * side. Written as the press writes them; compared with the folded word without proclitics.
 */

/** Prepositions of place and topic: `في ليبيا`, `عن مالي`, `داخل النيجر` name where, not who. */
export const PLACE_PREPOSITIONS: readonly string[] = ['في', 'عن', 'داخل', 'خارج', 'عبر', 'حول', 'لدى', 'بشأن', 'تجاه', 'إزاء'];

/**
 * Nouns a name or nationality may follow without being the actor judged: a file, a crisis, a
 * territory, a population (`الملف الليبي`, `شمال مالي`, `الحدود الجزائرية`, `اللاجئين الماليين`).
 */
export const TOPIC_NOUNS: readonly string[] = [
  'الملف', 'ملف', 'الأزمة', 'أزمة', 'الأراضي', 'أراضي', 'الحدود', 'حدود', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'المناطق',
  'مناطق', 'منطقة', 'الساحة', 'المشهد', 'الشأن', 'شؤون', 'الشؤون', 'الاقتصاد', 'اقتصاد', 'السوق', 'الشارع', 'المدن', 'مدن',
  'القرى', 'قرى', 'سكان', 'السكان', 'اللاجئين', 'لاجئين', 'اللاجئون', 'المهاجرين', 'مهاجرين', 'الرعايا', 'رعايا', 'المدنيين',
  'مدنيين', 'الحرب', 'حرب', 'الصراع', 'النزاع', 'العاصمة', 'البلاد', 'الأجواء', 'أجواء', 'السواحل', 'الصحراء', 'الداخل',
  'المعارضين', 'معارضين', 'المعارضة', 'الانتخابات', 'انتخابات', 'الأسواق', 'أسواق', 'الطرق', 'المعابر', 'الملفات',
];

/**
 * Words after which the sentence may turn to another side or another actor (`نجحت الجزائر ...
 * لكنها أخفقت`, `يمد المغرب يده ... بينما تنغلق الجزائر`): a target across one counts as farther.
 * One word each (`غير أن` is caught by its `أن`, which opens a clause).
 */
export const CONTRAST_WORDS: readonly string[] = ['لكن', 'لكنها', 'لكنه', 'ولكن', 'بل', 'بينما', 'فيما', 'حين', 'مقابل', 'المقابل', 'أما', 'رغم', 'بالرغم'];

/** How far before and after a cue (in words, within the sentence) its target may stand. */
export const TARGET_BEFORE = 12;
export const TARGET_AFTER = 8;
/** What a place or topic mention, an after-side mention and a contrast word add to the distance. */
export const PLACE_COST = 8;
/** What a mention that a preposition governs adds (`انسحبت القوات الفرنسية من النيجر`: not the one who withdrew). */
export const GOVERNED_COST = 3;
/** What the holder's own side adds (`أكد غويتا ثقة مالي بهذا الشريك` is about the partner). */
export const SELF_COST = 4;
export const AFTER_COST = 0.5;
export const CONTRAST_COST = 6;
/** What crossing `أن` / `إن` adds: the cue is in another clause. */
export const CLAUSE_COST = 3;
/** The cost of the sentence's main actor, wherever it stands. */
export const MAIN_COST = 10;
/** ... when the cue bears a pronoun (`أجندتها`, `نفوذها`). */
export const PRONOUN_MAIN_COST = 5;

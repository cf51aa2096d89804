import type { EventMarker } from '../types';

/**
 * The words around an event's actors (DESIGN.md section 5): prepositions that mark what an actor
 * is to the event, the head nouns an actor's name or nationality hangs on, and the words that
 * stand for actors named elsewhere. Written as the press writes them; compared with the folded
 * word without proclitics.
 */

/**
 * Prepositions as words; the clitics ل and ب mark `to` and `bi`. `في`, `عن`, `مثل` and `على غرار`
 * mark `in`: a place or an aside, not a party.
 */
export const MARKER_WORDS: Readonly<Record<string, EventMarker>> = {
  'إلى': 'to', 'نحو': 'to', 'صالح': 'to', 'فائدة': 'to', 'على': 'on', 'ضد': 'on', 'من': 'from', 'مع': 'with', 'رفقة': 'with', 'معية': 'with', 'بين': 'between', 'في': 'in', 'داخل': 'in', 'عن': 'in',
  'غرار': 'in',
};

/**
 * Nouns a name or nationality hangs on (`الجيش المالي`, `حكومة مالي`, `لكل من الصين`): the
 * preposition before them marks the actor. After one of the first few (`السلطات في مالي`), `في`
 * names the actor itself, not a place.
 */
export const HEAD_NOUNS: readonly string[] = [
  'السلطات', 'سلطات', 'الحكومة', 'حكومة', 'الجيش', 'جيش', 'جيوش', 'القوات', 'قوات', 'المسلحة', 'النظام', 'نظام', 'الدولة',
  'دولة', 'دول', 'الرئيس', 'رئيس', 'الوزير', 'وزير', 'وزارة', 'الخارجية', 'الدفاع', 'ممثلي', 'ممثلين', 'ممثل', 'كل',
  'مواقع', 'مقر', 'معاقل', 'عناصر', 'مسلحي', 'مقاتلي', 'نظيره', 'نظيرها', 'نظيريه', 'الرئاسة', 'رئاسة', 'الشعب', 'شعب',
  'سفير', 'السفير', 'سفارة', 'السفارة', 'رعايا', 'مواطنين', 'مواطني', 'جنود', 'ضباط', 'الجنرال', 'الملك', 'العاهل',
  // من قبل، من طرف: the من before them marks the actor; مثل gives its examples the marker of what they exemplify
  'قبل', 'طرف', 'مثل',
];

/** Heads after which `في` names the actor, not a place (`السلطات في مالي`, `الحكومة في باماكو`). */
export const AUTHORITY_NOUNS: readonly string[] = ['السلطات', 'سلطات', 'الحكومة', 'حكومة', 'النظام', 'المسؤولين', 'المسؤولون', 'القيادة'];

/** The two parties named before: `الجانبان`, `البلدين`, `الطرفين`. */
export const DUAL_WORDS: readonly string[] = [
  'الجانبان', 'الجانبين', 'البلدان', 'البلدين', 'الطرفان', 'الطرفين', 'الدولتان', 'الدولتين', 'العاصمتين', 'العاصمتان',
  'الحكومتين', 'الحكومتان',
];

/** The speaker's own state (`أكد غويتا أن بلاده ...` is Mali). */
export const SELF_WORDS: readonly string[] = ['بلاده', 'بلادها', 'بلادنا', 'بلدنا', 'بلده', 'بلدها', 'دولته', 'دولتها', 'دولتنا', 'حكومته', 'حكومتها', 'حكومتنا'];

/**
 * Shortly before a trigger, these make the event future or promised (with the `س` of `سترسل`,
 * `سيقوم بزيارة`): `سوف`, promises and intentions, what is planned or expected.
 */
export const FUTURE_WORDS: readonly string[] = [
  'سوف', 'وعد', 'وعدت', 'وعدوا', 'تعهد', 'تعهدت', 'يتعهد', 'تتعهد', 'التزم', 'التزمت', 'يعتزم', 'تعتزم',
  'اعتزام', 'عزم', 'ينوي', 'تنوي', 'نية', 'مستعد', 'مستعدة', 'استعداد', 'استعدادها', 'استعداده', 'المرتقب', 'المرتقبة',
  'مرتقبة', 'مرتقب', 'المقرر', 'المقررة', 'يرتقب', 'يتوقع', 'قريبا', 'مستقبلا', 'تخطط', 'يخطط',
  // proposed, nominated: not done yet
  'رشح', 'رشحت', 'رشحوا', 'اقترح', 'اقترحت', 'يقترح', 'تقترح',
];

/** Words before a trigger (and the trigger) where a future marker may stand, in the same clause. */
export const FUTURE_WINDOW = 5;
/** How far, in words, a needed word may follow its trigger (`أرسلت الجزائر دفعة من مساعدات عسكرية`). */
export const NEEDS_WINDOW = 6;
/** How far before and after a trigger its actors may stand, within the sentence. */
export const BEFORE_WINDOW = 16;
export const AFTER_WINDOW = 10;

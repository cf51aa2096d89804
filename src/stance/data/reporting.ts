/**
 * Who speaks (DESIGN.md section 5): reporting verbs and source markers, and the groups the
 * press quotes without naming them. Written as the press writes them; compared with the folded
 * word without proclitics.
 */

/** Verbs that introduce what someone says, in the forms news uses (past, present, participle). */
export const REPORTING_VERBS: readonly string[] = [
  'قال', 'قالت', 'قالوا', 'يقول', 'تقول', 'أكد', 'أكدت', 'أكدوا', 'يؤكد', 'تؤكد', 'مؤكدا', 'أفاد', 'أفادت', 'أفادوا',
  'يفيد', 'أوضح', 'أوضحت', 'يوضح', 'موضحا', 'أشار', 'أشارت', 'يشير', 'مشيرا', 'ذكر', 'ذكرت', 'ذكروا', 'يذكر', 'أعلن',
  'أعلنت', 'يعلن', 'كشف', 'كشفت', 'يكشف', 'نقل', 'نقلت', 'اعتبر', 'اعتبرت', 'يعتبر', 'معتبرا', 'وصف', 'وصفت', 'أعرب',
  'أعربت', 'شدد', 'شددت', 'مشددا', 'نفى', 'نفت', 'زعم', 'زعمت', 'ادعى', 'ادعت', 'أضاف', 'أضافت', 'مضيفا', 'تابع',
  'رأى', 'يرى', 'يرون', 'حذر', 'حذرت', 'محذرا', 'لافتا', 'أبرز', 'أبرزت', 'صرح', 'صرحت', 'جدد', 'جددت', 'مجددا',
  'قالوا', 'أكدوا', 'اعتبروا', 'وصفوا', 'رأت', 'رأوا', 'يصف', 'تصف', 'يعرب', 'تعرب', 'يشدد', 'تشدد', 'ينفي', 'تنفي',
  'يزعم', 'تزعم', 'يدعي', 'تدعي', 'يضيف', 'تضيف', 'يحذر', 'تحذر', 'لاحظ', 'لاحظت', 'أبدى', 'أبدت', 'نبه', 'نبهت',
  // speech acts that judge: the judgement is the speaker's
  'أشاد', 'أشادت', 'يشيد', 'تشيد', 'ثمن', 'ثمنت', 'رحب', 'رحبت', 'يرحب', 'ترحب', 'انتقد', 'انتقدت', 'ينتقد', 'تنتقد',
  'أدان', 'أدانت', 'يدين', 'تدين', 'اتهم', 'اتهمت', 'يتهم', 'تتهم', 'ندد', 'نددت', 'استنكر', 'استنكرت', 'حمل', 'حملت',
];

/**
 * Participles that go on with the speaker already named (`مشيرا إلى أن`, `لافتا إلى`): they never
 * name a new holder, and count only before `إلى` or `أن` (`زخما لافتا` is "remarkable").
 */
export const PARTICIPLES: readonly string[] = ['مؤكدا', 'موضحا', 'مشيرا', 'معتبرا', 'مضيفا', 'مشددا', 'محذرا', 'لافتا', 'مجددا'];

/** Markers that attribute a clause to a source: `وفق`, `حسب`, `نقلا عن`, `على لسان`. */
export const SOURCE_MARKERS: readonly string[] = ['وفق', 'وفقا', 'حسب', 'بحسب', 'نقلا عن', 'على لسان', 'طبقا'];

/** Unnamed groups the press quotes, by id: `متابعون` and `المراقبون` are one holder, `observers`. */
export const SOURCE_GROUPS: Readonly<Record<string, readonly string[]>> = {
  observers: ['متابعون', 'المتابعون', 'متابعين', 'المتابعين', 'مراقبون', 'المراقبون', 'مراقبين', 'المراقبين', 'المتتبعين', 'متتبعون', 'المتتبعون'],
  experts: ['خبراء', 'الخبراء', 'خبير', 'الخبير', 'محللون', 'المحللون', 'محللين', 'المحللين', 'محلل', 'المحلل', 'باحثون', 'الباحث'],
  sources: ['مصادر', 'المصادر', 'مصدر', 'المصدر', 'تقارير', 'التقارير'],
  officials: ['مسؤولون', 'المسؤولون', 'مسؤولين', 'مسؤول', 'المسؤول'],
};

/**
 * Titles: a clause said by `الوزير` or `المتحدث` belongs to the state or organisation the title
 * goes on to name (`وزير الدفاع المالي` is Mali); when it names none, to `officials`.
 */
export const TITLES: readonly string[] = [
  'الوزير', 'وزير', 'الوزيرة', 'وزيرة', 'المتحدث', 'متحدث', 'الناطق', 'ناطق', 'الرئيس', 'رئيس', 'السفير', 'سفير',
  'ممثل', 'الممثل', 'قائد', 'القائد', 'المدير', 'مدير',
  // institutions speak for their state the same way (`أكدت الخارجية الجزائرية`)
  'الخارجية', 'وزارة', 'الوزارة', 'الحكومة', 'حكومة', 'الرئاسة', 'رئاسة', 'الجيش', 'جيش', 'السلطات', 'سلطات', 'البرلمان',
  'المجلس', 'مجلس', 'القيادة', 'قيادة', 'السفارة', 'سفارة', 'بيان', 'البيان', 'الناطقة', 'المتحدثة', 'رئيسة', 'الرئيسة',
];

/** Media that report what someone else says (`أفادت وكالة الأنباء، نقلا عن مسؤولين`): the verb's subject, not the holder. */
export const MEDIA_WORDS: readonly string[] = ['وكالة', 'الوكالة', 'صحيفة', 'الصحيفة', 'موقع', 'الموقع', 'قناة', 'القناة', 'وسائل', 'يومية', 'مجلة', 'إذاعة', 'الإذاعة', 'التلفزيون', 'التلفزيون'];

/** Words after which the reported clause starts (`أن`, `إن`, `بأن`). */
export const CLAUSE_OPENERS: readonly string[] = ['أن', 'إن', 'بأن', 'أنه', 'أنها', 'إنه', 'إنها', 'أنهم'];

/** How many words after a reporting verb or marker the holder may be named. */
export const HOLDER_WINDOW = 8;

/**
 * How many words after the holder `أن` may still open the reported clause: the outlet may say
 * where and when first (`أعلن غويتا، خلال حديثه إلى القناة الوطنية عقب زيارة رسمية إلى روسيا، أن`).
 */
export const OPENER_WINDOW = 16;

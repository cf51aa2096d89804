/**
 * Names that are also ordinary words, and how to tell the senses apart from the words around
 * them (DESIGN.md section 5). Word lists are written as the press writes them and compared
 * with the neighbouring word once normalised and folded; a list entry with the article
 * (`الوزير`) only matches that exact definite word, one without (`وزير`) matches the word's
 * base (`وزير`, `والوزير`, `للوزير`, ...) unless an entry with the article matched first.
 */
export interface SenseRule {
  readonly id: string;
  /** The actor the names mean in their actor sense. */
  readonly actor: string;
  /** What the same letters mean otherwise, for documentation and tests. */
  readonly otherSense: string;
  /**
   * The forms the rule governs (the actor's names or demonym forms, as matched), each with
   * what it means when nothing around it decides: `'actor'`, `'other'`, or `'attested'`
   * (the actor only if the text also names it in a way that is not in doubt).
   */
  readonly forms: { readonly [form: string]: 'actor' | 'other' | 'attested' | 'never' };
  /**
   * Forms that behave like a proper noun: after a preposition, a conjunction clitic, a
   * function word, punctuation or at the start of a line they are the actor (`في مالي`,
   * `لمالي`, `أن مالي`).
   */
  readonly properForms?: readonly string[];
  /** Particles and auxiliaries after which a proper form is the actor (`في مالي`, `أن مالي`, `كانت مالي`). */
  readonly properAfter?: readonly string[];
  /** The word before is the noun the form qualifies, and it makes the other sense (`صفقات مالية`). */
  readonly otherHeads?: readonly string[];
  /** The word before makes the actor sense (`الجيش المالي`, `الحكومة المالية`, `شمال مالي`). */
  readonly actorHeads?: readonly string[];
  /** Relational adjectives that a nationality follows (`مصادر أمنية مالية`). */
  readonly actorAfter?: readonly string[];
  /** The word after makes the other sense (`القاعدة العسكرية`). */
  readonly otherNext?: readonly string[];
  /** A demonym right after makes the other sense (`القاعدة الفرنسية` is a French base). */
  readonly otherBeforeDemonym?: boolean;
}

export const SENSE_RULES: readonly SenseRule[] = [
  {
    id: 'mali-financial',
    actor: 'MLI',
    otherSense: 'financial (مالي / مالية: of money)',
    forms: {
      مالي: 'attested',
      المالي: 'attested',
      مالية: 'other',
      المالية: 'attested',
      ماليين: 'attested',
      الماليين: 'attested',
      ماليون: 'attested',
      الماليون: 'attested',
      ماليان: 'other',
      الماليان: 'attested',
      ماليات: 'other',
      الماليات: 'other',
      ماليا: 'never',
    },
    properForms: ['مالي'],
    properAfter: [
      'في', 'من', 'إلى', 'على', 'عن', 'مع', 'بين', 'أن', 'إن', 'أنه', 'أنها', 'ضد', 'نحو', 'عبر', 'لدى', 'حول', 'داخل',
      'خارج', 'تجاه', 'إزاء', 'مثل', 'غير', 'سوى', 'حتى', 'منذ', 'قبل', 'بعد', 'عند', 'لأن', 'كان', 'كانت', 'يكون',
      'تكون', 'ظلت', 'باتت', 'أصبحت', 'زالت', 'تزال', 'ليست', 'ليس', 'لكن', 'أما', 'أو', 'أم', 'ثم', 'بل', 'كل', 'هي',
      'هو', 'أي', 'كذلك', 'أيضا', 'رغم', 'فقط', 'حيث', 'إذا', 'لو', 'ما', 'لا', 'لم', 'لن', 'قد',
    ],
    otherHeads: [
      // money and its movements
      'صفقة', 'صفقات', 'فائدة', 'فوائد', 'دعم', 'مساعدة', 'مساعدات', 'منحة', 'منح', 'قرض', 'قروض', 'مبلغ',
      'مبالغ', 'مدخول', 'دخل', 'مورد', 'موارد', 'عائد', 'عائدات', 'تحويلات', 'تعويض', 'تعويضات', 'مخصصات',
      'التزامات', 'ضمانات', 'مكافأة', 'مكافآت', 'حوافز', 'إغراءات', 'رشوة', 'تمويل', 'إمكانيات', 'إمكانات',
      'قدرات', 'احتياجات', 'احتياطات', 'سيولة', 'أرباح', 'مكاسب', 'خسائر', 'ديون', 'مستحقات', 'غرامة',
      'غرامات', 'عقوبات', 'جزاءات', 'ضائقة', 'صعوبات', 'أزمة', 'أزمات', 'عجز', 'فساد', 'وضع', 'وضعية',
      'استقلالية', 'موازنة', 'ميزانية', 'سنة', 'ذمة', 'أوراق', 'سوق', 'أسواق', 'قطاع', 'مؤسسة', 'مؤسسات',
      'هيئة', 'شؤون', 'مسائل', 'جرائم', 'جريمة', 'تقرير', 'تقارير', 'تحليل', 'محلل', 'محللين', 'خبير',
      'خبراء', 'مستشار', 'مستشارين', 'مستثمرين', 'مراقب', 'رقابة', 'تدقيق', 'مخالفات', 'تجاوزات', 'اختلاسات',
      'خدمات', 'معاملات', 'تعاملات', 'مبادلات', 'نظام', 'سياسة', 'إصلاحات', 'أعباء', 'تكاليف', 'كلفة',
      'إدارة', 'مديرية', 'مفتشية', 'لجنة', 'وزارة', 'وزير', 'قانون', 'مشروع', 'حساب', 'حسابات', 'بيانات',
      'قوائم', 'ملاءة', 'ملاءمة', 'أصول', 'استثمارات', 'تدفقات', 'ثروة', 'ثروات', 'مصادر',
    ],
    actorHeads: [
      'جيش', 'الجيش', 'قوات', 'القوات', 'جنود', 'جندي', 'ضباط', 'ضابط', 'عسكريين', 'سلطات', 'السلطات', 'حكومة',
      'الحكومة', 'رئاسة', 'الرئاسة', 'رئيس', 'الرئيس', 'الوزير', 'الوزيرة', 'خارجية', 'الخارجية', 'داخلية',
      'الداخلية', 'دفاع', 'الدفاع', 'سفير', 'السفير', 'سفارة', 'السفارة', 'وفد', 'الوفد', 'نظير', 'النظير',
      'شعب', 'الشعب', 'مواطن', 'مواطنين', 'لاجئين', 'رعايا', 'شمال', 'جنوب', 'وسط', 'شرق', 'غرب', 'حدود',
      'الحدود', 'أراضي', 'الأراضي', 'تراب', 'التراب', 'عاصمة', 'العاصمة', 'دولة', 'الدولة', 'مجلس', 'المجلس',
      'برلمان', 'البرلمان', 'مسؤول', 'مسؤولين', 'المسؤول', 'المسؤولين', 'انقلابيين',
      'الانقلابيين', 'معارضة', 'المعارضة', 'منتخب', 'المنتخب', 'صحافة', 'الصحافة', 'إعلام', 'الإعلام', 'قناة',
      'تلفزيون', 'التلفزيون', 'الإذاعة', 'طرف', 'الطرف', 'القيادة', 'قيادة', 'الأركان', 'أركان', 'الدبلوماسية',
      'دبلوماسية', 'المخابرات', 'الاستخبارات', 'الدرك', 'الشرطة', 'الحرس',
      'حليف', 'الحليف', 'الجارة', 'جارة', 'الشقيقة', 'شقيقة', 'البلد', 'الجمهورية', 'جمهورية', 'الرعايا', 'المواطنين',
    ],
    actorAfter: [
      'أمنية', 'الأمنية', 'أمني', 'الأمني', 'عسكرية', 'العسكرية', 'عسكري', 'العسكري', 'رسمية', 'الرسمية',
      'رسمي', 'الرسمي', 'حكومية', 'الحكومية', 'حكومي', 'الحكومي', 'وطنية', 'الوطنية', 'الوطني', 'دبلوماسية',
      'الدبلوماسية', 'دبلوماسي', 'الدبلوماسي', 'الانتقالية', 'الانتقالي', 'انتقالية', 'المسلحة', 'مسلحة',
    ],
  },
  {
    id: 'qaeda-base',
    actor: 'al-qaeda',
    otherSense: 'a base or rule (قاعدة عسكرية، القاعدة الشعبية)',
    forms: { القاعدة: 'actor' },
    properForms: ['القاعدة'],
    otherNext: [
      'عسكرية', 'العسكرية', 'جوية', 'الجوية', 'بحرية', 'البحرية', 'شعبية', 'الشعبية', 'خلفية', 'الخلفية',
      'لوجستية', 'اللوجستية', 'متقدمة', 'المتقدمة', 'الأساسية', 'أساسية', 'الذهبية', 'القانونية', 'الدستورية',
      'الانتخابية', 'الحزبية', 'الصناعية', 'البيانات', 'بيانات', 'العامة', 'الاقتصادية',
    ],
    otherHeads: ['هذه', 'تلك', 'حسب', 'وفق', 'كسر', 'استثناء'],
    otherBeforeDemonym: true,
  },
];

/**
 * Words that stand for an actor only through the rest of the text: `المملكة` is the kingdom the
 * text names (`المغرب` ... `التزام المملكة`), when it names exactly one.
 */
export const REFERENCES: readonly { readonly form: string; readonly refersTo: 'monarchy' }[] = [
  { form: 'المملكة', refersTo: 'monarchy' },
];

/**
 * Phrases that contain an actor's name but are not the actor: regions, rivers, prayers,
 * languages, idioms (`مسقط رأسه`, birthplace), football clubs. Longest match wins, so these
 * shadow the name inside them.
 */
export const NOT_ACTORS: readonly string[] = [
  'المغرب العربي',
  'المغرب الكبير',
  'المغرب الإسلامي',
  'بلاد المغرب',
  'دول المغرب',
  'منطقة المغرب',
  'صلاة المغرب',
  'أذان المغرب',
  'وقت المغرب',
  'نهر النيجر',
  'دلتا النيجر',
  'حوض النيجر',
  'اللغة الفرنسية',
  'اللغة العربية',
  'اللغة الروسية',
  'اللغة الإنجليزية',
  'الجزيرة العربية',
  'شبه الجزيرة',
  'جزيرة العرب',
  'الكرة الأرضية',
  'أمريكا اللاتينية',
  'أميركا اللاتينية',
  'أمريكا الجنوبية',
  'أمريكا الشمالية',
  'أمريكا الوسطى',
  'مجلس الأمن القومي',
  'مجلس الأمن الوطني',
  'مجلس الأمن الداخلي',
  'مسقط رأس',
  'مسقط رأسه',
  'مسقط رأسها',
  'ريال مدريد',
  'أتلتيكو مدريد',
  'باريس سان جيرمان',
];

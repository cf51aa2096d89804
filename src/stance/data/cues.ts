/** One evaluative cue: words that say something good or bad about the actor they are near. */
export interface StanceCue {
  readonly id: string;
  /** +1: favour (praise, trust, success, support, partnership); -1: against (failure, hostility, ...). */
  readonly polarity: 1 | -1;
  /** Strength in (0, 1]. */
  readonly weight: number;
  readonly phrases: readonly string[];
  /**
   * Where the actor it judges stands: `after` for what is done to an object (`محاربة القاعدة`),
   * `near` (default) for the nearest actor, either side, in the same sentence, `subject` for the
   * one who acts (help praises the helper: the nearest actor before that no preposition governs,
   * so `أرسلت الجزائر أسلحة إلى مالي لمساعدتها` is about Algeria).
   */
  readonly target?: 'after' | 'near' | 'subject';
  /** Only actors of these types can be its target (terror words judge armed groups, not the states they strike). */
  readonly targetTypes?: readonly ('state' | 'igo' | 'armed_group' | 'rebel_movement' | 'pmc' | 'leader')[];
}

/**
 * Stance cues (DESIGN.md section 5): general evaluative language, not seed phrases. Neutral
 * reporting (`أعلن`, `زار`, `وقع`) is not here: it is neutral. One-word cues list their forms.
 */
export const STANCE_CUES: readonly StanceCue[] = [
  // favour
  { id: 'favor.praise', polarity: 1, weight: 0.6, phrases: ['أشاد', 'أشادت', 'إشادة', 'ثمن', 'ثمنت', 'نوه', 'نوهت', 'الدور البارز', 'دور بارز', 'الدور الريادي', 'دور ريادي', 'دور محوري', 'متميز', 'متميزة', 'نموذج يحتذى', 'رائدة', 'سعادته', 'ارتياحه', 'الخبرة التي راكمها', 'خبرة واسعة'] },
  { id: 'favor.trust', polarity: 1, weight: 0.6, phrases: ['ثقة', 'الثقة', 'وثقة', 'فعالية', 'موثوق', 'شريك موثوق', 'الشريك', 'شريكا', 'حليف', 'حليفا', 'صديق', 'الصديقة', 'الشقيقة', 'شقيقة'] },
  { id: 'favor.success', polarity: 1, weight: 0.5, phrases: ['نجاح', 'نجحت', 'نجح', 'تنجح', 'ينجح', 'نجاحات', 'تمكنت', 'تمكن', 'إنجاز', 'إنجازات', 'قدرة', 'قدرتها', 'قادرة على', 'مستعد', 'مستعدة', 'جاهزية'] },
  { id: 'favor.support', polarity: 1, weight: 0.45, phrases: ['الجهود', 'جهود', 'بادرت', 'مبادرة', 'التزام', 'التزامها', 'الوسيط', 'وسيط', 'دور الوسيط', 'الهامة', 'المتنوعة', 'لتعزيز التعاون', 'تعزيز التعاون', 'علاقات تعاون قوية', 'تعاون قوي', 'زخما', 'حفظ الأمن', 'بسط الاستقرار', 'الاستقرار', 'السلم'] },
  { id: 'favor.help', polarity: 1, weight: 0.45, target: 'subject', phrases: ['مساعدة', 'مساعدات هامة', 'تقديم يد المساعدة', 'دعم', 'الدعم', 'سخاء'] },
  // against
  { id: 'against.failure', polarity: -1, weight: 0.7, phrases: ['فشل', 'فشلت', 'أخفق', 'أخفقت', 'إخفاق', 'إخفاقات', 'عجز', 'عجزت', 'تراجع حضورها', 'تراجع حضور', 'انحسار نفوذ', 'انحسار نفوذها', 'صدمة', 'المرتبكة', 'مرتبكة', 'إرباك', 'ارتباك'] },
  { id: 'against.isolation', polarity: -1, weight: 0.6, phrases: ['عزلة', 'عزلة متنامية', 'معزولة', 'منبوذ', 'عداء', 'العداء', 'عدائية', 'معادية', 'الشروخ', 'توتر', 'قلق'] },
  { id: 'against.hostility', polarity: -1, weight: 0.6, phrases: ['تدخل', 'التدخل', 'بالتدخل', 'أطماع', 'هيمنة', 'الهيمنة', 'الإبقاء على سيطرتها', 'سيطرتها على', 'استعمار', 'الاستعمار', 'الاستعمارية', 'نهب', 'ابتزاز', 'تعفن', 'الفوضى', 'والنزاع', 'رغبة فرنسية غير معلنة', 'غير معلنة', 'مرده'] },
  { id: 'against.pretext', polarity: -1, weight: 0.6, phrases: ['تحت غطاء', 'ذريعة', 'بذريعة', 'بحجة', 'التسابق', 'بالتسابق', 'تسابق مسلح', 'ترويج السلاح', 'فوائد مالية', 'مصالحها'] },
  { id: 'against.accusation', polarity: -1, weight: 0.5, phrases: ['اتهام', 'اتهمت', 'اتهم', 'اتهامات', 'أدانت', 'إدانة', 'انتقد', 'انتقدت', 'انتقادات', 'خرق', 'خروقات', 'انتهاك', 'انتهاكات', 'تمرد', 'تمردا'] },
  { id: 'against.insistence', polarity: -1, weight: 0.5, target: 'after', phrases: ['إصرار', 'تعنت', 'مماطلة'] },
  { id: 'against.terror', polarity: -1, weight: 0.7, targetTypes: ['armed_group', 'rebel_movement'], phrases: ['الإرهابية', 'إرهابية', 'الإرهابيين', 'إرهابيين', 'الإرهاب', 'إرهاب', 'إرهابي', 'الإرهابي', 'خطر', 'تهديدات', 'تهديد', 'التهديدات', 'تنامي نشاط', 'شوكة', 'اختطاف'] },
  { id: 'against.fought', polarity: -1, weight: 0.6, target: 'after', targetTypes: ['armed_group', 'rebel_movement'], phrases: ['محاربة', 'مواجهة', 'مكافحة', 'لمواجهة', 'لمحاربة', 'ضد', 'الضربات', 'ضربات'] },
];

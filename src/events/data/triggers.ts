import type { EventCue, EventPartyType } from '../types';

/** Words that make a transfer verb military: `أرسلت ... أسلحة`, `زودت ... بالعتاد`, `قدمت دعما عسكريا`. */
const MILITARY = [
  'أسلحة', 'سلاح', 'عتاد', 'ذخيرة', 'ذخائر', 'مروحيات', 'مروحية', 'مدرعات', 'دبابات', 'مسيرات', 'مسيرة', 'صواريخ', 'رادارات',
  'مقاتلات', 'عسكرية', 'عسكري', 'عسكريا', 'حربية', 'قتالية',
];
/** States, their blocs and the contractors they hire cooperate; the armed groups they face do not (`تهديدات القاعدة والتنسيق`). */
const STATES: readonly EventPartyType[] = ['state', 'igo', 'pmc'];
/** What is signed. */
const AGREEMENT = ['اتفاق', 'اتفاقا', 'اتفاقية', 'اتفاقيات', 'مذكرة', 'مذكرات', 'بروتوكول', 'معاهدة', 'ميثاق'];

/**
 * Actor-to-actor event triggers (DESIGN.md section 5), each with its CAMEO 1.1b3 code and how
 * its actors stand around it (see {@link EventCue}). General verbs, masdars and nouns of giving,
 * receiving, cooperating, signing, visiting, appealing, judging and striking, in the forms news
 * uses; Goldstein and PLOVER follow from the code. A word that is also something else (`وقع`
 * happened, `قدم` came) counts only with the words it `needs`.
 */
export const EVENT_CUES: readonly EventCue[] = [
  // provide military aid (072)
  {
    id: 'aid.military', cameo: '072', roles: 'directed',
    nouns: ['مساعدات عسكرية', 'مساعدة عسكرية', 'معونات عسكرية', 'معونة عسكرية', 'دعم عسكري', 'دعما عسكريا', 'إمدادات عسكرية', 'شحنة أسلحة', 'شحنات أسلحة', 'شحنة من الأسلحة', 'صفقة أسلحة', 'صفقات أسلحة', 'صفقة سلاح', 'هبة عسكرية', 'منحة عسكرية', 'تقديم يد المساعدة'],
    masdars: ['مساعدة الجيش', 'مساعدة القوات', 'دعم الجيش', 'دعم القوات', 'تسليح الجيش', 'تسليح القوات', 'إمداد الجيش', 'تمويل الجيش', 'تسليح'],
  },
  {
    id: 'aid.military.transfer', cameo: '072', roles: 'directed', needs: MILITARY,
    verbs: ['أرسل', 'أرسلت', 'أرسلوا', 'يرسل', 'ترسل', 'سلم', 'سلمت', 'يسلم', 'زود', 'زودت', 'يزود', 'تزود', 'أمد', 'أمدت', 'يمد', 'تمد', 'منح', 'منحت', 'يمنح', 'تمنح', 'قدم', 'قدمت', 'يقدم', 'تقدم', 'باع', 'باعت', 'يبيع', 'تبيع', 'أهدى', 'أهدت'],
    masdars: ['إرسال', 'تسليم', 'تزويد', 'إمداد', 'تقديم', 'بيع', 'توريد', 'إهداء'],
  },
  {
    id: 'aid.military.receive', cameo: '072', roles: 'receive', needs: MILITARY,
    verbs: ['حصل', 'حصلت', 'يحصل', 'تحصل', 'تسلم', 'تسلمت', 'يتسلم', 'تتسلم', 'استلم', 'استلمت', 'تلقى', 'تلقت', 'يتلقى', 'تتلقى', 'اشترى', 'اشترت', 'اقتنى', 'اقتنت', 'استورد', 'استوردت'],
    masdars: ['حصول', 'اقتناء', 'شراء', 'استيراد', 'استلام'],
  },
  // cooperate militarily (062)
  {
    id: 'cooperate.military', cameo: '062', roles: 'mutual', partyTypes: STATES,
    nouns: ['التعاون العسكري', 'تعاون عسكري', 'التعاون الدفاعي', 'تعاون دفاعي', 'التعاون الأمني والعسكري', 'التعاون العسكري والأمني', 'الشراكة العسكرية', 'شراكة عسكرية', 'العلاقات العسكرية', 'علاقات عسكرية', 'التنسيق العسكري', 'اللجنة العسكرية المشتركة', 'لجنة عسكرية مشتركة', 'مناورات مشتركة', 'مناورات عسكرية مشتركة', 'تدريبات مشتركة', 'تدريبات عسكرية مشتركة', 'هيئة أركان مشتركة', 'قيادة أركان مشتركة', 'قوة عسكرية مشتركة', 'جيشي البلدين', 'اتفاقية دفاع', 'اتفاقية دفاعية'],
  },
  {
    id: 'cooperate.military.training', cameo: '062', roles: 'directed', partyTypes: STATES,
    masdars: ['تدريب الجيش', 'تدريب القوات', 'تدريب الجنود', 'تدريب ضباط', 'تدريب ضباطه', 'تكوين الضباط', 'تكوين ضباط'],
  },
  // share intelligence (064)
  {
    id: 'cooperate.intelligence', cameo: '064', roles: 'mutual', partyTypes: STATES,
    nouns: ['تبادل المعلومات', 'تبادل المعلومات الاستخباراتية', 'التنسيق الأمني', 'تنسيق أمني', 'التعاون الأمني', 'تعاون أمني', 'التعاون الاستخباراتي', 'التنسيق المعلوماتي', 'التنسيق الاستخباراتي'],
  },
  // sign formal agreement (057)
  {
    id: 'agree.sign', cameo: '057', roles: 'mutual', needs: AGREEMENT,
    verbs: ['وقع', 'وقعت', 'وقعا', 'وقعتا', 'يوقع', 'أبرم', 'أبرمت', 'أبرما', 'يبرم'],
    masdars: ['توقيع', 'إبرام', 'التوقيع على'],
  },
  { id: 'agree.memorandum', cameo: '057', roles: 'mutual', nouns: ['مذكرة تفاهم', 'مذكرات تفاهم', 'اتفاقية تعاون', 'اتفاق شراكة', 'اتفاقية شراكة', 'معاهدة صداقة', 'اتفاق الهدنة', 'اتفاق هدنة', 'اتفاق السلام', 'اتفاق سلام', 'اتفاق وقف إطلاق النار', 'اتفاق المصالحة'] },
  // consult: meet (040), telephone (041), visit (042), host (043), negotiate (046)
  { id: 'consult.meet', cameo: '040', roles: 'mutual', verbs: ['التقى', 'التقت', 'التقيا', 'يلتقي', 'تلتقي', 'اجتمع', 'اجتمعت'], nouns: ['محادثات', 'مباحثات', 'لقاء', 'قمة ثنائية'] },
  { id: 'consult.phone', cameo: '041', roles: 'mutual', nouns: ['اتصالا هاتفيا', 'اتصال هاتفي', 'مكالمة هاتفية', 'مباحثات هاتفية'] },
  { id: 'consult.visit', cameo: '042', roles: 'directed', verbs: ['زار', 'زارت', 'يزور', 'تزور'], nouns: ['زيارة', 'زيارة رسمية', 'زيارة عمل', 'زيارة دولة', 'وفد', 'وفدا'] },
  { id: 'consult.host', cameo: '043', roles: 'directed', verbs: ['استقبل', 'استقبلت', 'يستقبل', 'تستقبل'] },
  { id: 'consult.negotiate', cameo: '046', roles: 'mutual', nouns: ['مفاوضات', 'التفاوض', 'مباحثات السلام', 'محادثات السلام', 'مفاوضات السلام'] },
  // mediate (045)
  { id: 'consult.mediate', cameo: '045', roles: 'directed', verbs: ['توسط', 'توسطت', 'يتوسط', 'تتوسط'], nouns: ['وساطة', 'دور الوسيط', 'دور وسيط', 'الوسيط'] },
  // appeal for military aid (0232) and cooperation (0212)
  { id: 'appeal.military_aid', cameo: '0232', roles: 'directed', needs: MILITARY, targetMarkers: ['to', 'bi', 'from', 'on'], verbs: ['استنجد', 'استنجدت', 'يستنجد', 'تستنجد', 'طلب', 'طلبت', 'يطلب', 'تطلب', 'ناشد', 'ناشدت'] },
  { id: 'appeal.military_cooperation', cameo: '0212', roles: 'directed', targetMarkers: ['to', 'bi', 'from', 'on'], nouns: ['طلب التعاون العسكري', 'دعا إلى التعاون العسكري', 'دعت إلى التعاون العسكري'] },
  // verbal: praise (051), criticise (111), accuse (112)
  { id: 'verbal.praise', cameo: '051', roles: 'directed', verbs: ['أشاد', 'أشادت', 'يشيد', 'تشيد', 'ثمن', 'ثمنت', 'نوه', 'نوهت', 'رحب', 'رحبت', 'يرحب', 'ترحب'] },
  { id: 'verbal.criticise', cameo: '111', roles: 'directed', verbs: ['انتقد', 'انتقدت', 'ينتقد', 'تنتقد', 'أدان', 'أدانت', 'يدين', 'تدين', 'استنكر', 'استنكرت', 'ندد', 'نددت'] },
  { id: 'verbal.accuse', cameo: '112', roles: 'directed', verbs: ['اتهم', 'اتهمت', 'يتهم', 'تتهم'], nouns: ['اتهامات', 'اتهام'] },
  // reduce or break relations (161)
  { id: 'sanction.relations', cameo: '161', roles: 'directed', nouns: ['قطع العلاقات', 'قطع العلاقات الدبلوماسية', 'قطعت علاقاتها', 'قطع علاقاته', 'استدعت سفيرها', 'استدعى سفيره', 'استدعاء سفيرها', 'سحب سفيرها', 'طرد السفير', 'طردت سفير', 'أغلقت مجالها الجوي', 'إغلاق المجال الجوي', 'تعليق العلاقات', 'تجميد العلاقات'] },
  // violence: terror attack (180), abduction (181), military force (190), air strikes (195)
  { id: 'assault.terror', cameo: '180', roles: 'directed', nouns: ['هجوم إرهابي', 'هجوما إرهابيا', 'هجمات إرهابية', 'عملية إرهابية', 'عمليات إرهابية', 'اعتداء إرهابي', 'هجوم مسلح', 'هجوما مسلحا', 'هجمات مسلحة', 'تفجير انتحاري', 'هجوم انتحاري'] },
  { id: 'assault.abduct', cameo: '181', roles: 'directed', verbs: ['اختطف', 'اختطفت', 'يختطف', 'تختطف', 'خطف', 'خطفت'], nouns: ['اختطاف', 'عملية خطف'] },
  { id: 'assault.military', cameo: '190', roles: 'directed', nouns: ['عملية عسكرية', 'عمليات عسكرية', 'هجوما عسكريا', 'هجوم عسكري'], verbs: ['قصف', 'قصفت', 'يقصف', 'تقصف'] },
  { id: 'assault.air', cameo: '195', roles: 'directed', nouns: ['غارات جوية', 'غارة جوية', 'ضربات جوية', 'ضربة جوية', 'قصف جوي', 'ضربات بطائرات مسيرة'] },
];

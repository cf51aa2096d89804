import type { TopicCue } from '../types';

/**
 * Topic cues (DESIGN.md section 4). General verbs and nouns of giving, delivering, training,
 * attacking, kidnapping, visiting, signing and recalling, not phrases lifted from the seeds.
 * Weights: about 0.7 for a phrase that states the event, 0.4-0.5 for a strong noun, 0.15-0.25
 * for a word that only hints (a lone hint never makes a topic present).
 */
export const TOPIC_CUES: readonly TopicCue[] = [
  // military aid: arms transfer
  { id: 'military_aid.arms_transfer.send_weapons', topic: 'military_aid', subtopic: 'arms_transfer', weight: 0.75, cameo: '072', phrases: ['إرسال أسلحة', 'إرسال الأسلحة', 'إرسال السلاح', 'أرسلت أسلحة', 'أرسل أسلحة', 'تسليم أسلحة', 'تسليم الأسلحة', 'تسلم أسلحة', 'تسلمت أسلحة', 'شحنة أسلحة', 'شحنات أسلحة', 'شحنة من الأسلحة', 'تزويد بالأسلحة', 'تزويده بالأسلحة', 'تزويدها بالأسلحة', 'إمداد بالأسلحة', 'صفقة أسلحة', 'صفقات أسلحة', 'صفقة سلاح', 'صفقات السلاح', 'بيع أسلحة', 'بيع الأسلحة', 'شراء أسلحة', 'اقتناء أسلحة', 'حصلت على أسلحة', 'حصل على أسلحة', 'تسليح الجيش', 'تسليح القوات'] },
  { id: 'military_aid.arms_transfer.deliver_aircraft', topic: 'military_aid', subtopic: 'arms_transfer', weight: 0.7, cameo: '072', phrases: ['تسليم مروحيات', 'تسلم مروحيات', 'تسلمت مروحيات', 'تسليم طائرات', 'تسلم طائرات', 'تسلمت طائرات', 'طائرات مسيرة', 'مسيرات تركية', 'مسيرات بيرقدار', 'تسليم مدرعات', 'تسلم مدرعات', 'دفعة من المروحيات', 'دفعة من الطائرات', 'دفعة من المدرعات'] },
  { id: 'military_aid.arms_transfer.weapons_word', topic: 'military_aid', subtopic: 'arms_transfer', weight: 0.2, phrases: ['أسلحة', 'الأسلحة', 'السلاح', 'مروحيات', 'مدرعات', 'ذخيرة', 'ذخائر', 'صواريخ', 'دبابات', 'رادارات'] },
  { id: 'military_aid.arms_transfer.arms_race', topic: 'military_aid', subtopic: 'arms_transfer', weight: 0.5, cameo: '072', phrases: ['ترويج السلاح', 'سوق السلاح', 'تجارة السلاح الرسمية', 'تسابق مسلح', 'سباق التسلح', 'أسلحة متطورة', 'أسلحة غربية', 'أسلحة روسية', 'أسلحة صينية', 'عتاد عسكري'] },
  // military aid: equipment, fuel and logistics
  { id: 'military_aid.equipment_logistics.military_aid', topic: 'military_aid', subtopic: 'equipment_logistics', weight: 0.8, cameo: '072', phrases: ['مساعدات عسكرية', 'مساعدة عسكرية', 'المساعدات العسكرية', 'دعم عسكري', 'الدعم العسكري', 'دعما عسكريا', 'معونات عسكرية', 'إمداد عسكري', 'إمدادات عسكرية', 'الإمدادات العسكرية', 'مساعدة الجيش', 'مساعدة القوات', 'إمداد الجيش', 'تقديم يد المساعدة'] },
  { id: 'military_aid.equipment_logistics.equipment', topic: 'military_aid', subtopic: 'equipment_logistics', weight: 0.45, cameo: '072', phrases: ['العتاد العسكري', 'عتاد', 'العتاد', 'معدات عسكرية', 'المعدات العسكرية', 'تجهيزات عسكرية', 'تجهيزات', 'آليات عسكرية', 'مركبات عسكرية', 'الوقود', 'البنزين', 'لوازم', 'حقائب', 'دعم لوجستي', 'الدعم اللوجستي', 'مساعدات لوجستية'] },
  { id: 'military_aid.equipment_logistics.capability', topic: 'military_aid', subtopic: 'equipment_logistics', weight: 0.4, phrases: ['أدوات ردع', 'قدرات دفاعية', 'القدرات الدفاعية', 'القدرات العسكرية', 'تحديث الجيش', 'إعادة هيكلة الجيش', 'تعزيز قدرات الجيش'] },
  // military aid: training and advisers
  { id: 'military_aid.training_advisers.training', topic: 'military_aid', subtopic: 'training_advisers', weight: 0.6, cameo: '062', phrases: ['تدريب الجيش', 'تدريب القوات', 'تدريب الجنود', 'تدريب ضباط', 'تدريب ضباطه', 'تكوين الضباط', 'تكوين عسكري', 'تدريبات عسكرية', 'مناورات عسكرية', 'مناورات مشتركة', 'خبراء عسكريين', 'مستشارين عسكريين', 'مدربين عسكريين', 'خبراء أمنيين', 'بعثة تدريب', 'بعثة التدريب', 'الخبرة العسكرية', 'نقل الخبرة'] },
  { id: 'military_aid.training_advisers.training_word', topic: 'military_aid', subtopic: 'training_advisers', weight: 0.2, phrases: ['تدريب', 'مدربين', 'مستشارين'] },
  // military aid: foreign forces and contractors
  { id: 'military_aid.foreign_forces.contractors', topic: 'military_aid', subtopic: 'foreign_forces', weight: 0.55, cameo: '062', phrases: ['مجموعة فاغنر', 'فاغنر', 'فاجنر', 'الفيلق الإفريقي', 'الفيلق الأفريقي', 'مرتزقة', 'شركة عسكرية خاصة', 'شركات أمنية خاصة', 'قوات أجنبية', 'القوات الأجنبية', 'قوات روسية', 'قوات فرنسية', 'نشر قوات', 'نشر جنود', 'قاعدة عسكرية', 'قواعد عسكرية', 'عملية برخان', 'قوة برخان'] },
  // military aid: cooperation agreements and joint committees
  { id: 'military_aid.cooperation_agreements.military_cooperation', topic: 'military_aid', subtopic: 'cooperation_agreements', weight: 0.7, cameo: '062', phrases: ['التعاون العسكري', 'تعاون عسكري', 'التعاون الأمني والعسكري', 'التعاون الدفاعي', 'تعاون دفاعي', 'التنسيق العسكري', 'العلاقات العسكرية', 'علاقات عسكرية', 'الشراكة العسكرية', 'شراكة عسكرية', 'شراكات أمنية', 'الشراكات الأمنية', 'اللجنة العسكرية المشتركة', 'لجنة عسكرية مشتركة', 'اتفاقية تعاون عسكري', 'اتفاق تعاون عسكري', 'اتفاقية دفاع', 'اتفاقيات عسكرية', 'تعاون بين جيشي', 'جيشي البلدين', 'التعاون بين الجيشين'] },
  // military aid: security funding
  { id: 'military_aid.security_funding.funding', topic: 'military_aid', subtopic: 'security_funding', weight: 0.6, cameo: '072', phrases: ['تمويل الجيش', 'تمويل القوات', 'تمويل عسكري', 'تمويل أمني', 'ميزانية الدفاع', 'منحة عسكرية', 'هبة عسكرية', 'تمويل القوة المشتركة'] },

  // terrorism: attack
  { id: 'terrorism.attack.attack', topic: 'terrorism', subtopic: 'attack', weight: 0.6, cameo: '180', phrases: ['هجوم إرهابي', 'هجوما إرهابيا', 'هجمات إرهابية', 'الهجمات الإرهابية', 'عملية إرهابية', 'عمليات إرهابية', 'اعتداء إرهابي', 'هجوم مسلح', 'هجوما مسلحا', 'هجمات مسلحة', 'تفجير انتحاري', 'عملية انتحارية', 'هجوم انتحاري', 'سيارة مفخخة', 'عبوة ناسفة', 'عبوات ناسفة', 'لغم أرضي', 'كمين', 'نصب كمين', 'هاجم مسلحون', 'هاجمت جماعة', 'استهدف هجوم', 'تبنى الهجوم', 'تبنت الهجوم'] },
  { id: 'terrorism.attack.casualties', topic: 'terrorism', subtopic: 'attack', weight: 0.35, cameo: '190', phrases: ['مقتل جنود', 'مقتل عسكريين', 'قتلى', 'جرحى', 'سقوط قتلى', 'حصيلة الهجوم', 'ضحايا الهجوم'] },
  { id: 'terrorism.attack.attack_word', topic: 'terrorism', subtopic: 'attack', weight: 0.2, phrases: ['هجوم', 'هجمات', 'تفجير', 'اعتداء', 'الضربات'] },
  // terrorism: kidnapping
  { id: 'terrorism.kidnapping.kidnap', topic: 'terrorism', subtopic: 'kidnapping', weight: 0.65, cameo: '181', phrases: ['اختطاف', 'الاختطاف', 'عمليات اختطاف', 'اختطاف الأجانب', 'اختطاف الغربيين', 'خطف', 'الخطف', 'ظاهرة الخطف', 'رهائن', 'الرهائن', 'رهينة', 'احتجاز رهائن', 'الفدية', 'فدية', 'دفع الفدية', 'مختطفين', 'المختطفين', 'اختطفت', 'اختطف'] },
  // terrorism: armed-group presence
  { id: 'terrorism.armed_group_presence.groups', topic: 'terrorism', subtopic: 'armed_group_presence', weight: 0.55, phrases: ['الجماعات الإرهابية', 'جماعات إرهابية', 'الجماعات المسلحة', 'جماعات مسلحة', 'الجماعات الجهادية', 'جماعات جهادية', 'التنظيمات الإرهابية', 'تنظيمات إرهابية', 'الجماعات المتطرفة', 'عناصر القاعدة', 'تنظيم القاعدة', 'القاعدة', 'داعش', 'تنظيم الدولة', 'بوكو حرام', 'نصرة الإسلام والمسلمين', 'أنصار الدين', 'الإرهابيين', 'إرهابيين', 'الخلايا الإرهابية', 'خلايا إرهابية', 'الشبكات الإرهابية', 'شبكات إرهابية', 'بقايا الجماعات', 'المسلحين', 'مسلحين', 'المتطرفين'] },
  { id: 'terrorism.armed_group_presence.threat', topic: 'terrorism', subtopic: 'armed_group_presence', weight: 0.35, phrases: ['التهديدات الإرهابية', 'التهديد الإرهابي', 'تهديدات إرهابية', 'الخطر الإرهابي', 'خطر القاعدة', 'نشاط القاعدة', 'تهديدات القاعدة', 'التهديدات الأمنية', 'الفوضى الأمنية', 'الوضع الأمني', 'انعدام الأمن', 'التمرد', 'المتمردين', 'الانفصاليين'] },
  { id: 'terrorism.armed_group_presence.terror_word', topic: 'terrorism', subtopic: 'armed_group_presence', weight: 0.3, phrases: ['الإرهاب', 'إرهاب', 'الإرهابية', 'إرهابية', 'الإرهابي', 'إرهابي'] },
  // terrorism: smuggling
  { id: 'terrorism.smuggling.smuggling', topic: 'terrorism', subtopic: 'smuggling', weight: 0.55, phrases: ['تهريب السلاح', 'تهريب الأسلحة', 'تهريب المخدرات', 'تهريب البشر', 'تهريب', 'التهريب', 'المتاجرة بالسجائر', 'المتاجرة بالأسلحة', 'تجارة المخدرات', 'الاتجار بالمخدرات', 'إدخال السلاح', 'تدفق السلاح', 'التدفق الكبير للسلاح', 'انتشار السلاح', 'انتشار الأسلحة', 'الجريمة المنظمة', 'المهربين', 'مهربين', 'اختفاء صواريخ', 'سقوط أسلحة في أيدي'] },
  // terrorism: counter-terrorism
  { id: 'terrorism.counter_terrorism.fight', topic: 'terrorism', subtopic: 'counter_terrorism', weight: 0.6, cameo: '190', phrases: ['مكافحة الإرهاب', 'محاربة الإرهاب', 'الحرب على الإرهاب', 'مواجهة الإرهاب', 'التصدي للإرهاب', 'مكافحة الجماعات', 'محاربة الجماعات', 'مواجهة الجماعات', 'محاربة عناصر', 'مكافحة الشبكات', 'عملية عسكرية ضد', 'عمليات عسكرية', 'العمليات العسكرية', 'تفكيك الخلايا', 'تفكيك خلية', 'تحييد إرهابيين', 'القضاء على إرهابيين', 'قطع الطريق أمام', 'فرض الأمن', 'ملاحقة الإرهابيين', 'تعقب', 'غارات جوية', 'ضربات جوية'] },
  { id: 'terrorism.counter_terrorism.security_coordination', topic: 'terrorism', subtopic: 'counter_terrorism', weight: 0.4, cameo: '064', phrases: ['التنسيق الأمني', 'تنسيق أمني', 'تبادل المعلومات', 'التنسيق المعلوماتي', 'التعاون الأمني', 'تعاون أمني', 'هيئة أركان مشتركة', 'قيادة أركان مشتركة', 'اجتماعا أمنيا', 'اجتماع أمني', 'تأمين الحدود', 'مراقبة الحدود', 'الحدود الوعرة'] },

  // diplomacy: visits and meetings
  { id: 'diplomacy.visits_meetings.visit', topic: 'diplomacy', subtopic: 'visits_meetings', weight: 0.55, cameo: '042', phrases: ['زيارة رسمية', 'زيارة دولة', 'زيارة عمل', 'زيارة رسمية إلى', 'قام بزيارة', 'يقوم بزيارة', 'سيقوم بزيارة', 'أجرى زيارة', 'الزيارة الأخيرة', 'زيارة إلى', 'بزيارة نحو', 'زار', 'زارت', 'حل ضيفا', 'وصل إلى', 'وفد رسمي', 'وفد عسكري', 'وفد من'] },
  { id: 'diplomacy.visits_meetings.meeting', topic: 'diplomacy', subtopic: 'visits_meetings', weight: 0.5, cameo: '043', phrases: ['استقبل', 'استقبلت', 'التقى', 'التقت', 'التقى خلالها', 'محادثات', 'المحادثات', 'مباحثات', 'المباحثات', 'بحث مع', 'بحثا', 'اجتماع', 'اجتماعا', 'الاجتماع الأول', 'قمة', 'القمة', 'مأدبة', 'بحضور سفراء', 'ندوة', 'مؤتمر', 'اتصال هاتفي', 'مكالمة هاتفية'] },
  // diplomacy: agreements signed
  { id: 'diplomacy.agreements.sign', topic: 'diplomacy', subtopic: 'agreements', weight: 0.65, cameo: '057', phrases: ['وقع الجانبان', 'وقع البلدان', 'وقعت', 'وقع', 'توقيع', 'التوقيع على', 'توقيع اتفاق', 'توقيع اتفاقية', 'اتفاقيات عدة', 'الاتفاقيات الموقعة', 'اتفاقية', 'اتفاقيات', 'مذكرة تفاهم', 'مذكرات تفاهم', 'بروتوكول', 'شراكة إستراتيجية', 'شراكة استراتيجية', 'اتفاق شراكة'] },
  { id: 'diplomacy.agreements.cooperation', topic: 'diplomacy', subtopic: 'agreements', weight: 0.35, cameo: '061', phrases: ['تعزيز التعاون', 'تعميق التعاون', 'تطوير التعاون', 'آفاق التعاون', 'سبل تعزيز', 'التعاون الثنائي', 'العلاقات الثنائية', 'العلاقات بين البلدين', 'علاقات تعاون', 'التعاون مع', 'تعاونها مع'] },
  // diplomacy: mediation and peace processes
  { id: 'diplomacy.mediation.mediate', topic: 'diplomacy', subtopic: 'mediation', weight: 0.65, cameo: '045', phrases: ['وساطة', 'الوساطة', 'بوساطة', 'وسيط', 'الوسيط', 'دور الوسيط', 'دور وسيط', 'مباحثات السلام', 'مفاوضات السلام', 'محادثات السلام', 'عملية السلام', 'اتفاق سلام', 'اتفاق السلام', 'اتفاق الهدنة', 'اتفاق الجزائر', 'الحوار بين', 'المصالحة', 'المصالحة الوطنية', 'وقف إطلاق النار', 'إنهاء الصراع', 'تسوية الملف', 'تسوية الأزمة'] },
  // diplomacy: ambassadors and envoys
  { id: 'diplomacy.envoys.envoy', topic: 'diplomacy', subtopic: 'envoys', weight: 0.5, cameo: '043', phrases: ['سفير', 'السفير', 'سفراء', 'السفراء', 'السفارة', 'سفارة', 'المبعوث', 'مبعوث', 'مبعوثا', 'القائم بالأعمال', 'أوراق اعتماده', 'ممثل الخارجية', 'وزير الخارجية', 'وزيرة الخارجية', 'الدبلوماسية', 'دبلوماسي', 'دبلوماسيين', 'بيان الخارجية'] },
  // diplomacy: crises
  { id: 'diplomacy.crises.rupture', topic: 'diplomacy', subtopic: 'crises', weight: 0.7, cameo: '161', phrases: ['استدعاء السفير', 'استدعت سفيرها', 'استدعى سفيره', 'سحب السفير', 'قطع العلاقات', 'قطع العلاقات الدبلوماسية', 'طرد السفير', 'طرد دبلوماسيين', 'إغلاق المجال الجوي', 'أغلقت مجالها الجوي', 'غلق الحدود', 'إغلاق الحدود', 'تعليق العلاقات', 'تجميد العلاقات'] },
  { id: 'diplomacy.crises.tension', topic: 'diplomacy', subtopic: 'crises', weight: 0.45, cameo: '112', phrases: ['الأزمة السياسية والدبلوماسية', 'الأزمة الدبلوماسية', 'أزمة دبلوماسية', 'توتر العلاقات', 'توتر دبلوماسي', 'عداء', 'احتجاج رسمي', 'اتهام', 'اتهمت', 'اتهم', 'تدخل في الشؤون الداخلية', 'عزلة', 'عزلة متنامية', 'أخفقت الدبلوماسية', 'الشروخ في العلاقات'] },
  // diplomacy: alliances and blocs
  { id: 'diplomacy.alliances.bloc', topic: 'diplomacy', subtopic: 'alliances', weight: 0.45, cameo: '051', phrases: ['تحالف دول الساحل', 'تحالف الساحل', 'كونفدرالية دول الساحل', 'الاتحاد الإفريقي', 'الاتحاد الأفريقي', 'إيكواس', 'الإيكواس', 'الأمم المتحدة', 'مجلس الأمن', 'الاتحاد الأوروبي', 'حلف شمال الأطلسي', 'الناتو', 'جامعة الدول العربية', 'المبادرة الأطلسية', 'انخراطها في المبادرة', 'انضمام', 'الانضمام إلى', 'الشريك', 'شريك', 'الشراكة', 'حليف', 'حلفاء'] },
];

/**
 * Phrases that contain a cue's words but name no topic event: humanitarian and civil money,
 * weapons of crime and hunting, economic cooperation, sport. The longest match wins, so these
 * shadow the cue inside them.
 */
export const NOT_CUES: readonly string[] = [
  'مساعدات إنسانية', 'المساعدات الإنسانية', 'مساعدات غذائية', 'مساعدة إنسانية', 'أسلحة الصيد', 'أسلحة صيد',
  'بندقية صيد', 'سلاح أبيض', 'السلاح الأبيض', 'أسلحة بيضاء', 'التعاون الاقتصادي', 'التعاون الاقتصادي والتجاري',
  'التعاون الثقافي', 'التعاون مع الاتحاد الرياضي', 'الوقود الأحفوري', 'أسعار الوقود', 'أسعار البنزين', 'قمة كروية',
  'هجوم الفريق', 'هجوم المنتخب', 'تدريب المنتخب', 'تدريبات المنتخب', 'تدريب الفريق', 'كمين للشرطة',
  // a state's own armed forces are not an armed group (the stems of المسلحة and المسلحين meet)
  'القوات المسلحة', 'قوات مسلحة', 'للقوات المسلحة',
];

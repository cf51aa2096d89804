import type { TopicCue } from '../types';

/**
 * Topic cues (DESIGN.md section 4). General verbs and nouns of giving, delivering, training,
 * attacking, kidnapping, visiting, signing and recalling, not phrases lifted from the seeds.
 * Weights: about 0.7 for a phrase that states the event, 0.4-0.5 for a strong noun, 0.15-0.25
 * for a word that only hints (a lone hint never makes a topic present).
 */
export const TOPIC_CUES: readonly TopicCue[] = [
  // military aid: arms transfer
  { id: 'military_aid.arms_transfer.send_weapons', topic: 'military_aid', subtopic: 'arms_transfer', weight: 0.75, cameo: '072', phrases: ['إرسال أسلحة', 'إرسال الأسلحة', 'إرسال السلاح', 'أرسلت أسلحة', 'أرسل أسلحة', 'تسليم أسلحة', 'تسليم الأسلحة', 'تسلم أسلحة', 'تسلمت أسلحة', 'شحنة أسلحة', 'شحنات أسلحة', 'شحنة من الأسلحة', 'تزويد بالأسلحة', 'تزويده بالأسلحة', 'تزويدها بالأسلحة', 'إمداد بالأسلحة', 'صفقة أسلحة', 'صفقات أسلحة', 'صفقة سلاح', 'صفقات السلاح', 'صفقات التسلح', 'بيع أسلحة', 'بيع الأسلحة', 'شراء أسلحة', 'اقتناء أسلحة', 'توريد أسلحة', 'لتوريد أسلحة', 'حصلت على أسلحة', 'حصل على أسلحة', 'تسليح الجيش', 'تسليح القوات', 'برنامج التسليح', 'طائرات مسيرة', 'الطائرات المسيرة', 'المسيرات التركية', 'مسيرات تركية', 'دفعة من المروحيات', 'دفعة من الطائرات', 'دفعة من المدرعات', 'دفعة جديدة من المدرعات'] },
  { id: 'military_aid.arms_transfer.transfer_verb', topic: 'military_aid', subtopic: 'arms_transfer', weight: 0.3, cameo: '072', phrases: ['سلم', 'سلمت', 'تسلم', 'تسلمت', 'تسليم', 'أرسلت', 'إرسال', 'زود', 'زودت', 'تزويد', 'بيع', 'باعت', 'اشترى', 'اشترت', 'شراء', 'اقتناء', 'توريد', 'تسليح', 'شحنة', 'شحنات', 'صفقة', 'صفقات', 'دفعة'] },
  { id: 'military_aid.arms_transfer.weapons', topic: 'military_aid', subtopic: 'arms_transfer', weight: 0.3, phrases: ['أسلحة', 'الأسلحة', 'السلاح', 'مروحيات', 'المروحيات', 'مروحية', 'طائرات مقاتلة', 'طائرات هجومية', 'طائرات حربية', 'مقاتلات', 'مسيرات', 'المسيرات', 'مدرعات', 'المدرعات', 'عربات مدرعة', 'العربات المدرعة', 'دبابات', 'ذخيرة', 'الذخيرة', 'ذخائر', 'صواريخ', 'رادارات'] },
  { id: 'military_aid.arms_transfer.arms_trade', topic: 'military_aid', subtopic: 'arms_transfer', weight: 0.5, cameo: '072', phrases: ['ترويج السلاح', 'سوق السلاح', 'تسابق مسلح', 'سباق التسلح', 'أسلحة متطورة', 'أسلحة غربية', 'أسلحة روسية', 'أسلحة صينية', 'أسلحة تركية'] },
  // military aid: equipment, fuel and logistics
  { id: 'military_aid.equipment_logistics.military_aid', topic: 'military_aid', subtopic: 'equipment_logistics', weight: 0.8, cameo: '072', phrases: ['مساعدات عسكرية', 'مساعدة عسكرية', 'المساعدات العسكرية', 'دعم عسكري', 'الدعم العسكري', 'دعما عسكريا', 'معونات عسكرية', 'إمداد عسكري', 'إمدادات عسكرية', 'الإمدادات العسكرية', 'مساعدة الجيش', 'مساعدة القوات', 'إمداد الجيش', 'تقديم يد المساعدة'] },
  { id: 'military_aid.equipment_logistics.equipment', topic: 'military_aid', subtopic: 'equipment_logistics', weight: 0.55, cameo: '072', phrases: ['العتاد العسكري', 'عتاد عسكري', 'معدات عسكرية', 'المعدات العسكرية', 'تجهيزات عسكرية', 'آليات عسكرية', 'مركبات عسكرية', 'دعم لوجستي', 'الدعم اللوجستي', 'دعما لوجستيا', 'مساعدات لوجستية', 'معدات اتصال', 'معدات مراقبة'] },
  { id: 'military_aid.equipment_logistics.supplies', topic: 'military_aid', subtopic: 'equipment_logistics', weight: 0.2, phrases: ['عتاد', 'العتاد', 'تجهيزات', 'الوقود', 'وقودا', 'البنزين', 'لوازم', 'معدات'] },
  { id: 'military_aid.equipment_logistics.capability', topic: 'military_aid', subtopic: 'equipment_logistics', weight: 0.4, phrases: ['أدوات ردع', 'قدرات دفاعية', 'القدرات الدفاعية', 'القدرات العسكرية', 'تحديث الجيش', 'إعادة هيكلة الجيش', 'تعزيز قدرات الجيش', 'لتعزيز قدراته', 'تجهيز الجيش', 'لتجهيز الجيش'] },
  // military aid: training and advisers
  { id: 'military_aid.training_advisers.training', topic: 'military_aid', subtopic: 'training_advisers', weight: 0.6, cameo: '062', phrases: ['تدريب الجيش', 'تدريب القوات', 'تدريب الجنود', 'تدريب وحدات', 'تدريب ضباط', 'تدريب ضباطه', 'تكوين الضباط', 'تكوين ضباط', 'تكوين عسكري', 'دورات تكوين', 'تدريبات عسكرية', 'مناورات عسكرية', 'مناورات مشتركة', 'خبراء عسكريين', 'خبراء عسكريون', 'مستشارين عسكريين', 'المستشارين العسكريين', 'مدربين عسكريين', 'مدربون عسكريون', 'خبراء أمنيين', 'بعثة تدريب', 'بعثة التدريب', 'مهمة التدريب', 'الخبرة العسكرية', 'تمويل تدريب', 'برامج التدريب', 'تدريب جيوش'] },
  { id: 'military_aid.training_advisers.training_word', topic: 'military_aid', subtopic: 'training_advisers', weight: 0.3, phrases: ['تدريب', 'التدريب', 'مدربين', 'مدربون', 'مستشارين', 'مناورات'] },
  // military aid: foreign forces and contractors
  { id: 'military_aid.foreign_forces.contractors', topic: 'military_aid', subtopic: 'foreign_forces', weight: 0.55, cameo: '062', phrases: ['مجموعة فاغنر', 'فاغنر', 'فاجنر', 'الفيلق الإفريقي', 'الفيلق الأفريقي', 'مرتزقة', 'شركة عسكرية خاصة', 'شركات أمنية خاصة', 'قوات أجنبية', 'القوات الأجنبية', 'قوات روسية', 'القوات الروسية', 'قوات فرنسية', 'القوات الفرنسية', 'القوات الأمريكية', 'نشر قوات', 'نشر جنود', 'سحب جنودها', 'سحب قواتها', 'انسحاب القوات', 'قاعدة عسكرية', 'قواعد عسكرية', 'عملية برخان', 'قوة برخان'] },
  // military aid: cooperation agreements and joint committees
  { id: 'military_aid.cooperation_agreements.military_cooperation', topic: 'military_aid', subtopic: 'cooperation_agreements', weight: 0.7, cameo: '062', phrases: ['التعاون العسكري', 'تعاون عسكري', 'التعاون الأمني والعسكري', 'التعاون الدفاعي', 'تعاون دفاعي', 'التنسيق العسكري', 'العلاقات العسكرية', 'علاقات عسكرية', 'الشراكة العسكرية', 'شراكة عسكرية', 'شراكات أمنية', 'الشراكات الأمنية', 'اللجنة العسكرية المشتركة', 'لجنة عسكرية مشتركة', 'اتفاقية تعاون عسكري', 'اتفاق تعاون عسكري', 'اتفاقية دفاع', 'اتفاقية دفاعية', 'اتفاقيات دفاعية', 'اتفاقيات عسكرية', 'جيشي البلدين', 'التعاون بين الجيشين', 'قوة عسكرية مشتركة', 'قوة مشتركة', 'القوة المشتركة'] },
  { id: 'military_aid.cooperation_agreements.defence_word', topic: 'military_aid', subtopic: 'cooperation_agreements', weight: 0.35, phrases: ['دفاعية', 'ودفاعية', 'الدفاعية'] },
  // military aid: security funding
  { id: 'military_aid.security_funding.funding', topic: 'military_aid', subtopic: 'security_funding', weight: 0.6, cameo: '072', phrases: ['تمويل الجيش', 'تمويل القوات', 'تمويل عسكري', 'تمويل أمني', 'تمويلا أمنيا', 'ميزانية الدفاع', 'منحة عسكرية', 'هبة عسكرية', 'تمويل القوة المشتركة', 'لدعم جيوش', 'دعم جيوش'] },

  // terrorism: attack
  { id: 'terrorism.attack.attack', topic: 'terrorism', subtopic: 'attack', weight: 0.6, cameo: '180', phrases: ['هجوم إرهابي', 'هجوما إرهابيا', 'هجمات إرهابية', 'الهجمات الإرهابية', 'الهجوم الإرهابي', 'عملية إرهابية', 'عمليات إرهابية', 'العمليات الإرهابية', 'اعتداء إرهابي', 'هجوم مسلح', 'هجوما مسلحا', 'هجمات مسلحة', 'تفجير انتحاري', 'عملية انتحارية', 'هجوم انتحاري', 'سيارة مفخخة', 'عبوة ناسفة', 'عبوات ناسفة', 'لغم أرضي', 'قذائف الهاون', 'نصب كمين', 'نصب إرهابيون كمينا', 'هاجم مسلحون', 'تبنت جماعة', 'تبنى تنظيم', 'تبنى الهجوم', 'تبنت الهجوم', 'مجزرة', 'هجمات الجماعات'] },
  { id: 'terrorism.attack.casualties', topic: 'terrorism', subtopic: 'attack', weight: 0.35, cameo: '190', phrases: ['مقتل جنود', 'مقتل عسكريين', 'قتل جنود', 'قتل جنديان', 'قتلى', 'جرحى', 'سقوط قتلى', 'حصيلة الهجوم', 'ضحايا الهجوم', 'كمين', 'كمينا'] },
  { id: 'terrorism.attack.attack_word', topic: 'terrorism', subtopic: 'attack', weight: 0.2, phrases: ['هجوم', 'هجوما', 'هجمات', 'تفجير', 'اعتداء', 'اعتداءات', 'الضربات', 'انفجار'] },
  // terrorism: kidnapping
  { id: 'terrorism.kidnapping.hostages', topic: 'terrorism', subtopic: 'kidnapping', weight: 0.65, cameo: '181', phrases: ['عمليات اختطاف', 'عمليات الخطف', 'عصابات الخطف', 'اختطاف الأجانب', 'اختطاف الغربيين', 'ظاهرة الخطف', 'رهائن', 'الرهائن', 'رهينة', 'احتجاز رهائن', 'الفدية', 'فدية', 'بفدية', 'دفع الفدية', 'مختطفين', 'المختطفين', 'الخاطفون', 'الخاطفين'] },
  { id: 'terrorism.kidnapping.kidnap_word', topic: 'terrorism', subtopic: 'kidnapping', weight: 0.35, cameo: '181', phrases: ['اختطاف', 'الاختطاف', 'خطف', 'الخطف', 'اختطف', 'اختطفت'] },
  // terrorism: armed-group presence
  { id: 'terrorism.armed_group_presence.groups', topic: 'terrorism', subtopic: 'armed_group_presence', weight: 0.55, phrases: ['الجماعات الإرهابية', 'جماعات إرهابية', 'الجماعات المسلحة', 'جماعات مسلحة', 'جماعة مسلحة', 'الجماعات الجهادية', 'جماعات جهادية', 'التنظيمات الإرهابية', 'تنظيمات إرهابية', 'تنظيم إرهابي', 'الجماعات المتطرفة', 'عناصر القاعدة', 'تنظيم القاعدة', 'القاعدة', 'داعش', 'تنظيم الدولة', 'بوكو حرام', 'نصرة الإسلام والمسلمين', 'أنصار الدين', 'حركة الشباب', 'الإرهابيين', 'إرهابيين', 'إرهابيا', 'الجهاديين', 'جهاديين', 'الخلايا الإرهابية', 'خلايا إرهابية', 'خلية إرهابية', 'الشبكات الإرهابية', 'شبكات إرهابية', 'عناصر إرهابية', 'بقايا الجماعات', 'المتطرفين'] },
  { id: 'terrorism.armed_group_presence.gunmen', topic: 'terrorism', subtopic: 'armed_group_presence', weight: 0.35, phrases: ['مسلحون', 'المسلحون', 'مسلحين', 'المسلحين', 'عصابة مسلحة', 'الحركات المسلحة', 'حركات مسلحة'] },
  { id: 'terrorism.armed_group_presence.threat', topic: 'terrorism', subtopic: 'armed_group_presence', weight: 0.35, phrases: ['التهديدات الإرهابية', 'التهديد الإرهابي', 'تهديدات إرهابية', 'الخطر الإرهابي', 'خطر القاعدة', 'نشاط القاعدة', 'تهديدات القاعدة', 'التهديدات الأمنية', 'الفوضى الأمنية', 'الوضع الأمني', 'انعدام الأمن', 'التمرد', 'المتمردين', 'الانفصاليين'] },
  { id: 'terrorism.armed_group_presence.terror_word', topic: 'terrorism', subtopic: 'armed_group_presence', weight: 0.3, phrases: ['الإرهاب', 'إرهاب', 'الإرهابية', 'إرهابية', 'الإرهابي', 'إرهابي'] },
  // terrorism: smuggling
  { id: 'terrorism.smuggling.smuggling', topic: 'terrorism', subtopic: 'smuggling', weight: 0.55, phrases: ['تهريب السلاح', 'تهريب الأسلحة', 'تهريب المخدرات', 'تهريب البشر', 'تهريب السجائر', 'تهريب', 'التهريب', 'وتهريبه', 'المتاجرة بالسجائر', 'المتاجرة بالأسلحة', 'تجارة المخدرات', 'الاتجار بالمخدرات', 'إدخال السلاح', 'تدفق السلاح', 'التدفق الكبير للسلاح', 'انتشار السلاح', 'انتشار الأسلحة', 'الجريمة المنظمة', 'المهربين', 'مهربين', 'اختفاء صواريخ', 'شحنة من المخدرات', 'شبكة لتهريب'] },
  { id: 'terrorism.smuggling.drugs', topic: 'terrorism', subtopic: 'smuggling', weight: 0.35, phrases: ['المخدرات', 'مخدرات'] },
  // terrorism: counter-terrorism
  { id: 'terrorism.counter_terrorism.fight', topic: 'terrorism', subtopic: 'counter_terrorism', weight: 0.6, cameo: '190', phrases: ['مكافحة الإرهاب', 'محاربة الإرهاب', 'الحرب على الإرهاب', 'مواجهة الإرهاب', 'التصدي للإرهاب', 'بتهمة الإرهاب', 'مكافحة الجماعات', 'محاربة الجماعات', 'مواجهة الجماعات', 'محاربة عناصر', 'مكافحة الشبكات', 'عملية عسكرية ضد', 'عملية واسعة ضد', 'العمليات ضد', 'عملياته ضد', 'تفكيك الخلايا', 'فككت خلية', 'تحييد', 'القضاء على إرهابيين', 'ملاحقة الإرهابيين', 'مطاردة', 'لمطاردة', 'قطع الطريق أمام', 'غارات جوية', 'ضربات جوية'] },
  { id: 'terrorism.counter_terrorism.military_operations', topic: 'terrorism', subtopic: 'counter_terrorism', weight: 0.35, cameo: '190', phrases: ['عمليات عسكرية', 'العمليات العسكرية', 'فرض الأمن', 'القضاء على', 'مواجهات مع'] },
  { id: 'terrorism.counter_terrorism.security_coordination', topic: 'terrorism', subtopic: 'counter_terrorism', weight: 0.35, cameo: '064', phrases: ['التنسيق الأمني', 'تنسيق أمني', 'تنسيقها الأمني', 'تبادل المعلومات', 'التنسيق المعلوماتي', 'المعلومات الاستخباراتية', 'التعاون الأمني', 'تعاون أمني', 'هيئة أركان مشتركة', 'قيادة أركان مشتركة', 'اجتماعا أمنيا', 'اجتماع أمني'] },

  // diplomacy: visits and meetings
  { id: 'diplomacy.visits_meetings.visit', topic: 'diplomacy', subtopic: 'visits_meetings', weight: 0.55, cameo: '042', phrases: ['زيارة رسمية', 'زيارة دولة', 'زيارة عمل', 'قام بزيارة', 'يقوم بزيارة', 'سيقوم بزيارة', 'أجرى زيارة', 'الزيارة الأخيرة', 'زيارة إلى', 'بزيارة نحو', 'زيارته إلى', 'أول زيارة', 'حل ضيفا', 'جولة تشمل'] },
  { id: 'diplomacy.visits_meetings.visit_word', topic: 'diplomacy', subtopic: 'visits_meetings', weight: 0.3, cameo: '042', phrases: ['زار', 'زارت', 'زيارة', 'الزيارة', 'زيارات', 'وفد رسمي', 'وفد برلماني', 'وفد حكومي', 'وفد عسكري', 'وفدا'] },
  { id: 'diplomacy.visits_meetings.meeting', topic: 'diplomacy', subtopic: 'visits_meetings', weight: 0.45, cameo: '043', phrases: ['محادثات', 'المحادثات', 'مباحثات', 'المباحثات', 'اتصالا هاتفيا', 'اتصال هاتفي', 'مكالمة هاتفية', 'قمة', 'القمة', 'نظيره', 'نظيرها', 'نظيريه', 'وزراء خارجية', 'وزراء الخارجية', 'وزيرا خارجية', 'وزيري خارجية', 'الاجتماع الأول', 'بحضور سفراء', 'مأدبة'] },
  { id: 'diplomacy.visits_meetings.meeting_word', topic: 'diplomacy', subtopic: 'visits_meetings', weight: 0.3, cameo: '043', phrases: ['استقبل', 'استقبلت', 'التقى', 'التقت', 'بحث', 'بحثا', 'اجتماع', 'اجتماعا', 'ندوة', 'مؤتمر', 'هنأ'] },
  // diplomacy: agreements signed
  { id: 'diplomacy.agreements.sign', topic: 'diplomacy', subtopic: 'agreements', weight: 0.65, cameo: '057', phrases: ['وقع الجانبان', 'وقع البلدان', 'توقيع اتفاق', 'توقيع اتفاقية', 'التوقيع على', 'اتفاقيات عدة', 'الاتفاقيات الموقعة', 'مذكرة تفاهم', 'مذكرات تفاهم', 'شراكة إستراتيجية', 'شراكة استراتيجية', 'اتفاق شراكة', 'لتوقيع اتفاق'] },
  { id: 'diplomacy.agreements.sign_word', topic: 'diplomacy', subtopic: 'agreements', weight: 0.35, cameo: '057', phrases: ['وقع', 'وقعت', 'توقيع', 'أبرم', 'أبرمت', 'اتفاقية', 'اتفاقيات', 'اتفاق', 'اتفاقا', 'صادق', 'بروتوكول'] },
  { id: 'diplomacy.agreements.relations', topic: 'diplomacy', subtopic: 'agreements', weight: 0.35, cameo: '061', phrases: ['تعزيز التعاون', 'تعميق التعاون', 'تطوير التعاون', 'آفاق التعاون', 'آفاق الشراكة', 'سبل تعزيز', 'التعاون الثنائي', 'العلاقات الثنائية', 'العلاقات بين البلدين', 'علاقات تعاون', 'التعاون مع', 'تعاونها مع', 'بين البلدين', 'توطيد العلاقات', 'توطيد علاقاتها', 'علاقاتها مع', 'العلاقات بين'] },
  // diplomacy: mediation and peace processes
  { id: 'diplomacy.mediation.mediate', topic: 'diplomacy', subtopic: 'mediation', weight: 0.65, cameo: '045', phrases: ['وساطة', 'الوساطة', 'بوساطة', 'وسيط', 'الوسيط', 'وسيطا', 'توسطت', 'توسط', 'دور الوسيط', 'دور وسيط', 'مباحثات السلام', 'مفاوضات السلام', 'محادثات السلام', 'عملية السلام', 'اتفاق سلام', 'اتفاق السلام', 'اتفاق الهدنة', 'المصالحة', 'المصالحة الوطنية', 'وقف إطلاق النار', 'إنهاء الصراع', 'تسوية الملف', 'تسوية الأزمة', 'طاولة المفاوضات'] },
  { id: 'diplomacy.mediation.talks', topic: 'diplomacy', subtopic: 'mediation', weight: 0.45, cameo: '045', phrases: ['المفاوضات', 'مفاوضات', 'حل سياسي', 'الحل السياسي', 'الحوار بين'] },
  // diplomacy: ambassadors and envoys
  { id: 'diplomacy.envoys.envoy', topic: 'diplomacy', subtopic: 'envoys', weight: 0.4, cameo: '043', phrases: ['سفير', 'السفير', 'سفيرا', 'سفيرها', 'سفيره', 'سفراء', 'السفراء', 'السفارة', 'سفارة', 'المبعوث', 'مبعوث', 'مبعوثا', 'القائم بالأعمال', 'قنصلية', 'قنصليات', 'ممثل الخارجية', 'بيان الخارجية', 'الدبلوماسية', 'دبلوماسي', 'دبلوماسيين'] },
  { id: 'diplomacy.envoys.credentials', topic: 'diplomacy', subtopic: 'envoys', weight: 0.65, cameo: '043', phrases: ['أوراق اعتماده', 'أوراق اعتمادها', 'وزير الخارجية', 'وزيرة الخارجية', 'وزير خارجيتها', 'وزير خارجيته', 'المبعوث الأممي', 'المبعوث الخاص'] },
  { id: 'diplomacy.envoys.foreign_ministry', topic: 'diplomacy', subtopic: 'envoys', weight: 0.4, cameo: '043', phrases: ['وزارة الخارجية', 'الخارجية', 'رئيس الدبلوماسية', 'الدبلوماسية الجزائرية', 'الدبلوماسية المغربية'] },
  { id: 'diplomacy.agreements.relations_word', topic: 'diplomacy', subtopic: 'agreements', weight: 0.3, cameo: '061', phrases: ['العلاقات', 'علاقات', 'العلاقات الدبلوماسية', 'علاقاتها'] },
  // diplomacy: crises
  { id: 'diplomacy.crises.rupture', topic: 'diplomacy', subtopic: 'crises', weight: 0.7, cameo: '161', phrases: ['استدعاء السفير', 'استدعت سفيرها', 'استدعى سفيره', 'سحب السفير', 'طرد السفير', 'طرد دبلوماسيين', 'قطع العلاقات', 'قطع العلاقات الدبلوماسية', 'إغلاق المجال الجوي', 'أغلقت مجالها الجوي', 'مجالها الجوي', 'غلق الحدود', 'إغلاق الحدود', 'تعليق العلاقات', 'تجميد العلاقات', 'تعليق التعاون'] },
  { id: 'diplomacy.crises.tension', topic: 'diplomacy', subtopic: 'crises', weight: 0.45, cameo: '112', phrases: ['الأزمة السياسية والدبلوماسية', 'الأزمة الدبلوماسية', 'أزمة دبلوماسية', 'توتر العلاقات', 'توتر دبلوماسي', 'عداء', 'احتجاج رسمي', 'التدخل في شؤونها', 'بالتدخل في شؤونها', 'تدخل في الشؤون الداخلية', 'تدخل عسكري أجنبي', 'عزلة', 'عزلة متنامية', 'أخفقت الدبلوماسية', 'الشروخ في العلاقات', 'استدعت', 'استدعى'] },
  // diplomacy: alliances and blocs
  { id: 'diplomacy.alliances.bloc', topic: 'diplomacy', subtopic: 'alliances', weight: 0.45, cameo: '051', phrases: ['تحالف دول الساحل', 'تحالف الساحل', 'كونفدرالية دول الساحل', 'الاتحاد الإفريقي', 'الاتحاد الأفريقي', 'إيكواس', 'الإيكواس', 'المجموعة الاقتصادية لدول غرب إفريقيا', 'الأمم المتحدة', 'مجلس الأمن', 'الاتحاد الأوروبي', 'حلف شمال الأطلسي', 'الناتو', 'جامعة الدول العربية', 'الاتحاد المغاربي', 'المبادرة الأطلسية', 'انخراطها في المبادرة', 'الدول الأعضاء', 'عضوية', 'اعترفت', 'اعتراف', 'الانضمام إلى', 'انضمت إلى', 'انسحابها من', 'الانسحاب من'] },
  { id: 'diplomacy.alliances.partner_word', topic: 'diplomacy', subtopic: 'alliances', weight: 0.25, cameo: '051', phrases: ['الشريك', 'شريك', 'الشراكة', 'شراكة', 'شراكات', 'حليف', 'حلفاء'] },
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

/**
 * Words of sport. Two states' teams meeting is not diplomacy: a diplomacy cue in a sentence
 * with one of these weighs much less (`فاز المنتخب الجزائري على نظيره المغربي`).
 */
export const SPORT_WORDS: readonly string[] = [
  'المنتخب', 'منتخب', 'مباراة', 'المباراة', 'مباريات', 'الفريق', 'فريق', 'نادي', 'النادي', 'كأس', 'بطولة', 'البطولة',
  'الدوري', 'هدف', 'هدفين', 'أهداف', 'الملعب', 'ملعب', 'تصفيات', 'اللاعب', 'لاعب', 'لاعبي', 'المدرب', 'الحكم',
];

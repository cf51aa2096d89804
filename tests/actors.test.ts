// findActors on sentences written for the traps of DESIGN.md section 5 and issue 3.
import { describe, expect, it } from 'vitest';
import { ACTORS, findActors } from '../src/index';

/** actor id -> the surface text of each mention, in order. */
const found = (text: string) => Object.fromEntries(findActors(text).map((a) => [a.id, a.mentions.map((m) => m.text)]));
const ids = (text: string) => findActors(text).map((a) => a.id).sort();

describe('gazetteer', () => {
  it('has at least 80 actors of every type, with unique ids', () => {
    expect(ACTORS.length).toBeGreaterThanOrEqual(80);
    expect(new Set(ACTORS.map((a) => a.id)).size).toBe(ACTORS.length);
    const types = new Set(ACTORS.map((a) => a.type));
    for (const t of ['state', 'igo', 'armed_group', 'rebel_movement', 'pmc', 'leader', 'media']) expect(types).toContain(t);
  });
  it('uses ISO alpha-3 ids for states and maps leaders to an actor', () => {
    for (const a of ACTORS) {
      if (a.type === 'state') expect(a.id).toMatch(/^[A-Z]{3}$/);
      if (a.type === 'leader') expect(ACTORS.some((b) => b.id === a.parent), a.id).toBe(true);
    }
  });
});

describe('findActors: names, clitics, demonyms, capitals, seats, leaders', () => {
  it('finds names behind clitics', () => {
    expect(found('زار الوفد بالجزائر ثم عاد لمالي بعد محادثات والمغرب وروسيا')).toMatchObject({
      DZA: ['بالجزائر'],
      MLI: ['لمالي'],
      MAR: ['والمغرب'],
      RUS: ['وروسيا'],
    });
  });
  it('resolves demonyms in their inflected forms', () => {
    const a = findActors('قال المسؤول الجزائري إن القوات الجزائرية والخبراء الجزائريين والروس جاهزون');
    const dza = a.find((x) => x.id === 'DZA')!;
    expect(dza.mentions.map((m) => [m.text, m.via])).toEqual([
      ['الجزائري', 'demonym'],
      ['الجزائرية', 'demonym'],
      ['الجزائريين', 'demonym'],
    ]);
  });
  it('reads capitals and seats of power as the government', () => {
    const a = findActors('وصل وفد من باماكو إلى موسكو، وأصدر الكرملين بيانا، فيما علق البيت الأبيض والإليزيه');
    const via = Object.fromEntries(a.map((x) => [x.id, x.mentions.map((m) => `${m.text}:${m.via}`)]));
    expect(via).toMatchObject({
      MLI: ['باماكو:capital'],
      RUS: ['موسكو:capital', 'الكرملين:seat'],
      USA: ['البيت الأبيض:seat'],
      FRA: ['والإليزيه:seat'],
    });
  });
  it('maps leaders to their state', () => {
    const a = findActors('التقى غويتا الرئيس فلاديمير بوتين');
    expect(a.map((x) => x.id).sort()).toEqual(['MLI', 'RUS', 'goita', 'putin']);
    const mli = a.find((x) => x.id === 'MLI')!;
    expect(mli.mentions).toEqual([{ start: 6, end: 11, text: 'غويتا', via: 'leader', form: 'غويتا', through: 'goita' }]);
    expect(a.find((x) => x.id === 'goita')).toMatchObject({ type: 'leader', parent: 'MLI' });
  });
  it('prefers the longest name', () => {
    expect(found('أعلنت الولايات المتحدة الأمريكية')).toEqual({ USA: ['الولايات المتحدة الأمريكية'] });
    expect(found('انسحبت مجموعة فاغنر الروسية')).toEqual({ wagner: ['مجموعة فاغنر'], RUS: ['الروسية'] });
    expect(ids('يتبع الفيلق الإفريقي وزارة الدفاع')).toEqual(['africa-corps']);
    expect(ids('يتبع الفيلق الأفريقي وزارة الدفاع')).toEqual(['africa-corps']);
  });
  it('finds actors inside glued words, each with its own span', () => {
    const text = 'حضر سفراء روسياوكوباوإيران';
    const f = findActors(text);
    expect(f.map((a) => [a.id, a.mentions[0]!.text])).toEqual([
      ['RUS', 'روسيا'],
      ['CUB', 'وكوبا'],
      ['IRN', 'وإيران'],
    ]);
    for (const a of f) for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('findActors: مالي is Mali or financial', () => {
  it.each([
    'تعد مدخولا ماليا كبيرا للجماعات',
    'عبر مجرد صفقات مالية',
    'للحصول على أكبر فوائد مالية',
    'أعلنت وزارة المالية عن الميزانية',
    'قدم وزير المالية تقريره',
    'بعد حصوله على دعم سياسي ومالي',
    'تحتاج البلاد إلى دعم مالي عاجل',
    'تمر الشركة بأزمة مالية خانقة',
  ])('not Mali: %s', (text) => {
    expect(ids(text)).not.toContain('MLI');
  });
  it.each([
    ['أكد الجيش المالي سيطرته على المدينة', 'المالي'],
    ['قال بيان الخارجية المالية إن الوفد غادر', 'المالية'],
    ['اجتمع السفراء مع الحكومة المالية', 'المالية'],
    ['وصل الوفد إلى باماكو', 'باماكو'],
    ['تقع الأزمة في شمال مالي', 'مالي'],
    ['وقال وزير الدفاع المالي إن', 'المالي'],
    ['كشفت مصادر أمنية مالية أن الهجوم فشل', 'مالية'],
    ['عبر الحدود الجزائرية المالية', 'المالية'],
    ['بين الجيش الموريتاني والمالي', 'والمالي'],
    ['مالي دولة ذات سيادة', 'مالي'],
  ])('Mali: %s', (text, surface) => {
    expect(found(text).MLI).toContain(surface);
  });
  it('keeps an undecided form only when the text names Mali for sure elsewhere', () => {
    expect(ids('تسعى الحكومة إلى تعزيز الثقة. وتشهد مالي تحولا')).toEqual([]);
    expect(found('وصل الوزير إلى باماكو. وتشهد مالي تحولا').MLI).toEqual(['باماكو', 'مالي']);
  });
});

describe('findActors: other traps', () => {
  it('reads a news agency as media, not as its country', () => {
    expect(ids('حسب ما جاء في برقية لوكالة الأنباء الفرنسية')).toEqual(['afp']);
    expect(findActors('نقلت وكالة الأنباء الفرنسية')[0]).toMatchObject({ id: 'afp', type: 'media' });
  });
  it('does not read the Maghreb region or the Niger river as states', () => {
    expect(ids('تنظيم القاعدة في بلاد المغرب الإسلامي')).toEqual(['aqim']);
    expect(ids('دول المغرب العربي')).toEqual([]);
    expect(ids('على ضفاف نهر النيجر')).toEqual([]);
  });
  it('does not read idioms, clubs or common words as actors', () => {
    expect(ids('عاد الوزير إلى مسقط رأسه')).toEqual([]);
    expect(ids('فاز ريال مدريد على باريس سان جيرمان')).toEqual([]);
    expect(ids('الجنود المرابطون على الحدود')).toEqual([]);
    expect(ids('اجتمع مجلس الأمن القومي')).toEqual([]);
    expect(ids('اجتمع مجلس الأمن الدولي')).toEqual(['unsc']);
    expect(ids('تبنت جماعة المرابطون الهجوم')).toEqual(['al-mourabitoun']);
  });
  it('reads bare القاعدة in Sahel news as AQIM, and a base as no actor', () => {
    const f = findActors('تنشط عناصر القاعدة في شمال مالي');
    expect(f.find((a) => a.id === 'aqim')!.mentions[0]).toMatchObject({ text: 'القاعدة', through: 'al-qaeda' });
    expect(ids('هاجم مسلحون القاعدة العسكرية في المدينة')).toEqual([]);
    expect(ids('تعرضت القاعدة الفرنسية لهجوم')).toEqual(['FRA']);
  });
  it('reads المملكة as the one kingdom the text names', () => {
    expect(found('عزز المغرب حضوره، وأكدت المملكة التزامها').MAR).toEqual(['المغرب', 'المملكة']);
    expect(ids('أكدت المملكة التزامها')).toEqual([]);
    expect(found('وقعت المملكة المتحدة اتفاقا').GBR).toEqual(['المملكة المتحدة']);
  });
  it('marks mentions in reader comments as excluded', () => {
    const f = findActors('وصل الوفد إلى باماكو.\nتعليقات الزوار\nتحيا مالي');
    expect(f.find((a) => a.id === 'MLI')!.mentions.map((m) => [m.text, m.excluded ?? null])).toEqual([
      ['باماكو', null],
      ['مالي', 'comments'],
    ]);
  });
  it('finds nothing in text without actors, and explains bad input', () => {
    expect(findActors('')).toEqual([]);
    expect(findActors('The weather is fine.')).toEqual([]);
    expect(() => findActors({} as unknown as string)).toThrow(/findActors: expected text to be a string, got an object/);
  });
});

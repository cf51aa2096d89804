// Stance toward actors: the seeds' required signs, holders kept apart, negation and traps.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer } from '../src/index';

const stanceOf = (text: string, target: string, holder = 'author') => analyze(text).stances.find((s) => s.target === target && s.holder === holder);

describe('the seeds', () => {
  const fixtures = readdirSync('fixtures/seeds').filter((f) => /^\d{3}\.json$/.test(f)).sort();
  it.each(fixtures)('%s shows the stances read in the article', (name) => {
    const fixture = JSON.parse(readFileSync(`fixtures/seeds/${name}`, 'utf8')) as { seed: string; stances: { target: string; holder: string; label: string }[] };
    const text = readFileSync(`seeds/${fixture.seed}`, 'utf8');
    const a = analyze(text);
    for (const want of fixture.stances) {
      const got = a.stances.find((s) => s.target === want.target && s.holder === want.holder);
      expect(got?.label, `${want.holder} -> ${want.target}`).toBe(want.label);
      for (const e of got!.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
  });
  it('002: France is judged by the observers, not by the author', () => {
    const name = readdirSync('seeds').find((f) => f.startsWith('002'))!;
    const a = analyze(readFileSync(`seeds/${name}`, 'utf8'));
    expect(a.stances.find((s) => s.target === 'FRA' && s.holder === 'author')?.label).toBe('neutral');
  });
  it('004: the reader comments contribute nothing', () => {
    const name = readdirSync('seeds').find((f) => f.startsWith('004'))!;
    const text = readFileSync(`seeds/${name}`, 'utf8');
    const comments = text.indexOf('تعليقات الزوار');
    expect(analyze(text).stances.flatMap((s) => s.evidence).every((e) => e.start < comments)).toBe(true);
  });
});

describe('stance on sentences written for the traps', () => {
  it('reads praise and failure, with evidence', () => {
    expect(stanceOf('أشاد الخبراء بالدور البارز للمغرب في المنطقة', 'MAR', 'experts')?.label).toBe('favor');
    expect(stanceOf('أخفقت الجزائر في تسوية الأزمة', 'DZA')?.label).toBe('against');
  });
  it('turns a negated cue around', () => {
    expect(stanceOf('نجحت الجزائر في تسوية الأزمة', 'DZA')?.label).toBe('favor');
    expect(stanceOf('لم تنجح الجزائر في تسوية الأزمة', 'DZA')?.label).toBe('against');
  });
  it('keeps neutral reporting neutral', () => {
    expect(stanceOf('زار وزير الخارجية الجزائري باماكو ووقع اتفاقية', 'DZA')?.label).toBe('neutral');
  });
  it('gives a quoted judgement to its holder', () => {
    const a = analyze('أكد متابعون أن فرنسا تدفع نحو الفوضى في المنطقة');
    expect(a.stances.find((s) => s.target === 'FRA' && s.holder === 'observers')?.label).toBe('against');
    expect(a.stances.find((s) => s.target === 'FRA' && s.holder === 'author')?.label).toBe('neutral');
  });
  it('judges armed groups by terror words, not the states they strike', () => {
    const a = analyze('تواجه الجزائر إرهاب الجماعات التي تسمي نفسها تنظيم القاعدة في بلاد المغرب الإسلامي');
    expect(a.stances.find((s) => s.target === 'aqim')?.label).toBe('against');
    expect(a.stances.find((s) => s.target === 'DZA')?.label).not.toBe('against');
  });
  it('stays within [-1, 1] and says how sure it is', () => {
    for (const s of analyze('نجحت الجزائر وفشلت الجزائر ونجحت الجزائر').stances) {
      expect(s.score).toBeGreaterThanOrEqual(-1);
      expect(s.score).toBeLessThanOrEqual(1);
      expect(s.confidence).toBeGreaterThanOrEqual(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
  });
});

const label = (text: string, target: string, holder = 'author') => stanceOf(text, target, holder)?.label ?? 'neutral';

describe('negation inside stance, on sentences written for it', () => {
  it.each([
    ['نجحت النيجر في تأمين حدودها الشمالية', 'لم تنجح النيجر في تأمين حدودها الشمالية'],
    ['ستنجح موريتانيا في احتواء الأزمة', 'لن تنجح موريتانيا في احتواء الأزمة'],
    ['تحظى الحكومة التشادية بثقة واسعة', 'لا تحظى الحكومة التشادية بثقة واسعة'],
    ['المغرب شريك موثوق في المنطقة', 'ليس المغرب شريكا موثوقا في المنطقة'],
    ['التزمت النيجر بتعهداتها', 'عدم التزام النيجر بتعهداتها يثير الاستياء'],
  ])('a negator turns the judgement around: %s / %s', (plain, negated) => {
    const target = analyze(plain).stances.find((s) => s.holder === 'author' && s.label !== 'neutral')!.target;
    expect(label(plain, target)).toBe('favor');
    expect(label(negated, target)).toBe('against');
    expect(stanceOf(negated, target)!.evidence.some((e) => e.negated)).toBe(true);
  });
  it('دون turns it around, and دون أي مقابل is a favour in itself', () => {
    expect(label('أنهت البعثة الفرنسية مهمتها دون أن تحقق أي نجاح يذكر', 'FRA')).toBe('against');
    expect(label('قدمت قطر مساعدات إلى تشاد دون أي مقابل', 'QAT')).toBe('favor');
  });
  it.each([
    ['لا يزال الجيش الموريتاني يحقق نجاحات لافتة', 'MRT', 'favor'],
    ['ما زال الجيش الموريتاني يحقق نجاحات لافتة', 'MRT', 'favor'],
    ['مازالت موريتانيا تلعب دورا محوريا في المنطقة', 'MRT', 'favor'],
    ['أشادت العواصم الإفريقية بجهود الدول المجاورة، لا سيما المغرب ودوره البارز', 'MAR', 'favor'],
    ['تعاني المنطقة من التدخلات الأجنبية، ولاسيما تدخل فرنسا في شؤون جيرانها', 'FRA', 'against'],
    ['لا تتصرف الدبلوماسية التونسية إلا بحكمة ورصانة', 'TUN', 'favor'],
    ['ليس المتمردون الطوارق سوى أداة في يد قوى أجنبية', 'tuareg-rebels', 'against'],
    ['حققت النيجر نجاحا غير مسبوق في حربها على الإرهاب', 'NER', 'favor'],
    ['ارتكبت جماعة بوكو حرام جرائم لا تعد ولا تحصى', 'boko-haram', 'against'],
    ['لا يخفي الكرملين أطماعه في ثروات الساحل', 'RUS', 'against'],
  ])('the false friends do not negate: %s', (text, target, want) => {
    expect(label(text, target)).toBe(want);
  });
  it('failure: فشل في and أخفق في frame the actor against, and a positive cue after them did not happen', () => {
    expect(label('فشلت تشاد في إقناع جيرانها', 'TCD')).toBe('against');
    expect(label('أخفق الجيش النيجري في حماية القرى الحدودية', 'NER')).toBe('against');
    expect(label('لا يزال الجيش البوركينابي عاجزا عن الصمود أمام الهجمات', 'BFA')).toBe('against');
  });
});

describe('targets and holders, on sentences written for them', () => {
  it('a phrase split by its subject judges that subject', () => {
    expect(label('لن تتخلى روسيا عن حلفائها في الساحل', 'RUS')).toBe('favor');
    expect(label('تخلت فرنسا عن حلفائها في الساحل', 'FRA')).toBe('against');
  });
  it('praise of a leader is praise of the leader, not of his state too', () => {
    const a = analyze('أظهر الرئيس عبد المجيد تبون حنكة كبيرة في إدارة الأزمة');
    expect(a.stances.find((s) => s.target === 'tebboune' && s.holder === 'author')?.label).toBe('favor');
    expect(a.stances.find((s) => s.target === 'DZA' && s.holder === 'author')?.label).toBe('neutral');
  });
  it('a mention of a place or topic is not the one judged', () => {
    expect(label('فرنسا طرف منحاز في الأزمة الليبية', 'LBY')).toBe('neutral');
    expect(label('فرنسا طرف منحاز في الأزمة الليبية', 'FRA')).toBe('against');
  });
  it('a clause that a source marker ends belongs to that source', () => {
    const text = 'تشهد العلاقات بين الرباط ونواكشوط ازدهارا لافتا، حسب مصادر دبلوماسية';
    expect(label(text, 'MAR', 'sources')).toBe('favor');
    expect(label(text, 'MAR')).toBe('neutral');
  });
  it('a verb whose subject is no one names no holder', () => {
    expect(analyze('كشفت الهجمات الأخيرة ضعف الجيش النيجري').stances.filter((s) => s.holder !== 'author')).toEqual([]);
  });
  it('the one who acts in an event before the cue is the one the cue blames', () => {
    const text = 'تقوم كل من فرنسا وأمريكا بإمداد كل من النيجر وتشاد بالأسلحة تحت غطاء محاربة الإرهاب';
    expect(label(text, 'FRA')).toBe('against');
    expect(label(text, 'NER')).toBe('neutral');
  });
});

describe('custom stance lexicons', () => {
  const cue = { id: 'x.praise', polarity: 1 as const, weight: 0.6, phrases: [], verbs: ['امتدح'] };
  it('conjugates the verbs it is given', () => {
    const a = createAnalyzer({ lexicon: { stanceCues: [cue] } });
    expect(a.analyze('امتدحت الصحف المغرب').stances.find((s) => s.target === 'MAR')?.label).toBe('favor');
    expect(a.analyze('لم يمتدح أحد المغرب').stances.find((s) => s.target === 'MAR')?.label).toBe('against');
  });
  it.each([
    [{ ...cue, polarity: 2 }, /stance cue 0 \(x\.praise\): polarity must be 1 or -1/],
    [{ ...cue, weight: 0 }, /weight must be a number in \(0, 1\]/],
    [{ ...cue, target: 'object' }, /target must be one of after, near, subject/],
    [{ ...cue, verbs: ['امتدح كثيرا'] }, /verb "امتدح كثيرا" must be one word/],
    [{ ...cue, verbs: [] }, /give at least one phrase or verb/],
    [{ ...cue, targetTypes: ['media'] }, /unknown target type "media"/],
  ])('rejects a bad entry with its name and problem: %#', (bad, message) => {
    expect(() => createAnalyzer({ lexicon: { stanceCues: [bad as never] } })).toThrow(message);
  });
  it('rejects an id used twice', () => {
    expect(() => createAnalyzer({ lexicon: { stanceCues: [cue, cue] } })).toThrow(/stance cue 1 \(x\.praise\): the id x\.praise is used twice/);
  });
});

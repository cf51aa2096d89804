// Topic tagging: the seeds' required topics, evidence that slices to the text, and sentences
// written for the traps of DESIGN.md sections 4 and 5.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer, PRESENT_THRESHOLD, TOPIC_CUES, type TopicCue, type TopicId } from '../src/index';

const present = (text: string) => analyze(text).topics.filter((t) => t.present).map((t) => t.topic);
const tag = (text: string, topic: TopicId) => analyze(text).topics.find((t) => t.topic === topic)!;

describe('the seeds', () => {
  const fixtures = readdirSync('fixtures/seeds').filter((f) => /^\d{3}\.json$/.test(f)).sort();
  it.each(fixtures)('%s has the topics read in the article, with evidence that slices to the text', (name) => {
    const fixture = JSON.parse(readFileSync(`fixtures/seeds/${name}`, 'utf8')) as { seed: string; topics: Record<TopicId, boolean | null> };
    const text = readFileSync(`seeds/${fixture.seed}`, 'utf8');
    const a = analyze(text);
    expect(a.topics.map((t) => t.topic)).toEqual(['military_aid', 'terrorism', 'diplomacy']);
    for (const t of a.topics) {
      const expected = fixture.topics[t.topic];
      if (expected !== null) expect(t.present, `${t.topic}: score ${t.score}`).toBe(expected);
      for (const e of t.evidence) {
        expect(text.slice(e.start, e.end)).toBe(e.text);
        expect(e.text).toMatch(/[\u0600-\u06ff]{2}/);
        expect(TOPIC_CUES.some((c) => c.id === e.cue && c.topic === t.topic)).toBe(true);
      }
    }
  });
  it('takes nothing from the reader comments of seed 004', () => {
    const name = readdirSync('seeds').find((f) => f.startsWith('004'))!;
    const text = readFileSync(`seeds/${name}`, 'utf8');
    const a = analyze(text);
    const comments = a.excluded.find((r) => r.reason === 'comments')!;
    expect(a.topics.flatMap((t) => t.evidence).every((e) => e.start < comments.start)).toBe(true);
  });
});

describe('topics on sentences written for the traps', () => {
  it('tags a stated event', () => {
    expect(present('أرسلت الجزائر مساعدات عسكرية إلى مالي')).toEqual(['military_aid']);
    expect(present('اختطف مسلحون ثلاثة أجانب في شمال النيجر وطالبوا بفدية')).toEqual(['terrorism']);
    expect(present('وقع البلدان اتفاقية للتعاون خلال زيارة رسمية')).toEqual(['diplomacy']);
  });
  it('matches cues behind clitics and in other inflections', () => {
    expect(present('وبإرسال أسلحة جديدة يكون الجيش قد تعزز')).toContain('military_aid');
    expect(present('تعهدت روسيا لتسليم مروحيات')).toContain('military_aid');
    expect(tag('بحث الطرفان المساعدات العسكرية', 'military_aid').evidence[0]).toMatchObject({ text: 'المساعدات العسكرية', cameo: '072', plover: { event: 'AID', context: 'military' } });
  });
  it('does not count a negated or failed event as the event, but keeps it as weaker evidence', () => {
    for (const text of ['لم يتم تسليم الأسلحة إلى الجيش المالي', 'نفت باريس إرسال أسلحة إلى النيجر', 'فشل في إرسال أسلحة']) {
      const t = tag(text, 'military_aid');
      expect(t.evidence.every((e) => e.negated === true), text).toBe(true);
      expect(t.present, text).toBe(false);
      expect(t.score).toBeGreaterThan(0);
    }
    const stated = tag('تم تسليم الأسلحة إلى الجيش المالي', 'military_aid');
    expect(stated.evidence[0]!.negated).toBeUndefined();
    expect(stated.present).toBe(true);
  });
  it('is not fooled by false negations', () => {
    expect(tag('لا يزال الجيش يتلقى شحنات أسلحة من روسيا', 'military_aid').evidence[0]!.negated).toBeUndefined();
  });
  it.each([
    'وصلت مساعدات إنسانية إلى النازحين في شمال مالي',
    'حصلت موريتانيا على قرض من البنك الدولي',
    'ضبطت الشرطة أسلحة صيد في منزل المتهم',
    'فاز المنتخب الجزائري على نظيره المغربي في مباراة ودية',
    'ارتفعت أسعار الوقود في باماكو',
    'أكدت القوات المسلحة جاهزيتها',
    'تحدث الوزير عن الأسلحة',
    'قدمت الحكومة دعما ماليا للمزارعين المتضررين',
    'وقعت الشركة صفقات مالية مع بنوك محلية',
    'خاضت الجزائر حرب التحرير ضد الاستعمار الفرنسي في القرن الماضي',
    'وقعت شركة مغربية عقدا لبناء مصنع للأسمدة',
  ])('hard negative, no topic: %s', (text) => {
    expect(present(text)).toEqual([]);
  });
  it('does not let a lone passing word make a topic', () => {
    const t = tag('تحدث الوزير عن الأسلحة', 'military_aid');
    expect(t.score).toBeGreaterThan(0);
    expect(t.score).toBeLessThan(PRESENT_THRESHOLD);
  });
  it('weighs the lead more than the body', () => {
    const filler = 'وقال المتحدث إن الاجتماع انتهى. '.repeat(3);
    const lead = tag(`اختطف مسلحون رهينة. ${filler}`, 'terrorism').score;
    const late = tag(`${filler}اختطف مسلحون رهينة.`, 'terrorism').score;
    expect(lead).toBeGreaterThan(late);
  });
});

describe('analyze on any input', () => {
  it('gives a valid analysis with a warning for empty and non-Arabic text', () => {
    for (const [text, warning] of [['', /empty text/], ['   \n', /empty text/], ['hello world', /no Arabic/]] as const) {
      const a = analyze(text);
      expect(a.topics.every((t) => t.score === 0 && !t.present)).toBe(true);
      expect(a.warnings.join(' ')).toMatch(warning);
    }
  });
  it('warns when the whole text is page furniture, and counts nothing in it', () => {
    const a = analyze('تعليقات الزوار\nأرسلت الجزائر مساعدات عسكرية إلى مالي');
    expect(a.warnings).toEqual(['the whole text looks like page furniture (comments): nothing was counted']);
    expect(a.topics.every((t) => t.score === 0)).toBe(true);
  });
  it('is deterministic and plain JSON', () => {
    const text = 'أرسلت الجزائر مساعدات عسكرية إلى مالي لمحاربة الجماعات الإرهابية';
    const a = analyze(text);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(analyze(text)).toEqual(a);
    expect(a.version).toMatchObject({ cameo: 'CAMEO 1.1b3', plover: expect.stringContaining('PLOVER 0.8') });
  });
  it('explains bad input and bad lexicons', () => {
    expect(() => analyze(null as unknown as string)).toThrow(/analyze: expected text to be a string, got null/);
    const bad = (cue: Partial<TopicCue>) => () => createAnalyzer({ lexicon: { topicCues: [{ ...TOPIC_CUES[0]!, ...cue } as TopicCue] } });
    expect(bad({ weight: 2 })).toThrow(/topic cue 0 \(military_aid.arms_transfer.send_weapons\): weight must be a number in \(0, 1\], got number \(2\)/);
    expect(bad({ topic: 'sport' as TopicId })).toThrow(/topic must be one of military_aid, terrorism, diplomacy/);
    expect(bad({ phrases: ['...'] })).toThrow(/phrase string \("..."\) has no words to match/);
  });
  it('takes a user lexicon', () => {
    const cue: TopicCue = { id: 'military_aid.arms_transfer.drones', topic: 'military_aid', subtopic: 'arms_transfer', weight: 0.9, phrases: ['طائرات بدون طيار'] };
    const analyzer = createAnalyzer({ lexicon: { topicCues: [cue] } });
    expect(analyzer.analyze('تسلم الجيش طائرات بدون طيار').topics[0]).toMatchObject({ present: true, evidence: [{ cue: cue.id }] });
  });
});

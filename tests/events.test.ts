// Actor-to-actor events: the seeds' expected events, roles, modality, codes, and bad lexicon data.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, CAMEO, createAnalyzer, EVENT_CUES, type ActorEvent, type EventCue } from '../src/index';

interface Expected {
  source: string[];
  target: string[];
  mutual: boolean;
  cameo: string;
  modality: ActorEvent['modality'];
  holder: string;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
/** The event as it is told: mutual events by their parties, directed ones by their sides. */
const matches = (e: ActorEvent, want: Expected) =>
  e.cameo === want.cameo &&
  e.modality === want.modality &&
  e.holder === want.holder &&
  e.mutual === want.mutual &&
  (want.mutual ? sameSet([...e.source, ...e.target], [...want.source, ...want.target]) : sameSet(e.source, want.source) && sameSet(e.target, want.target));
const show = (e: ActorEvent) => `${e.source.join(',')} ${e.mutual ? '<>' : '->'} ${e.target.join(',')} ${e.cameo} ${e.modality} ${e.holder}`;
const eventsOf = (text: string) => analyze(text).events;
const one = (text: string) => {
  const events = eventsOf(text);
  expect(events.map(show), text).toHaveLength(1);
  return events[0]!;
};

describe('the seeds', () => {
  const fixtures = readdirSync('fixtures/seeds').filter((f) => /^\d{3}\.json$/.test(f)).sort();
  it.each(fixtures)('%s tells the events read in the article', (name) => {
    const fixture = JSON.parse(readFileSync(`fixtures/seeds/${name}`, 'utf8')) as { seed: string; events: Expected[] };
    const text = readFileSync(`seeds/${fixture.seed}`, 'utf8');
    const events = analyze(text).events;
    for (const want of fixture.events) expect(events.some((e) => matches(e, want)), `${JSON.stringify(want)} in\n${events.map(show).join('\n')}`).toBe(true);
    for (const e of events) {
      for (const t of [e.trigger, ...e.evidence]) expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(e.evidence[0]).toEqual(e.trigger);
      expect(CAMEO[e.cameo]!.goldstein).toBe(e.goldstein);
    }
  });
  it('004: the reader comments tell no event', () => {
    const name = readdirSync('seeds').find((f) => f.startsWith('004'))!;
    const text = readFileSync(`seeds/${name}`, 'utf8');
    const comments = text.indexOf('تعليقات الزوار');
    expect(analyze(text).events.flatMap((e) => e.evidence).every((t) => t.end <= comments)).toBe(true);
  });
  it('000: an arms delivery is cooperation while the author frames the suppliers against', () => {
    const name = readdirSync('seeds').find((f) => f.startsWith('000'))!;
    const a = analyze(readFileSync(`seeds/${name}`, 'utf8'));
    const delivery = a.events.find((e) => e.source.includes('FRA') && e.cameo === '072')!;
    expect(delivery).toMatchObject({ goldstein: 8.3, plover: { event: 'AID', context: 'military' } });
    expect(a.stances.find((s) => s.holder === 'author' && s.target === 'FRA')?.label).toBe('against');
  });
});

describe('who does what to whom', () => {
  it('gives the giver and the receiver of military aid, in either word order', () => {
    expect(one('أرسلت الجزائر أسلحة إلى النيجر')).toMatchObject({ source: ['DZA'], target: ['NER'], cameo: '072', mutual: false, modality: 'asserted', holder: 'author' });
    expect(one('الجزائر أرسلت شحنة من الذخيرة إلى النيجر')).toMatchObject({ source: ['DZA'], target: ['NER'], cameo: '072' });
    expect(one('قدمت تركيا للجيش النيجري دعما عسكريا')).toMatchObject({ source: ['TUR'], target: ['NER'], cameo: '072' });
    expect(one('وصلت مساعدات عسكرية روسية إلى بوركينا فاسو')).toMatchObject({ source: ['RUS'], target: ['BFA'], cameo: '072' });
  });
  it('reads receiving the other way round', () => {
    expect(one('تسلم الجيش المالي مروحيات من روسيا')).toMatchObject({ source: ['RUS'], target: ['MLI'], cameo: '072' });
    expect(one('حصلت النيجر على طائرات مسيرة تركية')).toMatchObject({ source: ['TUR'], target: ['NER'], cameo: '072' });
  });
  it('needs the military word for a verb that can give anything', () => {
    expect(eventsOf('أرسلت الجزائر وفدا إلى النيجر').filter((e) => e.cameo === '072')).toEqual([]);
    expect(eventsOf('قدمت فرنسا اعتذارا إلى الجزائر')).toEqual([]);
  });
  it('keeps every state of a list', () => {
    expect(one('استنجدت النيجر بالدعم العسكري لكل من روسيا وتركيا، والصين')).toMatchObject({ source: ['NER'], target: ['RUS', 'TUR', 'CHN'], cameo: '0232' });
  });
  it('tells mutual events by their parties, also through البلدين and الجانبان', () => {
    expect(one('تعزز التعاون العسكري بين المغرب وموريتانيا')).toMatchObject({ source: ['MAR'], target: ['MRT'], mutual: true, cameo: '062' });
    const e = eventsOf('زار الرئيس النيجري موسكو. ووقع الجانبان اتفاقية دفاع').find((x) => x.cameo === '057')!;
    expect(e).toMatchObject({ mutual: true });
    expect([...e.source, ...e.target].sort()).toEqual(['NER', 'RUS']);
  });
  it('tells visits from visitor to host', () => {
    expect(one('قام وزير الخارجية الموريتاني بزيارة إلى الرباط')).toMatchObject({ source: ['MRT'], target: ['MAR'], cameo: '042' });
  });
  it('needs both sides', () => {
    expect(eventsOf('أرسلت الحكومة أسلحة إلى الشمال')).toEqual([]);
    expect(eventsOf('توقيع اتفاق سلام بين الحكومة والمتمردين الطوارق')).toEqual([]);
  });
});

describe('modality', () => {
  it('negated: لم، لن، نفى، فشل في', () => {
    expect(one('لم ترسل الجزائر أسلحة إلى النيجر').modality).toBe('negated');
    expect(one('نفت تركيا تسليم مسيرات إلى النيجر').modality).toBe('negated');
    expect(one('فشلت المغرب وموريتانيا في توقيع اتفاقية تعاون عسكري').modality).toBe('negated');
  });
  it('future or promised: س، سوف، وعد، تعتزم', () => {
    expect(one('سترسل تركيا أسلحة إلى النيجر').modality).toBe('future');
    expect(one('تعتزم روسيا إرسال أسلحة إلى بوركينا فاسو').modality).toBe('future');
    expect(one('وعدت فرنسا بتقديم دعم عسكري إلى موريتانيا').modality).toBe('future');
  });
  it('not future when what is expected is a consequence of the event', () => {
    expect(one('يتوقع أن يؤدي التعاون العسكري بين المغرب وموريتانيا إلى استقرار المنطقة').modality).toBe('asserted');
  });
  it('reported by the holder of the clause; the words before أن are the outlet’s', () => {
    expect(one('كشفت مصادر أمنية أن تركيا سلمت مسيرات إلى النيجر')).toMatchObject({ modality: 'reported', holder: 'sources' });
    expect(one('أرسلت تركيا أسلحة إلى النيجر، حسب مصادر أمنية')).toMatchObject({ modality: 'reported', holder: 'sources' });
    expect(one('أعلن الرئيس النيجري بعد زيارة إلى أنقرة أن المحادثات كانت مثمرة')).toMatchObject({ source: ['NER'], target: ['TUR'], cameo: '042', modality: 'asserted' });
  });
  it('negation wins over the holder', () => {
    expect(one('قالت مصادر إن تركيا لم تسلم مسيرات إلى النيجر')).toMatchObject({ modality: 'negated', holder: 'sources' });
  });
});

describe('codes and tables', () => {
  it('carries CAMEO, Goldstein and PLOVER from the shipped tables', () => {
    const e = one('وقعت مالي وروسيا اتفاقية تعاون عسكري');
    expect(e).toMatchObject({ cameo: '057', description: 'Sign formal agreement', goldstein: 8, plover: { event: 'SUPPORT', context: 'diplomatic' } });
  });
  it('has a shipped code for every cue', () => {
    for (const cue of EVENT_CUES) expect(CAMEO[cue.cameo], cue.id).toBeDefined();
  });
  it('reports no event for text without actors, and never throws', () => {
    expect(eventsOf('')).toEqual([]);
    expect(eventsOf('أرسلت أسلحة إلى')).toEqual([]);
    expect(eventsOf('بين و، و بين ،، إلى من')).toEqual([]);
  });
});

describe('custom event lexicons', () => {
  const base: EventCue = { id: 'x.visit', cameo: '042', roles: 'directed', verbs: ['حل'] };
  it('uses the cues it is given', () => {
    const a = createAnalyzer({ lexicon: { eventCues: [base] } });
    expect(a.analyze('حل الرئيس الموريتاني بالرباط').events.map((e) => [e.source, e.target, e.cameo])).toEqual([[['MRT'], ['MAR'], '042']]);
  });
  it.each([
    [{ ...base, cameo: '999' }, /event cue 0 \(x\.visit\): cameo must be one of the shipped CAMEO codes/],
    [{ ...base, roles: 'both' }, /roles must be one of directed, receive, mutual/],
    [{ ...base, verbs: [] }, /give at least one verb, masdar or noun/],
    [{ ...base, verbs: ['...'] }, /verb "\.\.\." has no words to match/],
    [{ ...base, needs: ['أسلحة ثقيلة'] }, /each needed word must be one word/],
    [{ ...base, partyTypes: ['media'] }, /unknown party type "media"/],
  ])('rejects a bad entry with its name and problem: %#', (cue, message) => {
    expect(() => createAnalyzer({ lexicon: { eventCues: [cue as EventCue] } })).toThrow(message);
  });
  it('rejects a trigger two cues claim', () => {
    expect(() => createAnalyzer({ lexicon: { eventCues: [base, { ...base, id: 'y' }] } })).toThrow(/event cue 1 \(y\): the verb "حل" is already a verb of x\.visit/);
  });
});

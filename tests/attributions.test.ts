// Who says what: holders from reporting verbs and source markers, on sentences written for it
// and on the seeds.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attributions } from '../src/index';

const said = (text: string) => attributions(text).map((a) => [a.holder.id, a.cue.text, text.slice(a.start, a.end)]);

describe('attributions', () => {
  it('gives the clause after a reporting verb to the actor or group named after it', () => {
    expect(said('أكد متابعون أن فرنسا تدفع نحو الفوضى')).toEqual([['observers', 'أكد', 'فرنسا تدفع نحو الفوضى']]);
    expect(said('وقال المراقبون إن الوضع يتدهور')).toEqual([['observers', 'وقال', 'الوضع يتدهور']]);
    expect(said('أفاد خبراء بأن السلاح انتشر')).toEqual([['experts', 'أفاد', 'السلاح انتشر']]);
    expect(said('وأوضح غويتا أن "التعاون مع روسيا فعال"')).toEqual([['goita', 'وأوضح', '"التعاون مع روسيا فعال"']]);
  });
  it('prefers the leader to the nationality before him, and the state to a bare title', () => {
    expect(said('وأشار الرئيس الروسي فلاديمير بوتين إلى أن التبادل محدود')[0]![0]).toBe('putin');
    expect(said('قال وزير الدفاع المالي إن الوضع هادئ')[0]![0]).toBe('MLI');
    expect(said('قال الوزير إن الوضع هادئ')[0]![0]).toBe('officials');
  });
  it('finds the speaker before the verb, and goes on with him when the next verb names no one', () => {
    expect(said('وكان الرئيس بوتفليقة أكد أن الحوار ممكن')).toEqual([['bouteflika', 'أكد', 'الحوار ممكن']]);
    expect(said('أكد غويتا أن الشراكة قوية. وأضاف أن الجيش مستعد')).toEqual([
      ['goita', 'أكد', 'الشراكة قوية.'],
      ['goita', 'وأضاف', 'الجيش مستعد'],
    ]);
    expect(said('وأضاف أن الجيش مستعد')).toEqual([]);
  });
  it('reads source markers at the start and at the end of a sentence', () => {
    expect(said('وصل الوفد إلى باماكو، وفق ما أكده الجيش المالي')).toEqual([['MLI', 'وفق', 'وصل الوفد إلى باماكو']]);
    expect(said('نقلا عن مصادر أمنية فإن الهجوم فشل')).toEqual([['sources', 'نقلا عن', 'الهجوم فشل']]);
  });
  it('does not take an adjective or a plain sentence for reported speech', () => {
    expect(said('وتشهد العلاقات زخما لافتا بين البلدين')).toEqual([]);
    expect(said('وصل الوفد إلى باماكو')).toEqual([]);
    expect(said('')).toEqual([]);
    expect(() => attributions(1 as unknown as string)).toThrow(/attributions: expected text to be a string/);
  });
});

describe('attributions in the seeds', () => {
  const seed = (prefix: string) => readFileSync(`seeds/${readdirSync('seeds').find((f) => f.startsWith(prefix))!}`, 'utf8');
  const holderOf = (text: string, words: string) => {
    const at = text.indexOf(words);
    return attributions(text).find((a) => a.start <= at && at < a.end)?.holder.id ?? 'author';
  };
  it('002: what is said of France belongs to the observers, not the author', () => {
    const text = seed('002');
    expect(holderOf(text, 'فرنسا تدفع نحو تعفن الوضع')).toBe('observers');
    expect(holderOf(text, 'رغبة فرنسية غير معلنة')).toBe('observers');
    expect(holderOf(text, 'ويشار أيضا إلى أن الرئيس المالي')).toBe('author');
  });
  it('003: the trust in Russia is Goïta’s', () => {
    expect(holderOf(seed('003'), 'فعالية التعاون مع روسيا')).toBe('goita');
  });
  it('001: the interior minister and the Malian president speak for themselves', () => {
    const text = seed('001');
    expect(holderOf(text, 'أغلب الأسلحة التي تستعملها')).toBe('zerhouni');
    expect(holderOf(text, 'أغلب المتمردين')).toBe('amadou-toumani-toure');
  });
  it('004: the reader comments hold nothing', () => {
    const text = seed('004');
    const comments = text.indexOf('تعليقات الزوار');
    expect(attributions(text).every((a) => a.start < comments)).toBe(true);
  });
});

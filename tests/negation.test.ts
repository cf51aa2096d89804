// Negation and its false friends (DESIGN.md section 5), on sentences written for each trap:
// the predicate is the token whose text is given.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/index';
import { negationAt } from '../src/text/negation';

const at = (text: string, predicate: string) => {
  const tokens = tokenize(text);
  const i = tokens.findIndex((t) => t.text === predicate);
  if (i < 0) throw new Error(`no token ${predicate} in ${text}`);
  return negationAt(tokens, i, text);
};

describe('negationAt', () => {
  it.each([
    ['لم يتم تسليم الأسلحة إلى الجيش', 'تسليم'],
    ['لن ترسل فرنسا قوات جديدة', 'ترسل'],
    ['لا تقدم الحكومة أي دعم عسكري', 'تقدم'],
    ['ليس هناك اتفاق بين البلدين', 'اتفاق'],
    ['وقع الاتفاق دون مشاركة الجزائر', 'مشاركة'],
    ['أعلنت الحكومة عدم توقيع الاتفاقية', 'توقيع'],
    ['نفت باريس إرسال أسلحة إلى باماكو', 'إرسال'],
    ['ولم تتسلم القوات أي مروحيات', 'تتسلم'],
    ['رفض المصدر تقديم تفاصيل', 'تقديم'],
  ])('negated: %s', (text, predicate) => {
    expect(at(text, predicate)).toBe('negated');
  });
  it.each([
    ['فشل الوسطاء في التوصل إلى اتفاق', 'التوصل'],
    ['أخفقت الجزائر في تسوية الملف', 'تسوية'],
  ])('failed: %s', (text, predicate) => {
    expect(at(text, predicate)).toBe('failed');
  });
  it.each([
    ['لا يزال الجيش يتلقى شحنات أسلحة', 'يتلقى'],
    ['ما زال التنسيق الأمني قائما', 'التنسيق'],
    ['مازالت الدول الأربع تتابع تنسيقها', 'تتابع'],
    ['لا سيما بعد انسحاب القوات', 'انسحاب'],
    ['ولاسيما في دول المنطقة', 'دول'],
    ['أدوات ردع لا تكتسب إلا عبر شراكات', 'تكتسب'],
    ['انتشار غير مسبوق للسلاح', 'مسبوق'],
    ['مسرحا لأسلحة غربية لا تعد ولا تحصى', 'تعد'],
    ['هذا ما أفاد به ممثل الخارجية', 'أفاد'],
  ])('not negated: %s', (text, predicate) => {
    expect(at(text, predicate)).toBeNull();
  });
  it('pairs each trap with its plain twin', () => {
    expect(at('تسلم الجيش أسلحة', 'تسلم')).toBeNull();
    expect(at('لم تسلم فرنسا أسلحة', 'تسلم')).toBe('negated');
    expect(at('لا تعد الجزائر طرفا', 'تعد')).toBe('negated');
    expect(at('لا تعد ولا تحصى', 'تعد')).toBeNull();
  });
  it('stops at the clause edge', () => {
    expect(at('لم يحضر الوزير، وتم تسليم الأسلحة', 'وتم')).toBeNull();
    expect(at('لم يحضر\nتسليم الأسلحة', 'تسليم')).toBeNull();
  });
});

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
  it('reaches as far as the window the caller gives, and further for what أي introduces', () => {
    const text = 'لم يؤد الاتفاق الذي وقعته الأطراف قبل سنوات في العاصمة إلى تحقيق أي نتائج';
    const tokens = tokenize(text);
    const i = tokens.findIndex((t) => t.text === 'نتائج');
    expect(negationAt(tokens, i, text)).toBeNull();
    expect(negationAt(tokens, i, text, 6)).toBe('negated');
    const j = tokens.findIndex((t) => t.text === 'وقعته');
    expect(negationAt(tokens, j, text, 6)).toBeNull();
  });
  it('lets عدم and دون govern only the noun after them, and دون أن a clause', () => {
    const text = 'عدم التزام الحكومة بتعهداتها يثير الاستياء';
    const tokens = tokenize(text);
    expect(negationAt(tokens, tokens.findIndex((t) => t.text === 'التزام'), text, 6)).toBe('negated');
    expect(negationAt(tokens, tokens.findIndex((t) => t.text === 'يثير'), text, 6)).toBeNull();
    const other = 'انسحبت البعثة دون أن تحقق أي تقدم';
    const more = tokenize(other);
    expect(negationAt(more, more.findIndex((t) => t.text === 'تقدم'), other, 6)).toBe('negated');
  });
  it('takes the verbs of hiding and hesitating for assertions, and ليس ... سوى for a restriction', () => {
    expect(at('لا يخفي الكرملين أطماعه', 'يخفي')).toBeNull();
    expect(at('لا تتردد باريس في التدخل', 'تتردد')).toBeNull();
    const text = 'ليس المتمردون سوى أداة';
    const tokens = tokenize(text);
    expect(negationAt(tokens, tokens.findIndex((t) => t.text === 'أداة'), text, 6)).toBeNull();
  });
});

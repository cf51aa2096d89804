import { describe, expect, it } from 'vitest';
import { regions } from '../src/index';

const article = 'وصل وفد عسكري إلى باماكو أمس لبحث التعاون بين البلدين، وفق ما أفاد مصدر رسمي.';

describe('regions', () => {
  it('excludes reader comments from their heading to the end', () => {
    const page = `${article}\nتعليقات الزوار\nمقال رائع\nشكرا للكاتب`;
    const r = regions(page);
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ reason: 'comments', cue: 'تعليقات الزوار', end: page.length });
    expect(page.slice(r[0]!.start)).toBe('تعليقات الزوار\nمقال رائع\nشكرا للكاتب');
  });
  it('accepts headings with a colon or a count', () => {
    for (const heading of ['التعليقات (3)', 'التعليقات:', 'أضف تعليقك']) {
      expect(regions(`${article}\n${heading}\nرأي`)[0]?.reason).toBe('comments');
    }
  });
  it('marks share and follow lines alone', () => {
    const page = `مشاركة :\n${article}\nتابعنا عبر فيسبوك وتويتر\nالتعليقات مغلقة`;
    expect(regions(page).map((r) => [r.reason, r.cue])).toEqual([
      ['share', 'مشاركة :'],
      ['share', 'تابعنا عبر فيسبوك وتويتر'],
      ['share', 'التعليقات مغلقة'],
    ]);
  });
  it('marks related-article blocks with the headlines under them', () => {
    const page = `${article}\nاقرأ أيضا\nالجيش يتسلم مروحيات جديدة\nزيارة مرتقبة للوزير\n${article}`;
    const r = regions(page);
    expect(r).toHaveLength(1);
    expect(page.slice(r[0]!.start, r[0]!.end)).toBe('اقرأ أيضا\nالجيش يتسلم مروحيات جديدة\nزيارة مرتقبة للوزير');
    expect(regions(`${article}\nقد يعجبك ايضا: عنوان آخر\n${article}`)[0]).toMatchObject({ reason: 'related' });
  });
  it('marks runs of short lines without sentence punctuation as navigation', () => {
    const page = `الرئيسية\nسياسة\nاقتصاد\nرياضة\n${article}`;
    const r = regions(page);
    expect(r).toEqual([{ start: 0, end: page.indexOf('\n' + article), reason: 'navigation', cue: 'الرئيسية' }]);
  });
  it('leaves an article with a headline alone', () => {
    expect(regions(`الجزائر ترسل مساعدات عسكرية إلى مالي\n${article}\n${article}`)).toEqual([]);
    expect(regions('شارك الرئيس في القمة')).toEqual([]);
    expect(regions('')).toEqual([]);
  });
  it('explains bad input', () => {
    expect(() => regions(undefined as unknown as string)).toThrow(/regions: expected text to be a string, got undefined/);
  });
});

/**
 * Page furniture: the lines a scraper keeps that are not the article. Written as the pages
 * print them; they are normalised (and `ة`/`ه` folded) before matching. A cue matches a short
 * line that is the cue itself, the cue and a colon (`مشاركة :`), or the cue and a count
 * (`التعليقات (3)`); a cue of two words or more also matches at the start of a short line
 * (`تابعنا عبر فيسبوك`).
 */
export interface FurnitureCues {
  /** A heading that starts the reader comments: everything from it to the end is excluded. */
  readonly comments: readonly string[];
  /** Share, follow, print and comment-status lines: the line alone is excluded. */
  readonly share: readonly string[];
  /** Headings of related-article blocks: the heading and the short lines under it are excluded. */
  readonly related: readonly string[];
}

export const FURNITURE: FurnitureCues = {
  comments: [
    'تعليقات الزوار',
    'تعليقات القراء',
    'تعليقات القراء الكرام',
    'آراء القراء',
    'التعليقات',
    'تعليقات',
    'أضف تعليق',
    'أضف تعليقك',
    'اترك تعليقا',
    'اترك تعليقاً',
    'شارك برأيك',
    'أضف رأيك',
    'علق على الخبر',
  ],
  share: [
    'مشاركة',
    'شارك',
    'شارك المقال',
    'شارك الخبر',
    'شارك هذا المقال',
    'تابعنا عبر',
    'تابعنا على',
    'تابعونا على',
    'تابعونا عبر',
    'تابعوا آخر الأخبار',
    'التعليقات مغلقة',
    'أغلقت التعليقات',
    'طباعة',
    'حجم الخط',
    'اشترك في النشرة',
    'اشترك في نشرتنا',
    'انضم إلى قناتنا',
    'حمل تطبيق',
    'جميع الحقوق محفوظة',
    'كل الحقوق محفوظة',
  ],
  related: [
    'اقرأ أيضا',
    'اقرأ أيضاً',
    'اقرأ كذلك',
    'إقرأ أيضا',
    'مقالات ذات صلة',
    'أخبار ذات صلة',
    'مواضيع ذات صلة',
    'مقالات مشابهة',
    'قد يعجبك أيضا',
    'قد يعجبك ايضا',
    'قد يهمك أيضا',
    'قد يهمك',
    'الأكثر قراءة',
    'الأكثر مشاهدة',
    'شاهد أيضا',
    'اخترنا لك',
    'آخر الأخبار',
    'المزيد من الأخبار',
  ],
};

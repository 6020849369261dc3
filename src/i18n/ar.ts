// Every string the reader sees, in one place. Labels here are how people and tests find things.

/** On its own as well, for the pre-app paint, which cannot carry every string. */
export const skipToContent = 'انتقل إلى المحتوى';
/** The text size buttons' faces, painted by the pre-app script too: the same width in both. */
export const textSizeGlyphs = { smaller: 'أ-', larger: 'أ+' } as const;
/** On their own as well: the pre-app paint asks ahead for the fonts of the text under the article. */
export const share = 'مشاركة';
export const commentsHeading = (count: number) => `التعليقات (${count})`;
export const footerRights = (siteName: string) => `© ${siteName}`;

export const ar = {
  siteNameDefault: 'زاكروس عربية',
  skipToContent,
  home: 'الرئيسية',
  mainNav: 'التنقل الرئيسي',
  latestNews: 'آخر الأخبار',
  loadMore: 'المزيد',
  loadingMore: 'جارٍ التحميل…',
  loading: 'جارٍ التحميل…',
  noArticles: 'لا توجد أخبار بعد',
  retry: 'إعادة المحاولة',
  loadError: 'تعذّر تحميل المحتوى. تحقّق من اتصالك ثم أعد المحاولة.',
  articleLoadError: 'تعذّر تحميل الخبر.',
  listLoadError: 'تعذّر تحميل الأخبار.',
  tagPageTitle: (name: string) => `أخبار ${name}`,
  tags: 'الوسوم',
  weather: 'الطقس',
  publishedOn: 'نُشر في',
  share,
  commentsHeading,
  linkCopied: 'تم نسخ الرابط',
  shareFailed: 'تعذّرت المشاركة. انسخ الرابط من شريط العنوان.',
  notFoundTitle: 'الصفحة غير موجودة',
  notFoundBody: 'لم نجد ما تبحث عنه. ربما نُقل الخبر أو أن الرابط غير صحيح.',
  articleNotFoundTitle: 'الخبر غير موجود',
  backHome: 'العودة إلى الصفحة الرئيسية',
  offline: 'أنت غير متصل بالإنترنت. ما حُمّل يبقى متاحاً للقراءة.',
  footerRights,
  textSize: { label: 'حجم الخط', smaller: 'تصغير الخط', larger: 'تكبير الخط' },
} as const;

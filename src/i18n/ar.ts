// Every string the reader sees, in one place. Labels here are how people and tests find things.

/** The text size buttons' faces. */
export const textSizeGlyphs = { smaller: 'أ-', larger: 'أ+' } as const;

export const ar = {
  siteNameDefault: 'زاكروس عربية',
  skipToContent: 'انتقل إلى المحتوى',
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
  /** A part whose code did not load: the page around it stays. */
  commentsPartFailed: 'تعذّر تحميل قسم التعليقات.',
  notificationSettingsPartFailed: 'تعذّر تحميل إعدادات الإشعارات.',
  tagPageTitle: (name: string) => `أخبار ${name}`,
  tagDescription: (name: string, siteName: string) => `آخر أخبار ${name} من ${siteName}`,
  siteDescription: (siteName: string) => `${siteName}: آخر أخبار العراق وإقليم كوردستان`,
  tags: 'الوسوم',
  weather: 'الطقس',
  publishedOn: 'نُشر في',
  share: 'مشاركة',
  commentsHeading: (count: number) => `التعليقات (${count})`,
  linkCopied: 'تم نسخ الرابط',
  shareFailed: 'تعذّرت المشاركة. انسخ الرابط من شريط العنوان.',
  notFoundTitle: 'الصفحة غير موجودة',
  notFoundBody: 'لم نجد ما تبحث عنه. ربما نُقل الخبر أو أن الرابط غير صحيح.',
  articleNotFoundTitle: 'الخبر غير موجود',
  backHome: 'العودة إلى الصفحة الرئيسية',
  offline: 'أنت غير متصل بالإنترنت. ما حُمّل يبقى متاحاً للقراءة.',
  footerRights: (siteName: string) => `© ${siteName}`,
  textSize: { label: 'حجم الخط', smaller: 'تصغير الخط', larger: 'تكبير الخط' },
} as const;

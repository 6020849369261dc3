// The comments' strings, in the comments' own chunk: they load with the comments.

export const arComments = {
  empty: 'لا توجد تعليقات حتى الآن',
  loadError: 'تعذّر تحميل التعليقات.',
  sortLabel: 'ترتيب التعليقات',
  newest: 'الأحدث',
  oldest: 'الأقدم',
  loadMore: 'عرض المزيد من التعليقات',
  reply: 'رد',
  cancelReply: 'إلغاء الرد',
  pending: 'بانتظار المراجعة',
  /** The words before a name that stays isolated in its own direction. */
  replyingToLabel: 'ردّاً على',
  sending: 'جارٍ الإرسال…',
  waitingForConnection: 'في انتظار الاتصال',
  list: 'قائمة التعليقات',
  repliesTo: (name: string) => `الردود على ${name}`,
  permalink: 'رابط التعليق',
  permalinkMissing: 'لم يُعثر على التعليق المطلوب: ربما حُذف أو لم يُنشر بعد.',
} as const;

/** The guest form's validation, shared by the form and the contract (src/api/comment-schemas). */
export const arValidation = {
  nameTooShort: 'الاسم قصير جداً: حرفان على الأقل',
  nameTooLong: 'الاسم طويل جداً: 50 حرفاً على الأكثر',
  emailInvalid: 'البريد الإلكتروني غير صحيح',
  bodyRequired: 'اكتب تعليقك أولاً',
  bodyTooLong: 'التعليق طويل جداً: 2000 حرف على الأكثر',
} as const;

export const arForm = {
  heading: 'الرد كضيف',
  replyHeadingLabel: 'الرد على',
  fixErrors: 'تحقّق من الحقول:',
  name: 'الاسم',
  email: 'البريد الإلكتروني',
  emailHint: 'اختياري، لن يظهر للعموم',
  body: 'التعليق',
  submit: 'إرسال',
  honeypot: 'اترك هذا الحقل فارغاً',
  counter: (used: number, max: number) => `${used} / ${max}`,
  remember: 'تذكّر بياناتي',
  forget: 'انسَ بياناتي',
  willSendOnline: 'سيتم الإرسال عند عودة الاتصال',
  retryAfter: (seconds: number) => `يمكنك المحاولة بعد ${seconds} ثانية`,
  sendFailed: 'تعذّر إرسال التعليق. نصّك محفوظ، أعد المحاولة.',
  sent: 'تم نشر تعليقك',
  sentPending: 'تم استلام تعليقك وهو بانتظار المراجعة',
} as const;

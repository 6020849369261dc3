// The notification opt-in's strings, in its own chunk: they load with the prompt.

export const arNotifications = {
  title: 'هل ترغب في تلقي إشعارات؟',
  body: 'ابق على اطلاع بآخر أخبارنا وأحداثنا.',
  allow: 'السماح',
  later: 'لاحقاً',
  close: 'إغلاق',
  retry: 'إعادة المحاولة',
  working: 'جارٍ تفعيل الإشعارات…',
  enabled: 'تم تفعيل الإشعارات. سنرسل إليك أهم الأخبار.',
  errorNoPushService: 'تعذّر الوصول إلى خدمة الإشعارات في متصفحك. تحقّق من اتصالك ثم أعد المحاولة.',
  errorApi: 'تعذّر حفظ اشتراكك في الإشعارات. تحقّق من اتصالك ثم أعد المحاولة.',
  errorGeneric: 'تعذّر تفعيل الإشعارات. أعد المحاولة.',
  errorDisable: 'تعذّر إيقاف الإشعارات. أعد المحاولة.',
  footer: {
    label: 'إشعارات الأخبار',
    stateOn: 'الإشعارات: مفعّلة',
    stateOff: 'الإشعارات: متوقفة',
    /** The browser subscribed, the server was never told: not on, and a retry finishes it. */
    stateUnfinished: 'الإشعارات: لم يكتمل التفعيل',
    finish: 'إكمال التفعيل',
    turnOn: 'تفعيل الإشعارات',
    turnOff: 'إيقاف الإشعارات',
    turningOn: 'جارٍ التفعيل…',
    turningOff: 'جارٍ الإيقاف…',
    unsupported: 'متصفحك لا يدعم إشعارات الأخبار.',
    needsInstall:
      'لتلقي الإشعارات على iPhone أو iPad: أضف الموقع إلى الشاشة الرئيسية من زر المشاركة، ثم افتحه من أيقونته واسمح بالإشعارات.',
    blocked:
      'الإشعارات محظورة لهذا الموقع في متصفحك. لتفعيلها: افتح إعدادات الموقع (رمز القفل بجانب العنوان)، واختر «السماح» للإشعارات، ثم أعد تحميل الصفحة.',
  },
} as const;

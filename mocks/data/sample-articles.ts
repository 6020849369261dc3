/** Sample news for the mock API: invented, short, across a few tags, older than the reference. */
import type { Article, Image, Tag } from '../../src/api/schemas';

export const tags = {
  iraq: { slug: 'iraq', name: 'العراق' },
  kurdistan: { slug: 'kurdistan', name: 'إقليم كوردستان' },
  economy: { slug: 'economy', name: 'اقتصاد' },
  sports: { slug: 'sports', name: 'رياضة' },
  culture: { slug: 'culture', name: 'ثقافة' },
} satisfies Record<string, Tag>;

type Sample = Omit<Article, 'commentCount' | 'source'> & { source?: string };

const samples: Sample[] = [
  {
    slug: 'erbil-spring-book-fair',
    title: 'انطلاق معرض أربيل الدولي للكتاب بمشاركة أكثر من 300 دار نشر',
    subtitle: 'المعرض يستمر عشرة أيام ويضم ندوات وأمسيات شعرية',
    publishedAt: '2021-05-19T10:00:00+03:00',
    tags: [tags.culture, tags.kurdistan],
    body: [
      'افتتح في أربيل صباح اليوم معرض الكتاب الدولي بمشاركة دور نشر عربية وكوردية وأجنبية، وسط إقبال لافت من الطلبة والعائلات.',
      'وقال القائمون على المعرض إن البرنامج الثقافي المرافق يتضمن ندوات عن الترجمة وأمسيات شعرية وورشاً للأطفال.',
    ],
  },
  {
    slug: 'dinar-exchange-rate-stable',
    title: 'استقرار سعر صرف الدينار أمام الدولار في الأسواق المحلية',
    subtitle: 'البنك المركزي يؤكد كفاية الاحتياطي لتغطية الطلب',
    publishedAt: '2021-05-18T13:20:00+03:00',
    tags: [tags.economy, tags.iraq],
    body: [
      'شهدت أسواق الصرف في بغداد وأربيل استقراراً في سعر الدينار أمام الدولار خلال تعاملات اليوم.',
      'وأكد البنك المركزي في بيان أن احتياطياته من العملة الأجنبية كافية لتلبية الطلب في الأشهر المقبلة.',
    ],
  },
  {
    slug: 'erbil-fc-league-win',
    title: 'نادي أربيل يحقق فوزاً ثميناً ويقترب من صدارة الدوري',
    subtitle: 'هدفان في الشوط الثاني حسما المباراة',
    publishedAt: '2021-05-17T21:45:00+03:00',
    tags: [tags.sports, tags.kurdistan],
    body: [
      'حقق نادي أربيل فوزاً مهماً على ضيفه بهدفين دون رد في المباراة التي أقيمت على ملعب فرانسو حريري.',
      'وبهذا الفوز يرتقي الفريق إلى المركز الثاني بفارق نقطة واحدة عن المتصدر.',
    ],
  },
  {
    slug: 'duhok-dam-water-levels',
    title: 'ارتفاع مناسيب المياه في سد دهوك بعد أمطار غزيرة',
    subtitle: 'مديرية السدود تطمئن السكان وتدعو إلى الحذر قرب مجاري الوديان',
    publishedAt: '2021-05-16T09:10:00+03:00',
    tags: [tags.kurdistan],
    body: [
      'أعلنت مديرية السدود في محافظة دهوك ارتفاع مناسيب المياه في السد إلى أعلى مستوى لها منذ سنوات.',
      'ودعت المديرية المواطنين إلى تجنب الاقتراب من مجاري الوديان خلال الأيام المقبلة.',
    ],
  },
  {
    slug: 'basra-port-expansion',
    title: 'بدء أعمال توسعة ميناء الفاو الكبير',
    subtitle: 'المشروع يهدف إلى رفع الطاقة الاستيعابية ودعم التجارة',
    publishedAt: '2021-05-15T11:30:00+03:00',
    tags: [tags.economy, tags.iraq],
    body: [
      'بدأت الشركات المنفذة أعمال المرحلة الجديدة من توسعة ميناء الفاو الكبير جنوبي البصرة.',
      'ويقول مسؤولون إن المشروع الستراتيجي سيوفر آلاف فرص العمل ويختصر زمن نقل البضائع.',
    ],
  },
  {
    slug: 'sulaymaniyah-film-festival',
    title: 'مهرجان السليمانية السينمائي يعلن قائمة الأفلام المشاركة',
    subtitle: 'أفلام من 20 بلداً تتنافس على جوائز الدورة الجديدة',
    publishedAt: '2021-05-14T18:00:00+03:00',
    tags: [tags.culture, tags.kurdistan],
    body: [
      'أعلنت إدارة مهرجان السليمانية السينمائي قائمة الأفلام المشاركة في دورته الجديدة.',
      'وتضم القائمة أفلاماً روائية ووثائقية قصيرة وطويلة من عشرين بلداً.',
    ],
  },
  {
    slug: 'iraq-national-team-squad',
    title: 'مدرب المنتخب العراقي يعلن قائمة اللاعبين لتصفيات كأس العالم',
    subtitle: 'عودة لاعبين محترفين إلى التشكيلة بعد غياب',
    publishedAt: '2021-05-13T16:40:00+03:00',
    tags: [tags.sports, tags.iraq],
    body: [
      'أعلن مدرب المنتخب العراقي لكرة القدم قائمة تضم 26 لاعباً استعداداً لمباريات التصفيات المقبلة.',
      'وشهدت القائمة عودة عدد من المحترفين في الدوريات الخارجية.',
    ],
  },
  {
    slug: 'kurdistan-tourism-season',
    title: 'توقعات بموسم سياحي نشط في مصايف إقليم كوردستان',
    subtitle: 'الفنادق تسجل نسب حجز مرتفعة قبل عطلة العيد',
    publishedAt: '2021-05-12T08:15:00+03:00',
    tags: [tags.kurdistan, tags.economy],
    body: [
      'تتوقع هيئة السياحة في الإقليم توافد أعداد كبيرة من الزوار على المصايف خلال عطلة العيد.',
      'وأشارت إلى أن نسب الحجز في فنادق شقلاوة وكلي علي بك تجاوزت ثمانين في المئة.',
    ],
  },
  {
    slug: 'baghdad-electricity-summer-plan',
    title: 'وزارة الكهرباء تعلن خطة لتحسين التجهيز خلال الصيف',
    subtitle: 'إضافة محطات تحويل جديدة في بغداد والمحافظات',
    publishedAt: '2021-05-11T12:00:00+03:00',
    tags: [tags.iraq],
    body: [
      'أعلنت وزارة الكهرباء خطة لتحسين ساعات التجهيز خلال أشهر الصيف تتضمن إضافة محطات تحويل جديدة.',
      'وقال متحدث باسم الوزارة إن العمل جارٍ لربط خطوط نقل إضافية قبل ذروة الأحمال.',
    ],
  },
  {
    slug: 'erbil-citadel-restoration',
    title: 'مرحلة جديدة من ترميم قلعة أربيل التاريخية',
    subtitle: 'أعمال تشمل البوابة الجنوبية وعدداً من البيوت التراثية',
    publishedAt: '2021-05-10T10:30:00+03:00',
    tags: [tags.culture, tags.kurdistan],
    body: [
      'بدأت الهيئة العليا لإحياء قلعة أربيل مرحلة جديدة من أعمال الترميم تشمل البوابة الجنوبية.',
      'وتعد القلعة من أقدم المواقع المأهولة في العالم وهي مدرجة على قائمة التراث العالمي.',
    ],
  },
  {
    slug: 'wheat-harvest-nineveh',
    title: 'تقديرات بمحصول قمح وفير في سهل نينوى',
    subtitle: 'الأمطار المبكرة أسهمت في تحسن الإنتاج',
    publishedAt: '2021-05-09T14:50:00+03:00',
    tags: [tags.economy, tags.iraq],
    body: [
      'يتوقع مزارعون في سهل نينوى محصولاً وفيراً من القمح هذا العام بفضل الأمطار المبكرة.',
      'وبدأت مراكز التسويق باستلام الدفعات الأولى من الحبوب.',
    ],
  },
  {
    slug: 'duhok-marathon',
    title: 'مئات العدائين يشاركون في ماراثون دهوك السنوي',
    subtitle: 'السباق يجمع رياضيين من داخل العراق وخارجه',
    publishedAt: '2021-05-08T07:30:00+03:00',
    tags: [tags.sports, tags.kurdistan],
    body: [
      'شارك مئات العدائين في ماراثون دهوك السنوي الذي انطلق من وسط المدينة صباح اليوم.',
      'وخصص المنظمون سباقاً قصيراً للأطفال وآخر لذوي الاحتياجات الخاصة.',
    ],
  },
  {
    slug: 'mosul-library-reopens',
    title: 'إعادة افتتاح المكتبة المركزية في جامعة الموصل',
    subtitle: 'آلاف الكتب المهداة تعود إلى رفوف المكتبة',
    publishedAt: '2021-05-07T11:00:00+03:00',
    tags: [tags.culture, tags.iraq],
    body: [
      'أعيد افتتاح المكتبة المركزية في جامعة الموصل بعد أعمال إعادة إعمار استمرت أكثر من عامين.',
      'وتضم المكتبة اليوم عشرات الآلاف من الكتب التي أهدتها مؤسسات وأفراد من داخل العراق وخارجه.',
    ],
  },
];

const WIDTHS = [400, 800, 1200] as const;

/**
 * A sample picture (drawn by scripts/make-sample-images.mjs, committed under public/): 16:9, the
 * largest as `url`, all three widths as `variants`.
 */
function picture(name: string, alt: string, caption: string, credit: string): Image {
  const url = (width: number) => `/images/samples/${name}-${width}.webp`;
  return {
    url: url(1200),
    width: 1200,
    height: 675,
    alt,
    caption,
    credit,
    variants: WIDTHS.map((width) => ({ url: url(width), width })),
  };
}

/** Pictures, bylines and corrections, by article: most have a picture, some an author or an update. */
const extras: Record<string, Pick<Article, 'image' | 'author' | 'updatedAt'>> = {
  'erbil-spring-book-fair': {
    image: picture(
      'book-fair',
      'رسم لرفوف كتب ملونة أمام تلال عند الغروب',
      'أجنحة دور النشر في يوم الافتتاح',
      'زاكروس',
    ),
    author: { name: 'هيفي عبد الله' },
  },
  'dinar-exchange-rate-stable': {
    image: picture('market', 'رسم لقطع نقدية ذهبية أمام تلال خضراء', 'سوق الصرف في أربيل', 'زاكروس'),
    updatedAt: '2021-05-18T16:05:00+03:00',
  },
  'erbil-fc-league-win': {
    image: picture('stadium', 'رسم لملعب ليلي تضيئه أبراج الإنارة', 'ملعب فرانسو حريري', 'زاكروس'),
    author: { name: 'كاروان محمد' },
  },
  'duhok-dam-water-levels': {
    image: picture('dam', 'رسم لسد تتجمع أمامه المياه بين التلال', 'سد دهوك بعد الأمطار', 'مديرية السدود'),
  },
  'basra-port-expansion': {
    image: picture('port', 'رسم لرافعات ميناء عند الغروب', 'أرصفة ميناء الفاو الكبير', 'زاكروس'),
    updatedAt: '2021-05-15T15:45:00+03:00',
  },
  'sulaymaniyah-film-festival': {
    image: picture(
      'festival',
      'رسم لشاشة عرض ومقاعد في الليل',
      'قاعة العروض الرئيسية للمهرجان',
      'إدارة المهرجان',
    ),
  },
  'kurdistan-tourism-season': {
    image: picture('tourism', 'رسم لجبال وتلال خضراء تحت سماء صافية', 'مصايف شقلاوة', 'هيئة السياحة'),
    author: { name: 'هيفي عبد الله' },
  },
  'erbil-citadel-restoration': {
    image: picture('citadel', 'رسم لأسوار قلعة قديمة فوق تل', 'أسوار قلعة أربيل', 'زاكروس'),
  },
  'wheat-harvest-nineveh': {
    image: picture('harvest', 'رسم لسنابل قمح في حقل ذهبي', 'حقول القمح في سهل نينوى', 'زاكروس'),
  },
  'mosul-library-reopens': {
    image: picture(
      'library',
      'رسم لرفوف كتب ملونة في قاعة هادئة',
      'قاعة القراءة في المكتبة المركزية',
      'جامعة الموصل',
    ),
  },
};

export const sampleArticles: Article[] = samples.map((sample) => ({
  source: 'زاكروس عربية – أربيل',
  ...sample,
  ...extras[sample.slug],
  commentCount: 0,
}));

/** The breaking story the mock announces by default. */
export const breakingSlug = 'duhok-dam-water-levels';

/**
 * Dates and times, always in the site's time zone (Asia/Baghdad) with Iraqi month names and Latin
 * digits: «الثلاثاء 26 تشرين الثاني 05:16».
 *
 * Plain arithmetic, not `Intl`: the first `Intl.DateTimeFormat` or `Intl.PluralRules` in a page
 * loads the locale's data, 40–90 ms of main thread on this project's benchmark machine before a
 * phone's slowdown, and the article's date is on its first screen. Iraq has kept UTC+3 all year
 * since it dropped daylight saving time in 2008, so a fixed offset is the zone's rule; a summer
 * time before 2008 would print an hour early. The unit tests hold every function here to `Intl`'s
 * own answers (ar-IQ, Asia/Baghdad, Arabic plural rules).
 */
const BAGHDAD_OFFSET_MS = 3 * 60 * 60 * 1000;

const MONTHS = [
  'كانون الثاني',
  'شباط',
  'آذار',
  'نيسان',
  'أيار',
  'حزيران',
  'تموز',
  'آب',
  'أيلول',
  'تشرين الأول',
  'تشرين الثاني',
  'كانون الأول',
] as const;
const WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'] as const;

type WallClock = { year: number; month: string; day: number; weekday: string; time: string };

/** The date and time on a wall clock in Baghdad. */
function baghdad(date: Date): WallClock {
  const wall = new Date(date.getTime() + BAGHDAD_OFFSET_MS);
  const twoDigits = (value: number) => String(value).padStart(2, '0');
  return {
    year: wall.getUTCFullYear(),
    month: MONTHS[wall.getUTCMonth()] ?? '',
    day: wall.getUTCDate(),
    weekday: WEEKDAYS[wall.getUTCDay()] ?? '',
    time: `${twoDigits(wall.getUTCHours())}:${twoDigits(wall.getUTCMinutes())}`,
  };
}

/** «الثلاثاء 26 تشرين الثاني 05:16», the header's clock. */
export function formatHeaderDateTime(date: Date): string {
  const p = baghdad(date);
  return `${p.weekday} ${p.day} ${p.month} ${p.time}`;
}

/** «26 تشرين الثاني 2024», an article's date in lists and under its title. */
export function formatArticleDate(date: Date): string {
  const p = baghdad(date);
  return `${p.day} ${p.month} ${p.year}`;
}

/** «26 تشرين الثاني 2024 05:16», the absolute time of a comment. */
export function formatDateTime(date: Date): string {
  const p = baghdad(date);
  return `${p.day} ${p.month} ${p.year} ${p.time}`;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Arabic's plural categories (CLDR) for a whole number. */
export function arabicPluralCategory(count: number): Intl.LDMLPluralRule {
  const lastTwo = count % 100;
  if (count === 0) return 'zero';
  if (count === 1) return 'one';
  if (count === 2) return 'two';
  if (lastTwo >= 3 && lastTwo <= 10) return 'few';
  if (lastTwo >= 11) return 'many';
  return 'other';
}

/** Arabic counts need their plural forms: «دقيقة», «دقيقتين», «3 دقائق», «11 دقيقة». */
type UnitForms = { one: string; two: string; few: string; many: string };
const MINUTE: UnitForms = { one: 'دقيقة', two: 'دقيقتين', few: 'دقائق', many: 'دقيقة' };
const HOUR: UnitForms = { one: 'ساعة', two: 'ساعتين', few: 'ساعات', many: 'ساعة' };

function ago(count: number, forms: UnitForms): string {
  const category = arabicPluralCategory(count);
  if (category === 'one') return `منذ ${forms.one}`;
  if (category === 'two') return `منذ ${forms.two}`;
  return `منذ ${count} ${category === 'few' ? forms.few : forms.many}`;
}

/** «منذ 5 دقائق» within a day, the absolute date and time after that. */
export function formatCommentTime(date: Date, now: Date): string {
  const elapsedMs = now.getTime() - date.getTime();
  if (elapsedMs >= DAY_MS) return formatDateTime(date);
  const minutes = Math.floor(Math.max(0, elapsedMs) / 60_000);
  if (minutes < 1) return 'الآن';
  if (minutes < 60) return ago(minutes, MINUTE);
  return ago(Math.floor(minutes / 60), HOUR);
}

/** The minute `date` falls in, as the header's clock shows it (no seconds, in its `datetime` too). */
export function startOfMinute(date: Date): Date {
  return new Date(date.getTime() - (date.getTime() % 60_000));
}

/** Milliseconds until the next minute starts, so a clock can tick exactly on the minute. */
export function msUntilNextMinute(now: Date): number {
  return 60_000 - (now.getTime() % 60_000);
}

/**
 * Dates and times, always in the site's time zone and with Iraqi month names and Latin digits.
 * `Intl` gives the names; the shapes are built from `formatToParts` because the locale's own
 * pattern («الثلاثاء، 26 تشرين الثاني في 05:16») is not the one the site prints.
 */
export const LOCALE = 'ar-IQ-u-nu-latn';
export const SITE_TIME_ZONE = 'Asia/Baghdad';

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(LOCALE, { timeZone: SITE_TIME_ZONE, ...options });
    formatters.set(key, cached);
  }
  return cached;
}

type Parts = Partial<Record<Intl.DateTimeFormatPartTypes, string>>;
function parts(date: Date, options: Intl.DateTimeFormatOptions): Parts {
  const result: Parts = {};
  for (const part of formatter(options).formatToParts(date)) {
    if (part.type !== 'literal') result[part.type] = part.value;
  }
  return result;
}

/** «الثلاثاء 26 تشرين الثاني 05:16», the header's clock. */
export function formatHeaderDateTime(date: Date): string {
  const p = parts(date, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return `${p.weekday} ${p.day} ${p.month} ${p.hour}:${p.minute}`;
}

/** «26 تشرين الثاني 2024», an article's date in lists and under its title. */
export function formatArticleDate(date: Date): string {
  const p = parts(date, { day: 'numeric', month: 'long', year: 'numeric' });
  return `${p.day} ${p.month} ${p.year}`;
}

/** «26 تشرين الثاني 2024 05:16», the absolute time of a comment. */
export function formatDateTime(date: Date): string {
  const p = parts(date, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return `${p.day} ${p.month} ${p.year} ${p.hour}:${p.minute}`;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const plural = new Intl.PluralRules('ar');

/** Arabic counts need their plural forms: «دقيقة», «دقيقتين», «3 دقائق», «11 دقيقة». */
type UnitForms = { one: string; two: string; few: string; many: string };
const MINUTE: UnitForms = { one: 'دقيقة', two: 'دقيقتين', few: 'دقائق', many: 'دقيقة' };
const HOUR: UnitForms = { one: 'ساعة', two: 'ساعتين', few: 'ساعات', many: 'ساعة' };

function ago(count: number, forms: UnitForms): string {
  const category = plural.select(count);
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

/** Milliseconds until the next minute starts, so a clock can tick exactly on the minute. */
export function msUntilNextMinute(now: Date): number {
  return 60_000 - (now.getTime() % 60_000);
}

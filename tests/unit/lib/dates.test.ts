import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  arabicPluralCategory,
  formatArticleDate,
  formatCommentTime,
  formatDateTime,
  formatHeaderDateTime,
  msUntilNextMinute,
} from '@/lib/dates';

describe('header date and time', () => {
  it('prints the reference shape in Baghdad time, whatever the machine zone', () => {
    // 02:16 UTC is 05:16 in Baghdad (UTC+3, no daylight saving).
    expect(formatHeaderDateTime(new Date('2024-11-26T02:16:00Z'))).toBe('الثلاثاء 26 تشرين الثاني 05:16');
  });

  it('rolls the day over at Baghdad midnight, not UTC midnight', () => {
    expect(formatHeaderDateTime(new Date('2024-11-26T21:05:00Z'))).toBe('الأربعاء 27 تشرين الثاني 00:05');
  });

  it('uses Iraqi month names and Latin digits', () => {
    const text = formatHeaderDateTime(new Date('2021-05-20T08:09:00Z'));
    expect(text).toBe('الخميس 20 أيار 11:09');
    expect(text).not.toMatch(/[٠-٩]/);
  });

  it('counts down to the start of the next minute', () => {
    expect(msUntilNextMinute(new Date('2024-11-26T02:16:45.500Z'))).toBe(14_500);
  });
});

describe('article and comment dates', () => {
  it('prints an article date with its year', () => {
    expect(formatArticleDate(new Date('2021-05-20T14:30:00+03:00'))).toBe('20 أيار 2021');
  });

  const now = new Date('2024-11-26T12:00:00Z');
  it.each([
    [20_000, 'الآن'],
    [60_000, 'منذ دقيقة'],
    [2 * 60_000, 'منذ دقيقتين'],
    [5 * 60_000, 'منذ 5 دقائق'],
    [11 * 60_000, 'منذ 11 دقيقة'],
    [3 * 3_600_000, 'منذ 3 ساعات'],
  ])('says how long ago a comment was written (%i ms)', (elapsed, expected) => {
    expect(formatCommentTime(new Date(now.getTime() - elapsed), now)).toBe(expected);
  });

  it('gives the absolute date and time after a day', () => {
    expect(formatCommentTime(new Date('2024-11-24T09:30:00Z'), now)).toBe('24 تشرين الثاني 2024 12:30');
  });
});

describe('the arithmetic agrees with Intl', () => {
  // Intl is the reference the formatting is held to: ar-IQ names, Latin digits, Baghdad's zone.
  const intl = (options: Intl.DateTimeFormatOptions) => {
    const format = new Intl.DateTimeFormat('ar-IQ-u-nu-latn', { timeZone: 'Asia/Baghdad', ...options });
    return (date: Date) =>
      Object.fromEntries(
        format
          .formatToParts(date)
          .filter((part) => part.type !== 'literal')
          .map((part) => [part.type, part.value]),
      );
  };
  const header = intl({
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const full = intl({
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  // Iraq has kept UTC+3 all year since 2008.
  const sinceFixedOffset = fc.date({
    min: new Date('2008-01-01T00:00:00Z'),
    max: new Date('2100-01-01T00:00:00Z'),
    noInvalidDate: true,
  });

  it('prints the same clock, day names and month names', () => {
    fc.assert(
      fc.property(sinceFixedOffset, (date) => {
        const h = header(date);
        expect(formatHeaderDateTime(date)).toBe(`${h.weekday} ${h.day} ${h.month} ${h.hour}:${h.minute}`);
        const f = full(date);
        expect(formatDateTime(date)).toBe(`${f.day} ${f.month} ${f.year} ${f.hour}:${f.minute}`);
        expect(formatArticleDate(date)).toBe(`${f.day} ${f.month} ${f.year}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('names every month and weekday as Intl does', () => {
    // The 1st of each month of 2025 and seven days in a row cover every name once.
    for (let month = 0; month < 12; month++) {
      const date = new Date(Date.UTC(2025, month, 1, 9));
      expect(formatArticleDate(date)).toBe(`1 ${full(date).month} 2025`);
    }
    for (let day = 1; day <= 7; day++) {
      const date = new Date(Date.UTC(2025, 5, day, 9));
      expect(formatHeaderDateTime(date).split(' ')[0]).toBe(header(date).weekday);
    }
  });

  it('picks the plural category Intl.PluralRules picks for Arabic', () => {
    const rules = new Intl.PluralRules('ar');
    for (let count = 0; count <= 1000; count++) expect(arabicPluralCategory(count)).toBe(rules.select(count));
  });
});

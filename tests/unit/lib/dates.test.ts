import { describe, expect, it } from 'vitest';
import { formatArticleDate, formatCommentTime, formatHeaderDateTime, msUntilNextMinute } from '@/lib/dates';

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

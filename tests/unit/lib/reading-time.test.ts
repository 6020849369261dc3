import { describe, expect, it } from 'vitest';
import { formatReadingTime, readingMinutes } from '@/lib/reading-time';

describe('reading time', () => {
  it('says the minutes with Arabic’s counted forms', () => {
    expect(formatReadingTime(1)).toBe('دقيقة واحدة للقراءة');
    expect(formatReadingTime(2)).toBe('دقيقتان للقراءة');
    expect(formatReadingTime(3)).toBe('3 دقائق للقراءة');
    expect(formatReadingTime(10)).toBe('10 دقائق للقراءة');
    expect(formatReadingTime(11)).toBe('11 دقيقة للقراءة');
    expect(formatReadingTime(25)).toBe('25 دقيقة للقراءة');
    expect(formatReadingTime(100)).toBe('100 دقيقة للقراءة');
    expect(formatReadingTime(103)).toBe('103 دقائق للقراءة');
  });

  it('counts words at 180 a minute, one minute at least', () => {
    expect(readingMinutes([])).toBe(1);
    expect(readingMinutes(['كلمة '.repeat(90)])).toBe(1);
    expect(readingMinutes(['كلمة '.repeat(360), 'كلمة '.repeat(180)])).toBe(3);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  highlightParts,
  isSearchable,
  matchesAll,
  normalizeArabic,
  SEARCH_MAX_LENGTH,
  searchTerms,
} from '@/api/arabic-search';
import { referenceArticle } from '../../../mocks/data/reference-article';
import { sampleArticles } from '../../../mocks/data/sample-articles';

const marked = (text: string, query: string) =>
  highlightParts(text, query)
    .filter((part) => part.match)
    .map((part) => part.text);

describe('Arabic search normalisation', () => {
  it('ignores diacritics and tatweel', () => {
    expect(normalizeArabic('العِرَاقُ')).toBe(normalizeArabic('العراق'));
    expect(normalizeArabic('العـــراق')).toBe('العراق');
  });

  it('treats أ إ آ ا as one letter, ى ي as one, and a final ة ه as one', () => {
    expect(normalizeArabic('أإآا')).toBe('اااا');
    expect(normalizeArabic('مستشفى')).toBe(normalizeArabic('مستشفي'));
    expect(normalizeArabic('مدرسة')).toBe(normalizeArabic('مدرسه'));
  });

  it('finds a word inside a longer one, also after the article that swallows its alif', () => {
    const terms = searchTerms('استراتيجي');
    expect(matchesAll('مخرجات الحوار الإستراتيجي', terms)).toBe(true);
    expect(matchesAll('المشروع الستراتيجي', terms)).toBe(true);
    expect(matchesAll('الحوار السياسي', terms)).toBe(false);
  });

  it('needs every word of the query', () => {
    expect(matchesAll('سد دهوك بعد الأمطار', searchTerms('سد الامطار'))).toBe(true);
    expect(matchesAll('سد دهوك بعد الأمطار', searchTerms('سد الثلوج'))).toBe(false);
  });

  it('asks for two letters at least', () => {
    expect(isSearchable('')).toBe(false);
    expect(isSearchable('  ')).toBe(false);
    expect(isSearchable('ع')).toBe(false);
    expect(isSearchable('عَ')).toBe(false);
    expect(isSearchable('عر')).toBe(true);
  });

  it('marks the original text, diacritics and all, where it matched', () => {
    expect(marked('الحوار الإستراتيجي بين البلدين', 'استراتيجي')).toEqual(['إستراتيجي']);
    expect(marked('العِرَاقُ اليوم', 'عراق')).toEqual(['عِرَاقُ']);
    expect(marked('سد دهوك', 'ميناء')).toEqual([]);
    expect(highlightParts('سد دهوك', 'دهوك')).toEqual([
      { text: 'سد ', match: false },
      { text: 'دهوك', match: true },
    ]);
  });

  it('finds any article title however its letters and marks are written (property)', () => {
    const articles = [referenceArticle, ...sampleArticles];
    const forms: Record<string, string[]> = {
      ا: ['ا', 'أ', 'إ', 'آ'],
      أ: ['ا', 'أ', 'إ', 'آ'],
      إ: ['ا', 'أ', 'إ', 'آ'],
      آ: ['ا', 'أ', 'إ', 'آ'],
      ي: ['ي', 'ى'],
      ى: ['ي', 'ى'],
      ة: ['ة', 'ه'],
    };
    const marks = ['', 'َ', 'ُ', 'ِ', 'ّ', 'ْ', 'ً', 'ـ'];
    fc.assert(
      fc.property(fc.constantFrom(...articles), fc.infiniteStream(fc.nat()), (article, choices) => {
        const pick = <T>(list: T[]) => list[choices.next().value % list.length] as T;
        const typed = [...article.title]
          .map((letter) => {
            if (/\s/.test(letter)) return letter;
            return pick(forms[letter] ?? [letter]) + pick(marks);
          })
          .join('');
        const text = [article.title, article.subtitle, ...article.body].join('\n');
        const terms = searchTerms(typed);
        expect(matchesAll(text, terms)).toBe(true);
        // And the title is marked in full.
        expect(highlightParts(article.title, typed).some((part) => part.match)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('reads no more of a query than its limit, before any per-letter work', () => {
    const pasted = 'نفط '.repeat(10_000);
    const terms = searchTerms(pasted);
    expect(terms.length).toBeLessThanOrEqual(SEARCH_MAX_LENGTH / 2);
    expect(terms.flat().join('').length).toBeLessThanOrEqual(SEARCH_MAX_LENGTH);
  });
});

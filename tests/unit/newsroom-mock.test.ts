import { describe, expect, it } from 'vitest';
import { apiUrl } from '@/api/client';
import {
  ArticlePageSchema,
  ArticleSummaryListSchema,
  BreakingNewsSchema,
  SectionsSchema,
} from '@/api/schemas';
import { store } from '../../mocks/node';

const get = async (path: string) => (await fetch(apiUrl(path))).json();
const REFERENCE = 'kadhimi-mckenzie-technical-committee';

describe('the mock API’s newsroom routes', () => {
  it('lists the sections in order', async () => {
    const sections = SectionsSchema.parse(await get('/api/sections'));
    expect(sections.map((section) => section.name)).toEqual([
      'العراق',
      'إقليم كوردستان',
      'اقتصاد',
      'رياضة',
      'ثقافة',
    ]);
  });

  it('finds both spellings of «استراتيجي», the title match first', async () => {
    const page = ArticlePageSchema.parse(await get('/api/search?q=استراتيجي'));
    expect(page.items.map((item) => item.slug)).toEqual([REFERENCE, 'basra-port-expansion']);
    expect(page.total).toBe(2);
  });

  it('pages the results and finds nothing for one letter', async () => {
    const first = ArticlePageSchema.parse(await get('/api/search?q=ال&pageSize=3'));
    expect(first.items).toHaveLength(3);
    expect(first.total).toBeGreaterThan(3);
    const second = ArticlePageSchema.parse(await get('/api/search?q=ال&pageSize=3&page=2'));
    expect(second.items[0]?.slug).not.toBe(first.items[0]?.slug);
    expect(ArticlePageSchema.parse(await get('/api/search?q=ع')).total).toBe(0);
  });

  it('relates up to four articles by shared tags, newest first, never the article itself', async () => {
    for (const article of store.articles) {
      const related = ArticleSummaryListSchema.parse(await get(`/api/articles/${article.slug}/related`));
      expect(related.length).toBeLessThanOrEqual(4);
      expect(related.map((item) => item.slug)).not.toContain(article.slug);
      const dates = related.map((item) => item.publishedAt);
      expect([...dates].sort().reverse()).toEqual(dates);
      for (const item of related)
        expect(item.tags.some((tag) => article.tags.some((own) => own.slug === tag.slug))).toBe(true);
    }
  });

  it('counts views, and most read follows them', async () => {
    const before = ArticleSummaryListSchema.parse(await get('/api/most-read'));
    expect(before).toHaveLength(5);
    for (let i = 0; i < 20; i += 1) {
      const response = await fetch(apiUrl(`/api/articles/${REFERENCE}/views`), { method: 'POST' });
      expect(response.status).toBe(204);
    }
    const after = ArticleSummaryListSchema.parse(await get('/api/most-read'));
    expect(after[0]?.slug).toBe(REFERENCE);
    expect((await fetch(apiUrl('/api/articles/nope/views'), { method: 'POST' })).status).toBe(404);
  });

  it('has a breaking story by default, and none when switched off', async () => {
    expect(BreakingNewsSchema.parse(await get('/api/breaking'))).toMatchObject({
      slug: 'duhok-dam-water-levels',
    });
    store.updateSettings({ breaking: false });
    expect(BreakingNewsSchema.parse(await get('/api/breaking'))).toBeNull();
  });
});

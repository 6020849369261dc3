/**
 * The newsroom's parts in the server's first HTML, as a crawler or a reader before the app's code
 * gets them: the lead picture and its head tags, the sections, the breaking bar and search.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { getPage, metaContent, mockUrl, resetMock, serverUrl, structuredData, text } from './support';

beforeEach(resetMock);

const IMAGE_PATH = '/articles/erbil-fc-league-win';

describe('an article with a picture', () => {
  it('has its lead picture in the HTML, sized, with srcset, first in line, and its caption', async () => {
    const { document } = await getPage(IMAGE_PATH);
    const img = document.querySelector('main article figure img');
    expect(img?.getAttribute('alt')).toBe('رسم لملعب ليلي تضيئه أبراج الإنارة');
    expect(img?.getAttribute('width')).toBe('1200');
    expect(img?.getAttribute('height')).toBe('675');
    expect(img?.getAttribute('fetchpriority')).toBe('high');
    expect(img?.getAttribute('loading')).toBe('eager');
    expect(img?.getAttribute('srcset')).toContain('/images/samples/stadium-400.webp 400w');
    expect(img?.getAttribute('sizes')).toBeTruthy();
    expect(text(document.querySelector('main article figcaption'))).toContain('تصوير: زاكروس');
    const picture = await fetch(`${serverUrl()}${img?.getAttribute('src')}`);
    expect(picture.status).toBe(200);
    expect(picture.headers.get('content-type')).toBe('image/webp');
    expect(picture.headers.get('cache-control')).toBe('public, max-age=86400');
  });

  it('shares its picture: og:image, the large Twitter card and JSON-LD image, absolute', async () => {
    const { document } = await getPage(IMAGE_PATH);
    const url = `${serverUrl()}/images/samples/stadium-1200.webp`;
    expect(metaContent(document, 'property', 'og:image')).toEqual([url]);
    expect(metaContent(document, 'property', 'og:image:width')).toEqual(['1200']);
    expect(metaContent(document, 'property', 'og:image:height')).toEqual(['675']);
    expect(metaContent(document, 'name', 'twitter:card')).toEqual(['summary_large_image']);
    const [data] = structuredData(document);
    expect(data).toMatchObject({ image: [url], author: { '@type': 'Person', name: 'كاروان محمد' } });
  });
});

describe('every page', () => {
  it('has the sections navigation with the current section marked', async () => {
    const { document } = await getPage('/tags/sports');
    const nav = document.querySelector('nav[aria-label="الأقسام"]');
    const links = [...(nav?.querySelectorAll('a') ?? [])];
    expect(links.map(text)).toEqual(['الرئيسية', 'العراق', 'إقليم كوردستان', 'اقتصاد', 'رياضة', 'ثقافة']);
    expect(links.filter((link) => link.getAttribute('aria-current') === 'page').map(text)).toEqual(['رياضة']);
  });

  it('has the breaking bar when there is breaking news, and none when there is not', async () => {
    const { document } = await getPage('/');
    const bar = document.querySelector('section[aria-label="خبر عاجل"]');
    expect(bar?.querySelector('a')?.getAttribute('href')).toBe('/articles/duhok-dam-water-levels');
    expect(bar?.querySelector('[aria-live="polite"]')).not.toBeNull();
    // Its close button comes with the app's code, which it needs.
    expect(bar?.querySelector('button')).toBeNull();

    await fetch(`${mockUrl()}/__mocks/settings`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ breaking: false }),
    });
    const { document: without } = await getPage('/tags/iraq');
    expect(without.querySelector('section[aria-label="خبر عاجل"]')).toBeNull();
  });

  it('has a search form that works without a script: GET to /search, field q', async () => {
    const { document } = await getPage('/');
    const form = document.querySelector('form[role="search"]');
    expect(form?.getAttribute('action')).toBe('/search');
    expect(form?.getAttribute('method')).toBe('get');
    expect(form?.querySelector('input[type="search"]')?.getAttribute('name')).toBe('q');
  });
});

describe('the search page', () => {
  it('is rendered by the server with the matches marked, the query in the box, and noindex', async () => {
    const { response, document } = await getPage(`/search?q=${encodeURIComponent('استراتيجي')}`);
    expect(response.status).toBe(200);
    expect(text(document.querySelector('main h1'))).toBe('نتائج البحث عن «استراتيجي»');
    expect([...document.querySelectorAll('main mark')].map(text)).toContain('إستراتيجي');
    expect(document.querySelector('input[name="q"]')?.getAttribute('value')).toBe('استراتيجي');
    expect(metaContent(document, 'name', 'robots')).toEqual(['noindex']);
  });
});

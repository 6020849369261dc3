/**
 * The built server's pages as a crawler or `curl` gets them, with no script run: the whole
 * article, its head, and the state the browser hydrates from, in the first answer.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/api/schemas';
import { referenceArticle } from '../../mocks/data/reference-article';
import { startServer, type Child } from './processes';
import {
  getPage,
  metaContent,
  mockUrl,
  rawRequest,
  parseHtml,
  REFERENCE_PATH,
  REFERENCE_SLUG,
  resetMock,
  serverUrl,
  structuredData,
  text,
} from './support';

const SITE_NAME = 'زاكروس عربية';

beforeEach(resetMock);

/** The article as the API has it, through the server's passthrough (the browser's way to it). */
async function articleFromApi(slug: string): Promise<Article> {
  const response = await fetch(`${serverUrl()}/api/articles/${slug}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return (await response.json()) as Article;
}

describe('the API passthrough', () => {
  it('answers /api/* as the API itself does', async () => {
    const passed = await articleFromApi(REFERENCE_SLUG);
    const direct = (await (await fetch(`${mockUrl()}/api/articles/${REFERENCE_SLUG}`)).json()) as Article;
    expect(passed).toEqual(direct);
    expect(passed.title).toBe(referenceArticle.title);
    const missing = await fetch(`${serverUrl()}/api/articles/no-such-article`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: expect.any(String) } });
  });
});

describe('the article page', () => {
  it('is the whole article in the first HTML', async () => {
    const article = await articleFromApi(REFERENCE_SLUG);
    const { response, document } = await getPage(REFERENCE_PATH);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(document.documentElement.getAttribute('lang')).toBe('ar');
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');

    // The header, with the site's name as a link home.
    const header = document.querySelector('header');
    expect(header).not.toBeNull();
    const home = [...(header?.querySelectorAll('a[href="/"]') ?? [])];
    expect(home.map(text)).toContain(SITE_NAME);

    const main = document.querySelector('main');
    expect(main).not.toBeNull();
    const headings = [...(main?.querySelectorAll('h1') ?? [])];
    expect(headings.map(text)).toEqual([referenceArticle.title]);
    expect(text(headings[0])).toBe(article.title);

    const paragraphs = [...(main?.querySelectorAll('p') ?? [])].map(text);
    expect(paragraphs).toContain(article.subtitle);
    expect(paragraphs).toContain(referenceArticle.subtitle);
    // Every paragraph of the body, in order.
    const bodyAt = article.body.map((paragraph) => paragraphs.indexOf(paragraph.trim()));
    expect(bodyAt).not.toContain(-1);
    expect(bodyAt).toEqual([...bodyAt].sort((a, b) => a - b));
    expect(article.body).toHaveLength(referenceArticle.body.length);

    // The source line and the date, in the site's zone, with Iraqi month names.
    expect(main?.textContent).toContain('زاكروس عربية – أربيل');
    const time = main?.querySelector(`time[datetime="${article.publishedAt}"]`);
    expect(text(time)).toBe('20 أيار 2021');

    // The tag, as a link to its page.
    const tagLinks = [...(main?.querySelectorAll('a[href="/tags/iraq"]') ?? [])];
    expect(tagLinks.map(text)).toContain('العراق');
  });

  it('has its own head: title, description, canonical, Open Graph, Twitter and JSON-LD', async () => {
    const { document } = await getPage(REFERENCE_PATH);
    const canonical = `${serverUrl()}${REFERENCE_PATH}`;
    expect([...document.querySelectorAll('title')].map(text)).toEqual([referenceArticle.title]);
    expect(metaContent(document, 'name', 'description')).toEqual([referenceArticle.subtitle]);
    expect(
      [...document.querySelectorAll('link[rel="canonical"]')].map((link) => link.getAttribute('href')),
    ).toEqual([canonical]);
    expect(metaContent(document, 'property', 'og:type')).toEqual(['article']);
    expect(metaContent(document, 'property', 'og:title')).toEqual([referenceArticle.title]);
    expect(metaContent(document, 'property', 'og:description')).toEqual([referenceArticle.subtitle]);
    expect(metaContent(document, 'property', 'og:url')).toEqual([canonical]);
    expect(metaContent(document, 'property', 'og:site_name')).toEqual([SITE_NAME]);
    expect(metaContent(document, 'property', 'og:locale')).toEqual(['ar_IQ']);
    expect(metaContent(document, 'property', 'article:published_time')).toEqual([
      referenceArticle.publishedAt,
    ]);
    expect(metaContent(document, 'property', 'article:tag')).toEqual(['العراق']);
    // The reference article has no image.
    expect(metaContent(document, 'name', 'twitter:card')).toEqual(['summary']);
    expect(metaContent(document, 'name', 'robots')).toEqual([]);

    const [data, ...more] = structuredData(document);
    expect(more).toEqual([]);
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: referenceArticle.title,
      datePublished: referenceArticle.publishedAt,
      dateModified: referenceArticle.publishedAt,
      inLanguage: 'ar',
      author: { '@type': 'Organization', name: referenceArticle.source },
      publisher: { name: SITE_NAME, logo: { url: expect.stringContaining(serverUrl()) } },
      mainEntityOfPage: { '@id': canonical },
    });
  });

  it('hands the browser the article query in the #app-state JSON block', async () => {
    const article = await articleFromApi(REFERENCE_SLUG);
    const { document } = await getPage(REFERENCE_PATH);
    const blocks = document.querySelectorAll('#app-state');
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.tagName).toBe('SCRIPT');
    expect(blocks[0]?.getAttribute('type')).toBe('application/json');
    const state = JSON.parse(blocks[0]?.textContent ?? '') as {
      router: { errors: unknown };
      queries: { queries: { queryKey: unknown[]; state: { status: string; data: unknown } }[] };
      renderedAt: string;
    };
    expect(state.router.errors).toBeNull();
    expect(Number.isNaN(Date.parse(state.renderedAt))).toBe(false);
    const query = state.queries.queries.find((candidate) => candidate.queryKey.includes(REFERENCE_SLUG));
    expect(query?.state.status).toBe('success');
    expect(query?.state.data).toEqual(article);
  });
});

describe('the list pages', () => {
  it('home: its own title, canonical and og:type website, with the latest articles', async () => {
    const { response, document } = await getPage('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect([...document.querySelectorAll('title')].map(text)).toEqual([`آخر الأخبار – ${SITE_NAME}`]);
    expect(
      [...document.querySelectorAll('link[rel="canonical"]')].map((link) => link.getAttribute('href')),
    ).toEqual([`${serverUrl()}/`]);
    expect(metaContent(document, 'property', 'og:type')).toEqual(['website']);
    expect(metaContent(document, 'property', 'og:url')).toEqual([`${serverUrl()}/`]);
    expect(text(document.querySelector('main h1'))).toContain('آخر الأخبار');
    // The newest story, the reference, links to its page.
    const links = [...document.querySelectorAll(`main a[href="${REFERENCE_PATH}"]`)].map(text);
    expect(links).toContain(referenceArticle.title);
  });

  it('tag: its own title, canonical and og:type website, with its articles', async () => {
    const { response, document } = await getPage('/tags/iraq');
    expect(response.status).toBe(200);
    expect([...document.querySelectorAll('title')].map(text)).toEqual([`أخبار العراق – ${SITE_NAME}`]);
    expect(
      [...document.querySelectorAll('link[rel="canonical"]')].map((link) => link.getAttribute('href')),
    ).toEqual([`${serverUrl()}/tags/iraq`]);
    expect(metaContent(document, 'property', 'og:type')).toEqual(['website']);
    expect(metaContent(document, 'property', 'og:url')).toEqual([`${serverUrl()}/tags/iraq`]);
    expect(text(document.querySelector('main h1'))).toBe('أخبار العراق');
    expect(document.querySelector(`main a[href="${REFERENCE_PATH}"]`)).not.toBeNull();
  });
});

describe('with SITE_URL set', () => {
  const SITE_URL = 'https://news.example';
  let server: Child | undefined;

  beforeAll(async () => {
    server = await startServer(mockUrl(), { SITE_URL });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('canonical, og:url and JSON-LD name the public origin, whatever Host the request had', async () => {
    const response = await rawRequest(REFERENCE_PATH, {
      base: server?.url,
      headers: { Host: 'attacker.example', 'X-Forwarded-Host': 'attacker.example' },
    });
    expect(response.status).toBe(200);
    const html = response.body.toString();
    expect(html).not.toContain('attacker.example');
    const document = parseHtml(html);
    const canonical = `${SITE_URL}${REFERENCE_PATH}`;
    expect(
      [...document.querySelectorAll('link[rel="canonical"]')].map((link) => link.getAttribute('href')),
    ).toEqual([canonical]);
    expect(metaContent(document, 'property', 'og:url')).toEqual([canonical]);
    expect(structuredData(document)[0]).toMatchObject({
      mainEntityOfPage: { '@id': canonical },
      publisher: { url: `${SITE_URL}/` },
    });
  });
});

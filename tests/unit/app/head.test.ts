/**
 * The server's `<head>` for every kind of page, read back with a real HTML parser: whatever an
 * article's text holds, it stays text (one `<title>`, attributes that end where they should, no
 * script but the JSON-LD block) and the JSON-LD parses back to the same values.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { config } from '@/api/config';
import type { Article } from '@/api/schemas';
import {
  articleHead,
  errorHead,
  homeHead,
  notFoundHead,
  renderHeadTags,
  tagHead,
  type PageHead,
} from '@/app/head';

const SITE = 'https://news.example';

const HOSTILE =
  'عنوان "مزدوج" و\'مفرد\' <b>وسم</b> </title></head><body>x</script><script>alert(1)</script> ' +
  '&amp; & <!-- تعليق --> ]]> \u2028سطر\u2029فقرة `${x}` \\u003c';

const hostileArticle = (overrides: Partial<Article> = {}): Article => ({
  slug: 'slug "quoted" <&> /with space',
  title: HOSTILE,
  subtitle: `الوصف ${HOSTILE}`,
  source: `المصدر </script><script>alert(2)</script> "&"`,
  publishedAt: '2021-05-20T14:30:00+03:00',
  tags: [
    { slug: 'iraq', name: 'العراق' },
    { slug: 'x', name: '"><script>alert(3)</script>' },
  ],
  body: ['فقرة'],
  commentCount: 0,
  ...overrides,
});

const image = {
  url: '/images/photo "1".jpg',
  width: 1200,
  height: 675,
  alt: 'صورة </script><script>alert(4)</script>',
  variants: [{ url: '/images/photo-640.jpg', width: 640 }],
};

/** The tags as a browser reads them, inside a `<head>`. */
function parseHead(tags: string): Document {
  const document = new DOMParser().parseFromString(
    `<!doctype html><html lang="ar" dir="rtl"><head>${tags}</head><body></body></html>`,
    'text/html',
  );
  // Nothing broke out of the head: no text or element was pushed into the body.
  expect(document.body.childNodes).toHaveLength(0);
  return document;
}

const metaContents = (document: Document, attribute: 'name' | 'property', key: string): string[] =>
  [...document.head.querySelectorAll(`meta[${attribute}="${key}"]`)].map(
    (meta) => meta.getAttribute('content') ?? '',
  );

/** The one meta with this key: there must be exactly one. */
function meta(document: Document, attribute: 'name' | 'property', key: string): string {
  const contents = metaContents(document, attribute, key);
  expect(contents, `${attribute}=${key}`).toHaveLength(1);
  return contents[0] ?? '';
}

const canonicalHrefs = (document: Document) =>
  [...document.head.querySelectorAll('link[rel="canonical"]')].map((link) => link.getAttribute('href'));

/** The JSON-LD block, which must be the head's only script. */
function structuredData(document: Document): Record<string, unknown> {
  const scripts = [...document.querySelectorAll('script')];
  expect(scripts.map((script) => script.getAttribute('type'))).toEqual(['application/ld+json']);
  return JSON.parse(scripts[0]?.textContent ?? '') as Record<string, unknown>;
}

function titleOf(document: Document): string {
  const titles = document.querySelectorAll('title');
  expect(titles).toHaveLength(1);
  return titles[0]?.textContent ?? '';
}

const render = (head: PageHead) => parseHead(renderHeadTags(head, SITE));

describe('the article head', () => {
  const article = hostileArticle({
    author: { name: 'كاتب "<script>"' },
    updatedAt: '2021-05-21T09:00:00+03:00',
    image,
  });
  const document = render(articleHead(article));
  const canonical = `${SITE}/articles/${encodeURIComponent(article.slug)}`;

  it('keeps a hostile title as text in <title>, og:title and twitter:title', () => {
    expect(titleOf(document)).toBe(article.title);
    expect(meta(document, 'property', 'og:title')).toBe(article.title);
    expect(meta(document, 'name', 'twitter:title')).toBe(article.title);
    expect(meta(document, 'name', 'description')).toBe(article.subtitle);
    expect(meta(document, 'property', 'og:description')).toBe(article.subtitle);
  });

  it('has no script but the JSON-LD block, and no element its text could have made', () => {
    expect(document.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
    expect(document.querySelectorAll('b, body *')).toHaveLength(0);
    const allowed = new Set(['TITLE', 'META', 'LINK', 'SCRIPT']);
    for (const element of document.head.children) expect(allowed).toContain(element.tagName);
  });

  it('links its canonical address and describes itself for link previews', () => {
    expect(canonicalHrefs(document)).toEqual([canonical]);
    expect(meta(document, 'property', 'og:type')).toBe('article');
    expect(meta(document, 'property', 'og:locale')).toBe('ar_IQ');
    expect(meta(document, 'property', 'og:site_name')).toBe(config.siteName);
    expect(meta(document, 'property', 'og:url')).toBe(canonical);
    expect(meta(document, 'property', 'article:published_time')).toBe(article.publishedAt);
    expect(meta(document, 'property', 'article:modified_time')).toBe(article.updatedAt);
    expect(metaContents(document, 'property', 'article:tag')).toEqual(article.tags.map((tag) => tag.name));
    const imageUrl = new URL(image.url, SITE).href;
    expect(meta(document, 'property', 'og:image')).toBe(imageUrl);
    expect(meta(document, 'property', 'og:image:alt')).toBe(image.alt);
    expect(meta(document, 'property', 'og:image:width')).toBe('1200');
    expect(meta(document, 'property', 'og:image:height')).toBe('675');
    expect(meta(document, 'name', 'twitter:card')).toBe('summary_large_image');
    expect(meta(document, 'name', 'twitter:image')).toBe(imageUrl);
    expect(document.head.querySelector('meta[name="robots"]')).toBeNull();
  });

  it('gives search engines a NewsArticle in JSON-LD', () => {
    const data = structuredData(document);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: article.title,
      description: article.subtitle,
      datePublished: article.publishedAt,
      dateModified: article.updatedAt,
      inLanguage: 'ar',
      author: { '@type': 'Person', name: article.author?.name },
      publisher: {
        '@type': expect.stringMatching(/Organization$/),
        name: config.siteName,
        logo: { '@type': 'ImageObject', url: expect.stringMatching(/^https:\/\/news\.example\//) },
      },
      image: [new URL(image.url, SITE).href],
      mainEntityOfPage: { '@id': canonical },
    });
  });

  it('without author, update or image: the source as author, the publish date as modified, a small card', () => {
    const plain = hostileArticle();
    const head = render(articleHead(plain));
    const data = structuredData(head);
    expect(data).toMatchObject({
      headline: plain.title,
      datePublished: plain.publishedAt,
      dateModified: plain.publishedAt,
      author: { '@type': 'Organization', name: plain.source },
      publisher: { logo: { url: expect.any(String) } },
      mainEntityOfPage: { '@id': `${SITE}/articles/${encodeURIComponent(plain.slug)}` },
    });
    expect(data).not.toHaveProperty('image');
    expect(meta(head, 'name', 'twitter:card')).toBe('summary');
    expect(metaContents(head, 'property', 'og:image')).toEqual([]);
    expect(metaContents(head, 'property', 'article:modified_time')).toEqual([]);
  });
});

describe('the heads of the other pages', () => {
  it('home: a website, with its own canonical address', () => {
    const head = homeHead();
    const document = render(head);
    expect(titleOf(document)).toBe(head.title);
    expect(canonicalHrefs(document)).toEqual([`${SITE}/`]);
    expect(meta(document, 'property', 'og:type')).toBe('website');
    expect(meta(document, 'property', 'og:url')).toBe(`${SITE}/`);
    expect(meta(document, 'property', 'og:locale')).toBe('ar_IQ');
    expect(meta(document, 'property', 'og:site_name')).toBe(config.siteName);
    expect(meta(document, 'name', 'twitter:card')).toBe('summary');
    expect(metaContents(document, 'property', 'article:published_time')).toEqual([]);
    expect(structuredData(document)).toMatchObject({ '@type': 'WebSite', url: `${SITE}/`, inLanguage: 'ar' });
  });

  it('tag: a website, titled with the tag name, whatever it holds', () => {
    const tag = { slug: 'a "b" <c>', name: `وسم ${HOSTILE}` };
    const head = tagHead(tag);
    const document = render(head);
    const canonical = `${SITE}/tags/${encodeURIComponent(tag.slug)}`;
    expect(titleOf(document)).toBe(head.title);
    expect(head.title).toContain(tag.name);
    expect(meta(document, 'property', 'og:title')).toBe(head.title);
    expect(canonicalHrefs(document)).toEqual([canonical]);
    expect(meta(document, 'property', 'og:type')).toBe('website');
    expect(meta(document, 'property', 'og:url')).toBe(canonical);
    expect(structuredData(document)).toMatchObject({
      '@type': 'CollectionPage',
      name: head.title,
      url: canonical,
    });
  });

  it.each([
    ['not found', notFoundHead()],
    ['article not found', notFoundHead('الخبر غير موجود')],
    ['failed', errorHead('تعذّر تحميل الخبر.')],
  ])('%s: noindex, and no canonical address or preview', (_name, head) => {
    const document = render(head);
    expect(titleOf(document)).toBe(head.title);
    expect(meta(document, 'name', 'robots')).toBe('noindex');
    expect(canonicalHrefs(document)).toEqual([]);
    expect(metaContents(document, 'property', 'og:url')).toEqual([]);
    expect(document.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
  });
});

/**
 * What HTML itself does to any text before escaping matters (the input stream's preprocessing):
 * CR and CRLF become LF, NUL becomes U+FFFD. The same happens to any page; nothing is lost to
 * the escaping itself.
 */
const asHtmlReadsIt = (text: string) => text.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');

/** Any code point, with the characters and fragments that end elements and attributes often. */
const hostileText = fc.string({
  unit: fc.oneof(
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    fc.constantFrom(
      '<',
      '>',
      '&',
      '"',
      "'",
      '`',
      '</script>',
      '<script>',
      '</title>',
      '<!--',
      '-->',
      '&amp;',
      '&#x3c;',
      '\u2028',
      '\u2029',
      '\\',
      'العراق',
    ),
  ),
  maxLength: 40,
});

describe('any title and subtitle', () => {
  it('read back as they were, in <title>, og:title, the description and JSON-LD', () => {
    fc.assert(
      fc.property(hostileText, hostileText, (title, subtitle) => {
        const article = { ...hostileArticle(), title, subtitle };
        const document = render(articleHead(article));
        expect(titleOf(document)).toBe(asHtmlReadsIt(title));
        expect(meta(document, 'property', 'og:title')).toBe(asHtmlReadsIt(title));
        expect(meta(document, 'name', 'description')).toBe(asHtmlReadsIt(subtitle));
        expect(meta(document, 'property', 'og:description')).toBe(asHtmlReadsIt(subtitle));
        // JSON escapes every character that HTML would change: the exact strings come back.
        expect(structuredData(document)).toMatchObject({ headline: title, description: subtitle });
      }),
      { numRuns: 200 },
    );
    // jsdom parses a page in some milliseconds: the runs need more than the default 5 s.
  }, 60_000);
});

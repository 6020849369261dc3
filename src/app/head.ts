/**
 * Each page's `<head>`: what a search engine or a link preview (WhatsApp, Telegram, Facebook, X)
 * reads, since their crawlers run no script. The server writes it into the page it sends; in the
 * browser the same description gives `document.title`.
 */
import { config } from '@/api/config';
import type { Article, Tag } from '@/api/schemas';
import { escapeHtml } from '@/lib/html';
import { articlePath, tagPath } from '@/lib/paths';
import { ar } from '@/i18n/ar';

export type PageHead = {
  /** `<title>`, and `document.title` in the browser. */
  title: string;
  description: string;
  /** The page's own address on the site, for its canonical link; none for error pages. */
  path?: string;
  article?: Article;
  tag?: Tag;
  /** Error pages are not for search engines. */
  noindex?: boolean;
};

/** «<page> – <site>» for pages that are not an article. */
export function pageTitle(page: string): string {
  return `${page} – ${config.siteName}`;
}

export const homeHead = (): PageHead => ({
  title: pageTitle(ar.latestNews),
  description: ar.siteDescription(config.siteName),
  path: '/',
});

export const articleHead = (article: Article): PageHead => ({
  // An article's tab and shared link show its title alone.
  title: article.title,
  description: article.subtitle,
  path: articlePath(article.slug),
  article,
});

export const tagHead = (tag: Tag): PageHead => ({
  title: pageTitle(ar.tagPageTitle(tag.name)),
  description: ar.tagDescription(tag.name, config.siteName),
  path: tagPath(tag.slug),
  tag,
});

/** The search page: for readers, not for search engines' indexes. */
export const searchHead = (query: string): PageHead => ({
  title: pageTitle(query ? ar.searchResultsTitle(query) : ar.searchTitle),
  description: ar.siteDescription(config.siteName),
  noindex: true,
});

export const notFoundHead = (title: string = ar.notFoundTitle): PageHead => ({
  title: pageTitle(title),
  description: ar.notFoundBody,
  noindex: true,
});

export const errorHead = (title: string): PageHead => ({
  title: pageTitle(title),
  description: ar.loadError,
  noindex: true,
});

/**
 * JSON that is safe inside a `<script>` element: no `</script>`, comment opener or line separator
 * in it can end the element or break the parse, whatever the strings hold.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const absolute = (siteUrl: string, path: string) => new URL(path, siteUrl).href;

/** The page's head tags as HTML, with every value escaped. `siteUrl` is the site's public origin. */
export function renderHeadTags(head: PageHead, siteUrl: string): string {
  const tags: string[] = [`<title>${escapeHtml(head.title)}</title>`];
  const meta = (attribute: 'name' | 'property', key: string, content: string) =>
    tags.push(`<meta ${attribute}="${key}" content="${escapeHtml(content)}" />`);
  meta('name', 'description', head.description);
  if (head.noindex) {
    meta('name', 'robots', 'noindex');
    return tags.join('\n    ');
  }
  const url = head.path === undefined ? undefined : absolute(siteUrl, head.path);
  if (url) tags.push(`<link rel="canonical" href="${escapeHtml(url)}" />`);

  const { article } = head;
  const image = article?.image ? absolute(siteUrl, article.image.url) : undefined;
  meta('property', 'og:type', article ? 'article' : 'website');
  meta('property', 'og:site_name', config.siteName);
  meta('property', 'og:locale', 'ar_IQ');
  meta('property', 'og:title', article?.title ?? head.title);
  meta('property', 'og:description', head.description);
  if (url) meta('property', 'og:url', url);
  if (article) {
    meta('property', 'article:published_time', article.publishedAt);
    if (article.updatedAt) meta('property', 'article:modified_time', article.updatedAt);
    for (const tag of article.tags) meta('property', 'article:tag', tag.name);
  }
  if (image && article?.image) {
    meta('property', 'og:image', image);
    meta('property', 'og:image:width', String(article.image.width));
    meta('property', 'og:image:height', String(article.image.height));
    meta('property', 'og:image:alt', article.image.alt);
  }
  meta('name', 'twitter:card', image ? 'summary_large_image' : 'summary');
  meta('name', 'twitter:title', article?.title ?? head.title);
  meta('name', 'twitter:description', head.description);
  if (image) meta('name', 'twitter:image', image);

  const structured = structuredData(head, siteUrl, url, image);
  tags.push(`<script type="application/ld+json">${jsonForScript(structured)}</script>`);
  return tags.join('\n    ');
}

/** schema.org data: a `NewsArticle` as search engines' article results expect, else the page. */
function structuredData(head: PageHead, siteUrl: string, url: string | undefined, image: string | undefined) {
  const publisher = {
    '@type': 'NewsMediaOrganization',
    name: config.siteName,
    url: absolute(siteUrl, '/'),
    logo: { '@type': 'ImageObject', url: absolute(siteUrl, '/icon-192.png'), width: 192, height: 192 },
  };
  const { article, tag } = head;
  if (article) {
    return {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: article.title,
      description: article.subtitle,
      datePublished: article.publishedAt,
      dateModified: article.updatedAt ?? article.publishedAt,
      inLanguage: 'ar',
      // The person where the article names one, else the source that wrote it.
      author: article.author
        ? { '@type': 'Person', name: article.author.name }
        : { '@type': 'Organization', name: article.source },
      publisher,
      ...(image ? { image: [image] } : {}),
      keywords: article.tags.map((articleTag) => articleTag.name),
      mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    };
  }
  return {
    '@context': 'https://schema.org',
    '@type': tag ? 'CollectionPage' : 'WebSite',
    name: tag ? head.title : config.siteName,
    description: head.description,
    inLanguage: 'ar',
    url,
    publisher,
  };
}

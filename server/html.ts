/**
 * The page around React's HTML: `index.html` (built by Vite) as the template, cut at its markers,
 * with the route's head tags, the reader's text size script, the hand-over of state and the app's
 * loader written in.
 */
import { createHash } from 'node:crypto';
import { READER_SCRIPT } from '../src/lib/reader-preferences';

export type PageTemplate = {
  /** Up to `<head>`'s route tags. */
  head: string;
  /** From the end of the route tags to the inside of `#root`. */
  beforeApp: string;
  /** From the end of `#root` to the state script. */
  afterApp: string;
  /** After the state script. */
  end: string;
  /** The inline script that loads the app's code (see `appLoader`). */
  appLoader: string;
  /** Changes with the build (its template names the build's hashed files). */
  version: string;
};

const textScaleScript = `<script>${READER_SCRIPT}</script>`;

export function parseTemplate(html: string): PageTemplate {
  // Vite's script tags for the app's entry (not its dev client): the loader takes their place.
  const entries: string[] = [];
  const withoutEntries = html.replace(
    /[ \t]*<script type="module"(?: crossorigin)? src="([^"]+)"><\/script>\n?/g,
    (tag, src: string) => {
      if (src === '/@vite/client') return tag;
      entries.push(src);
      return '';
    },
  );
  const pattern =
    /^([\s\S]*?)<!--app-head-->[\s\S]*?<!--\/app-head-->([\s\S]*?)<!--app-html-->([\s\S]*?)<!--app-state-->([\s\S]*)$/;
  const parts = pattern.exec(withoutEntries);
  if (!parts || entries.length === 0)
    throw new Error(
      'index.html lacks the <!--app-head-->…<!--/app-head-->, <!--app-html--> or <!--app-state--> markers, or its module script',
    );
  const [, head = '', beforeApp = '', afterApp = '', end = ''] = parts;
  const version = createHash('sha256').update(html).digest('base64url').slice(0, 16);
  return { head, beforeApp, afterApp, end, appLoader: appLoader(entries), version };
}

/**
 * The app's code is the bulk of the page's bytes, and the server's HTML already shows the page:
 * it is asked for once the browser reports the page's first contentful paint. On a slow
 * connection it then never competes with that paint, and the reader can read, scroll and follow
 * the HTML's links meanwhile. Where no paint is reported (paint timing missing, a tab opened in
 * the background), it is asked for a little after the page's load event. At the end of `<body>`.
 * tests/e2e/app-loads-after-paint.spec.ts checks the order.
 */
function appLoader(entries: string[]): string {
  const imports = entries.map((src) => `import(${JSON.stringify(src)})`).join(',');
  return [
    `var load=function(){load=function(){};${imports}};`,
    'try{new PerformanceObserver(function(list){list.getEntriesByName("first-contentful-paint").length&&load()}).observe({type:"paint",buffered:true})}catch(e){}',
    'addEventListener("load",function(){setTimeout(function(){load()},3000)})',
  ].join('');
}

/** Everything before React's HTML. */
export function pageStart(template: PageTemplate, headTags: string): string {
  return `${template.head}${textScaleScript}\n    ${headTags}${template.beforeApp}`;
}

/** Everything after React's HTML. */
export function pageEnd(template: PageTemplate, stateScript: string): string {
  return `${template.afterApp}${stateScript}\n    <script>${template.appLoader}</script>${template.end}`;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The Content-Security-Policy for pages: scripts from the site alone, plus the one inline script
 * (the text size), allowed by its hash; inline styles (the built stylesheet) by theirs. The hashes
 * depend only on the build, never on the reader or the request, so a shared cache may keep the
 * page and its header together. No nonce: a cached page would share one with every reader.
 */
export function contentSecurityPolicy(template: PageTemplate): string {
  const html = [template.head, template.beforeApp, template.afterApp, template.end].join('');
  const styleHashes = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(([, css]) =>
    sha256(css ?? ''),
  );
  return [
    "default-src 'self'",
    `script-src 'self' ${sha256(READER_SCRIPT)} ${sha256(template.appLoader)}`,
    `style-src 'self'${styleHashes.map((hash) => ` ${hash}`).join('')}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The page for a render that failed before any HTML went out: plain, Arabic, with a way on. */
export function renderFailedPage(template: PageTemplate): string {
  const body = `<main id="main" class="mx-auto w-full max-w-3xl flex-1 px-4 py-12 text-center"><h1 class="text-2xl font-bold">تعذّر عرض الصفحة</h1><p class="mt-3">حدث خطأ عندنا. أعد تحميل الصفحة بعد قليل.</p><p class="mt-6"><a class="font-bold underline" href="/">العودة إلى الصفحة الرئيسية</a></p></main>`;
  return `${template.head}${textScaleScript}\n    <title>تعذّر عرض الصفحة</title><meta name="robots" content="noindex" />${template.beforeApp}${body}${template.afterApp}${template.end}`;
}

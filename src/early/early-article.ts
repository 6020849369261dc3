/**
 * The pre-app paint, inlined into the built index.html right after #root (see
 * scripts/vite-early-article-plugin.ts); ./request-article.ts, in <head>, has already asked for
 * the article on an article's address. It paints the page's frame (the header) at once, and when
 * the answer is in, the article (title, subtitle, source, date, paragraphs) as plain text with the
 * app's own classes; only then does it load the app's code (a second after the request at most:
 * on a slow API the app comes first with its skeleton, and takes the answer over when it lands).
 * The app takes the same answer into its cache and adopts the painted nodes as its own
 * (src/app/start-app.tsx), so they must be exactly what its first render makes
 * (tests/integration/early-paint-adoption.test.tsx holds them equal): the reader sees the text
 * about as early as on a static page, and nothing moves. The page's first layout is paid with the
 * header's; the fonts of the article's text styles are asked for ahead, a style at a time (see
 * warmFonts), and the article is laid out over a few frames (see paintArticle), so no single
 * layout makes a long task. Kept free of React, the router, the query client and zod.
 */
import { config } from '../api/config';
import { pageClasses as c } from '../components/ui/page-classes';
import { commentsHeading, footerRights, share, skipToContent, textSizeGlyphs } from '../i18n/ar';
import { formatArticleDate, formatHeaderDateTime, startOfMinute } from '../lib/dates';
import { applyTextScale, readTextScaleIndex } from '../lib/reader-preferences';
import { yieldToMain } from '../lib/yield-to-main';
import type { ArticleLike } from './request-article';

/** An element with classes and children; text goes in as text, never as HTML. */
function h(tag: string, attributes: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** A text size button as the app's first render has it (src/components/ui/text-size-control.tsx). */
function textSizeButton(size: string, glyph: string): HTMLElement {
  return h(
    'button',
    { type: 'button', class: c.textSizeButton, tabindex: '-1' },
    h('span', { 'aria-hidden': 'true', class: size }, glyph),
  );
}

/** The page's frame: the skip link, the header and an empty <main>, which it returns. */
function paintFrame(root: HTMLElement): HTMLElement {
  const now = startOfMinute(new Date());
  // The app's clock starts from the same minute, so React can adopt this header as it is.
  window.__earlyClockMinute = now.getTime();
  const header = h(
    'header',
    { class: c.header },
    h(
      'div',
      { class: c.headerInner },
      h('a', { href: '/', class: c.siteName }, config.siteName),
      h(
        'p',
        { class: c.headerMeta },
        h(
          'span',
          { class: c.weatherSlot, 'aria-live': 'off' },
          h('span', { 'aria-hidden': 'true' }, '\u00a0'),
        ),
        h('time', { class: c.clock, datetime: now.toISOString() }, formatHeaderDateTime(now)),
      ),
      // The text size buttons, idle and out of the way until the app makes them work in place.
      h(
        'div',
        { class: c.textSizeGroup, 'aria-hidden': 'true' },
        textSizeButton('text-sm', textSizeGlyphs.smaller),
        textSizeButton('text-lg', textSizeGlyphs.larger),
      ),
    ),
  );
  const main = h('main', { id: 'main', tabindex: '-1', class: c.main });
  root.replaceChildren(
    h('div', { class: c.layout }, h('a', { href: '#main', class: c.skipLink }, skipToContent), header, main),
  );
  return main;
}

/**
 * The article, as the app shows it before the tags, the share button and the comments. First the
 * fonts its text styles need (see warmFonts), a style at a time; then its head (title, subtitle,
 * source, date) at once, its body over the next frames, a screenful or so per frame (see
 * appendInFrames), then `painted`.
 */
function paintArticle(main: HTMLElement, article: ArticleLike, painted: () => void): void {
  const date = formatArticleDate(new Date(article.publishedAt));
  const samples: FontSample[] = [
    [c.articleTitle, article.title],
    [c.articleSubtitle, article.subtitle],
    [`${c.articleMeta} ${c.articleSource}`, article.source],
    [c.articleMeta, date],
    [c.articleBody, article.body.join('')],
  ];
  warmFonts(samples, () => paintHeadAndBody(main, article, date, painted));
}

function paintHeadAndBody(main: HTMLElement, article: ArticleLike, date: string, painted: () => void): void {
  const body = h('div', { id: 'article-body', class: c.articleBody });
  main.replaceChildren(
    h(
      'article',
      { 'aria-labelledby': 'article-title' },
      h(
        'div',
        { class: c.articleHead },
        h('h1', { id: 'article-title', class: c.articleTitle }, article.title),
        h('p', { class: c.articleSubtitle }, article.subtitle),
        h(
          'p',
          { class: c.articleMeta },
          h('span', { class: c.articleSource }, article.source),
          h('time', { datetime: article.publishedAt }, date),
        ),
      ),
      body,
    ),
  );
  document.title = article.title;
  // Once the body's last frame is laid out, the fonts of what the app adds under it.
  const warmBelow = () => afterNextFrame(() => warmFonts(belowArticleSamples(article), painted));
  afterNextFrame(() => appendInFrames(body, article.body, warmBelow));
}

/** A text style (its classes) and the text it will show. */
type FontSample = [classes: string, text: string];

/**
 * The characters of `text`, each once: the Arabic script's (with the marks, which join their
 * letters) apart from the rest (digits, punctuation), which other fonts of the list may draw.
 */
function byScript(text: string): string[] {
  const characters = [...new Set(text)].filter((character) => !/\s/u.test(character));
  const isArabic = (character: string) => /[\p{Script_Extensions=Arabic}\p{M}]/u.test(character);
  const arabic = characters.filter(isArabic).join('');
  const other = characters.filter((character) => !isArabic(character)).join('');
  return [arabic, other].filter(Boolean);
}

/**
 * Lays out each of `samples`, hidden, a script at a time and each in a task of its own, then
 * `then`. On Linux the first layout that meets a font face at a size asks the browser process for
 * it, a few milliseconds each time: met all at once in the article's own layouts, they made those
 * the page's longest tasks after its first paint. A sample of each text style, with the
 * characters it will show (so the same fallback fonts), asks for them ahead.
 */
function warmFonts(samples: FontSample[], then: () => void): void {
  const parts = samples.flatMap(([classes, text]) => byScript(text).map((part) => [classes, part] as const));
  const next = (index: number): void => {
    const part = parts[index];
    if (!part) {
      then();
      return;
    }
    const holder = h(
      'div',
      { class: 'invisible absolute', 'aria-hidden': 'true' },
      h('span', { class: part[0] }, part[1]),
    );
    document.body.append(holder);
    void holder.offsetWidth; // lays it out now, in this task
    holder.remove();
    void yieldToMain().then(() => next(index + 1));
  };
  next(0);
}

/**
 * What the app adds under the article once it has adopted it (the tags and share button, the
 * comments' heading, the site's footer): only their fonts, so the app's render that adds them
 * does not ask for them.
 */
function belowArticleSamples(article: ArticleLike): FontSample[] {
  const tagNames = Array.isArray(article.tags)
    ? article.tags.map((tag: { name?: unknown }) => tag?.name)
    : [];
  const tagsAndShare = tagNames.filter((name) => typeof name === 'string').join('') + share;
  const commentCount = typeof article.commentCount === 'number' ? article.commentCount : 0;
  return [
    [c.tagLink, tagsAndShare],
    [c.commentsHeading, commentsHeading(commentCount)],
    [c.siteFooter, footerRights(config.siteName)],
  ];
}

/** About a phone's screenful of the body's text: what one frame lays out (the first fills the screen). */
const BODY_CHARS_PER_FRAME = 1000;

/** Appends `paragraphs` to `body`, whole paragraphs of up to `BODY_CHARS_PER_FRAME` a frame (one at least), then `done`. */
function appendInFrames(body: HTMLElement, paragraphs: readonly string[], done: () => void): void {
  let end = 0;
  let chars = 0;
  for (const text of paragraphs) {
    if (end > 0 && chars + text.length > BODY_CHARS_PER_FRAME) break;
    chars += text.length;
    end++;
  }
  body.append(...paragraphs.slice(0, end).map((text) => h('p', {}, text)));
  if (end < paragraphs.length) afterNextFrame(() => appendInFrames(body, paragraphs.slice(end), done));
  else done();
}

/** `run` on the first call only: each wait here ends on whichever of its signals comes first. */
function once(run: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    run();
  };
}

/** Runs `then` once the browser has rendered a frame; soon anyway (a hidden tab renders none). */
function afterNextFrame(then: () => void): void {
  const run = once(then);
  requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, 100);
}

/** How long the article's answer may hold the app's code back, on a slow or hanging API. */
const HEAD_START_MS = 1000;

function loadApp(src: string): void {
  const script = document.createElement('script');
  script.type = 'module';
  script.crossOrigin = 'anonymous';
  script.src = src;
  document.head.append(script);
}

/**
 * Runs `then` once what was painted into `container` is on the reader's screen: when the browser
 * reports, or has already reported, a largest paint inside it (after it has been presented), else
 * two frames on; soon in any case, as a hidden tab paints nothing. Already reported counts: the
 * body's last frames are below the screen and may bring no new largest paint.
 */
function afterPaint(container: HTMLElement, then: () => void): void {
  let observer: PerformanceObserver | undefined;
  const run = once(() => {
    observer?.disconnect();
    then();
  });
  if (PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')) {
    // The header's paint may be reported after the article is in: only the article's counts.
    observer = new PerformanceObserver((list) => {
      const entries = list.getEntries() as LargestContentfulPaint[];
      if (entries.some((entry) => entry.element && container.contains(entry.element))) run();
    });
    observer.observe({ type: 'largest-contentful-paint', buffered: true });
  } else {
    requestAnimationFrame(() => requestAnimationFrame(run));
  }
  setTimeout(run, 500);
}

/**
 * Called right after #root is parsed, with the app's entry. It paints the page's frame at once, so
 * the reader sees the site while the article is on its way. On an article's address it paints the
 * article into it once the answer is in, and loads the app's code only when that is on screen:
 * the article's text goes first on the wire and on screen, as on a static page, and the app,
 * which renders the same article in the same place, follows. Elsewhere, or when the answer is
 * late or not an article, the app loads at once and shows its skeleton, error or not-found page.
 */
window.__paintEarly = (appSrc: string) => {
  // The reader's text size, before the first frame: the render-blocking link in <head> holds that
  // frame until the page's frame is in.
  applyTextScale(readTextScaleIndex());
  const early = window.__earlyRequest;
  const root = document.getElementById('root');
  const main = root ? paintFrame(root) : undefined;
  if (!early) {
    loadApp(appSrc);
    return;
  }
  const headStart = new Promise<void>((resolve) => setTimeout(resolve, HEAD_START_MS));
  void Promise.race([early.settled, headStart]).then(() => {
    const article = early.data as ArticleLike | undefined;
    if (!main || !article) {
      loadApp(appSrc);
      return;
    }
    paintArticle(main, article, () => {
      early.painted = true;
      afterPaint(main, () => loadApp(appSrc));
    });
  });
};

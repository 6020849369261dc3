import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { referenceArticle } from '../../mocks/data/reference-article';
import { expect, MOCK_API_URL, REFERENCE_SLUG, REFERENCE_TITLE, test } from './fixtures';

/**
 * A reader whose browser runs no script (turned off, blocked, or not yet arrived on a slow
 * network) gets whole pages from the server: every screen readable, every link a real link.
 */
test.use({ javaScriptEnabled: false });

// With scripts off, the browser asks for none of the app's code: all it shows is the server's HTML.
let scripts: string[] = [];
test.beforeEach(({ page }) => {
  scripts = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
});
test.afterEach(() => {
  expect(scripts, 'scripts the browser loaded').toEqual([]);
});

const ARTICLE = `/articles/${REFERENCE_SLUG}`;

/** «الثلاثاء 26 تشرين الثاني 05:16»: the header's date, worked out here from the time it names. */
function headerDate(instant: Date): string {
  const parts = new Intl.DateTimeFormat('ar-IQ-u-nu-latn', {
    timeZone: 'Asia/Baghdad',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((candidate) => candidate.type === type)?.value;
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('hour')}:${part('minute')}`;
}

/** Opens `path` as a full page load and checks its answer's status. */
async function open(page: Page, path: string, status = 200): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), `status of ${path}`).toBe(status);
}

/** The site's header: its name, a link home, and the date and time of the server's render. */
async function expectHeader(page: Page, requestedAt: number) {
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('link', { name: 'زاكروس عربية' })).toHaveAttribute('href', '/');
  const clock = banner.locator('time');
  const shownMinute = new Date((await clock.getAttribute('datetime')) ?? '');
  // The minute the page was rendered in: from the minute of the request to now.
  expect(shownMinute.getTime()).toBeGreaterThanOrEqual(requestedAt - 60_000);
  expect(shownMinute.getTime()).toBeLessThanOrEqual(Date.now());
  await expect(clock).toHaveText(headerDate(shownMinute));
}

/** The titles of the first page of the latest news (of one tag), as the API has them. */
async function latestTitles(request: APIRequestContext, tag?: string): Promise<string[]> {
  const query = new URLSearchParams({ page: '1', pageSize: '10', ...(tag ? { tag } : {}) });
  const response = await request.get(`${MOCK_API_URL}/api/articles?${query}`);
  expect(response.ok()).toBe(true);
  const { items } = (await response.json()) as { items: { title: string }[] };
  expect(items.length).toBeGreaterThan(1);
  return items.map(({ title }) => title);
}

/** The list's cards: each an article whose title (its heading) is a link to the article. */
async function expectCards(page: Page, titles: string[]) {
  const cards = page.getByRole('main').getByRole('article');
  await expect(cards.getByRole('heading', { level: 2 })).toHaveText(titles);
  for (const card of await cards.all()) {
    await expect(card.getByRole('heading', { level: 2 }).getByRole('link')).toHaveAttribute(
      'href',
      /^\/articles\/[\w-]+$/,
    );
  }
  return cards;
}

/** Clicks `link` and waits for the page it leads to, loaded whole from the server. */
async function follow(page: Page, link: Locator, path: string) {
  const loaded = page.waitForResponse(
    (response) =>
      response.request().resourceType() === 'document' && new URL(response.url()).pathname === path,
  );
  await link.click();
  expect((await loaded).status()).toBe(200);
  await expect(page).toHaveURL(path);
}

test('the home page lists the latest news as links, with the header', async ({ page, request }) => {
  const requestedAt = Date.now();
  await open(page, '/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('آخر الأخبار');
  await expectHeader(page, requestedAt);
  const cards = await expectCards(page, await latestTitles(request));
  const first = cards.first();
  await expect(first.getByRole('heading', { level: 2 })).toHaveText(REFERENCE_TITLE);
  await expect(first.getByText(referenceArticle.subtitle)).toBeVisible();
  await expect(first.getByText('20 أيار 2021', { exact: true })).toBeVisible();
  await expect(first.getByRole('link', { name: 'العراق' })).toHaveAttribute('href', '/tags/iraq');

  await follow(page, first.getByRole('link', { name: REFERENCE_TITLE }), ARTICLE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(REFERENCE_TITLE);
  await expect(page.locator('#article-body p')).toHaveText(referenceArticle.body);
});

test('the article is readable to its last paragraph, and its tag link leads to the tag page', async ({
  page,
}) => {
  const requestedAt = Date.now();
  await open(page, ARTICLE);
  await expect(page).toHaveTitle(REFERENCE_TITLE);
  await expectHeader(page, requestedAt);
  const article = page.getByRole('article', { name: REFERENCE_TITLE });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(REFERENCE_TITLE);
  await expect(article.getByText(referenceArticle.subtitle)).toBeVisible();
  await expect(article.getByText('زاكروس عربية – أربيل')).toBeVisible();
  await expect(article.getByText('20 أيار 2021', { exact: true })).toBeVisible();
  const paragraphs = article.locator('#article-body p');
  await expect(paragraphs).toHaveText(referenceArticle.body);
  await paragraphs.last().scrollIntoViewIfNeeded();
  await expect(paragraphs.last()).toBeInViewport();
  const tags = article.getByRole('navigation', { name: 'الوسوم' }).getByRole('link');
  await expect(tags).toHaveText(['العراق']);
  // Where the comments come, their heading holds the place.
  await expect(page.getByRole('heading', { name: 'التعليقات (0)' })).toBeVisible();

  await follow(page, tags.first(), '/tags/iraq');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('أخبار العراق');
});

test('the tag page lists its articles as links', async ({ page, request }) => {
  const requestedAt = Date.now();
  await open(page, '/tags/iraq');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('أخبار العراق');
  await expectHeader(page, requestedAt);
  await expectCards(page, await latestTitles(request, 'iraq'));

  await follow(page, page.getByRole('link', { name: REFERENCE_TITLE }), ARTICLE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(REFERENCE_TITLE);
});

test('an unknown address is a 404 with the Arabic not-found page and a way home', async ({ page }) => {
  const requestedAt = Date.now();
  await open(page, '/no/such/page', 404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الصفحة غير موجودة');
  await expectHeader(page, requestedAt);

  await follow(page, page.getByRole('link', { name: 'العودة إلى الصفحة الرئيسية' }), '/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('آخر الأخبار');
  await expect(page.getByRole('link', { name: REFERENCE_TITLE })).toBeVisible();
});

test('an unknown article is a 404 with the Arabic not-found page', async ({ page }) => {
  await open(page, '/articles/no-such-article', 404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الخبر غير موجود');
  await follow(page, page.getByRole('link', { name: 'العودة إلى الصفحة الرئيسية' }), '/');
});

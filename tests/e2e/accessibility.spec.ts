import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, REFERENCE_SLUG, test, waitForApp } from './fixtures';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

const screens = [
  { name: 'home', path: '/', ready: 'آخر الأخبار' },
  { name: 'article', path: `/articles/${REFERENCE_SLUG}`, ready: 'الكاظمي' },
  { name: 'tag', path: '/tags/iraq', ready: 'أخبار العراق' },
  { name: 'not-found', path: '/nowhere', ready: 'الصفحة غير موجودة' },
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const screen of screens) {
    test(`${screen.name} has no axe violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(screen.path);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(screen.ready);
      await expect(page.getByRole('banner')).toContainText('°C');
      // The page as the reader keeps it: once the app has taken it over.
      await waitForApp(page);
      await expectNoViolations(page, `${screen.name} (${colorScheme})`);
    });
  }
}

test('the production server sends a CSP that blocks injected inline scripts', async ({ page }) => {
  const response = await page.goto(`/articles/${REFERENCE_SLUG}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const policy = response?.headers()['content-security-policy'];
  // The site's own scripts, and its own inline scripts by their hashes, nothing else.
  expect(policy).toMatch(/(^|; )script-src 'self'( 'sha256-[\w+/]+=*')+(;|$)/);
  expect(policy).not.toContain('unsafe-inline');
  // Without 'unsafe-eval' in script-src, eval and new Function are refused.
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).toContain("connect-src 'self'");

  const outcome = await page.evaluate(async () => {
    const violation = new Promise<string>((resolve) =>
      document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective), {
        once: true,
      }),
    );
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.head.append(script);
    return { directive: await violation, ran: 'injected' in window };
  });
  expect(outcome.ran).toBe(false);
  expect(outcome.directive).toMatch(/^script-src/);
});

test('text zoomed to 200% still fits the phone screen', async ({ page }) => {
  // The header's clock at its widest (measured over every weekday and month): at twice the text
  // size it is wider than the phone, so it has to wrap.
  await page.clock.setFixedTime(new Date('2023-11-30T09:15:00+03:00'));
  await page.goto(`/articles/${REFERENCE_SLUG}`);
  await expect(page.getByText('الخميس 30 تشرين الثاني 09:15')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
});

test.describe('the stored text size', () => {
  // The reload must fetch the app's code from the server, where the test watches for it: without
  // the site's service worker, which would answer from its precache.
  test.use({ serviceWorkers: 'block' });

  test('the text size control is remembered across a reload, from the first paint', async ({ page }) => {
    await page.goto('/');
    // The buttons are the app's: they work once it has taken over the server's HTML.
    await waitForApp(page);
    await page.getByRole('button', { name: 'تكبير الخط' }).click();
    const size = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(await size()).toBe('18px');
    // The server renders the default size; the page's first script applies the stored one before
    // the first paint, so the larger text is there before the app's code has even been asked for.
    let sizeAtFirstScript = '';
    await page.route('**/assets/index-*.js', async (route) => {
      sizeAtFirstScript ||= await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
      await route.continue();
    });
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await waitForApp(page);
    expect(sizeAtFirstScript).toBe('18px');
    expect(await size()).toBe('18px');
    // And the app takes on the stored size: the next step up is from there.
    await page.getByRole('button', { name: 'تكبير الخط' }).click();
    expect(await size()).toBe('20px');
  });
});

test('every control shows a visible focus ring when reached by keyboard', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'المزيد' })).toBeVisible();
  for (let stop = 0; stop < 6; stop++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const style = getComputedStyle(element);
      return { width: parseFloat(style.outlineWidth), style: style.outlineStyle, tag: element.tagName };
    });
    expect(outline.style, `focus ring on stop ${stop} (${outline.tag})`).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  }
});

/**
 * The built page paints the article before the app's code arrives (src/early/), and the app's
 * first render adopts those nodes (hydrates them) instead of building its own. React keeps a
 * painted node only when its first render matches it, and in production it repairs no attribute
 * that differs: these tests run React's development build, which reports any difference.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { Root } from 'react-dom/client';
import type { DataRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { referenceArticle } from '../../mocks/data/reference-article';
import { server } from '../../mocks/node';
import { REFERENCE_SLUG, REFERENCE_TITLE } from '../support/render-app';

let started: { root: Root; router: DataRouter } | undefined;
let consoleErrors: string[];

/**
 * What the built page does before the app's code arrives: its pre-app script, then the paint, which
 * puts the article's paragraphs in over the frames after its head. The built page asks for the
 * app's code only once they are all in (and the fonts of what the app adds under them asked for).
 */
async function paintEarly() {
  await import('@/early/request-article');
  await import('@/early/early-article');
  window.__paintEarly?.('/assets/app.js');
  await waitFor(() => expect(document.head.querySelector('script[src="/assets/app.js"]')).not.toBeNull());
  expect(document.querySelectorAll('#article-body p')).toHaveLength(referenceArticle.body.length);
  // The samples laid out for their fonts are gone: the page holds the app's root alone.
  expect([...document.body.children].map((element) => element.id)).toEqual(['root']);
}

/** What the app's entry does once its code is in. */
async function startTheApp() {
  const { startApp } = await import('@/app/start-app');
  const container = document.getElementById('root');
  if (!container) throw new Error('no #root');
  await act(async () => {
    started = await startApp(container);
  });
}

describe('the app takes over the article painted before its code arrived', () => {
  beforeEach(() => {
    // Fresh modules: the pre-app script runs on load, and the hand-over between it and the app is
    // held in module state.
    vi.resetModules();
    history.replaceState(null, '', `/articles/${REFERENCE_SLUG}`);
    document.body.replaceChildren(Object.assign(document.createElement('div'), { id: 'root' }));
    document.head.querySelectorAll('script[src="/assets/app.js"]').forEach((script) => script.remove());
    consoleErrors = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      consoleErrors.push(args.map(String).join(' '));
    });
  });

  afterEach(() => {
    act(() => started?.root.unmount());
    started?.router.dispose();
    started = undefined;
    window.__earlyRequest = undefined;
    window.__paintEarly = undefined;
    window.__earlyClockMinute = undefined;
    history.replaceState(null, '', '/');
    vi.useRealTimers();
  });

  it('keeps every painted node, with no difference from its own first render', async () => {
    vi.useFakeTimers({ now: new Date('2024-11-26T02:16:30Z'), toFake: ['Date'] });
    await paintEarly();
    const title = await screen.findByRole('heading', { level: 1, name: REFERENCE_TITLE });
    const main = screen.getByRole('main');
    const banner = screen.getByRole('banner');
    const siteName = within(banner).getByRole('link', { name: 'زاكروس عربية' });
    const clock = within(banner).getByText('الثلاثاء 26 تشرين الثاني 05:16');
    const paragraphs = [...document.querySelectorAll('#article-body p')];
    expect(paragraphs).toHaveLength(referenceArticle.body.length);
    // Idle until the app is up: out of the keyboard's way and hidden from assistive technology.
    const textSizeButtons = [...banner.querySelectorAll('button')];
    expect(textSizeButtons).toHaveLength(2);
    expect(within(banner).queryByRole('button')).toBeNull();

    await startTheApp();
    // What the paint lacks comes in the render after the adopting one.
    expect(await screen.findByRole('button', { name: 'مشاركة' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'تكبير الخط' })).toBeEnabled();
    // The painted buttons themselves now work: no node was replaced for them.
    expect(within(screen.getByRole('group', { name: 'حجم الخط' })).getAllByRole('button')).toEqual(
      textSizeButtons,
    );
    expect(screen.getByRole('link', { name: 'العراق' })).toHaveAttribute('href', '/tags/iraq');
    expect(await screen.findByRole('region', { name: 'التعليقات (0)' })).toBeVisible();

    expect(screen.getByRole('heading', { level: 1 })).toBe(title);
    expect(screen.getByRole('main')).toBe(main);
    expect(within(screen.getByRole('banner')).getByRole('link', { name: 'زاكروس عربية' })).toBe(siteName);
    expect(within(screen.getByRole('banner')).getByText('الثلاثاء 26 تشرين الثاني 05:16')).toBe(clock);
    expect([...document.querySelectorAll('#article-body p')]).toEqual(paragraphs);
    // React's development build reports here any text or attribute its render did not match.
    expect(consoleErrors).toEqual([]);
  });

  it('moves the clock on when a minute turned between the paint and the app', async () => {
    vi.useFakeTimers({ now: new Date('2024-11-26T02:16:59.900Z'), toFake: ['Date'] });
    await paintEarly();
    await screen.findByRole('heading', { level: 1, name: REFERENCE_TITLE });
    const clock = within(screen.getByRole('banner')).getByText('الثلاثاء 26 تشرين الثاني 05:16');

    vi.setSystemTime(new Date('2024-11-26T02:17:00.200Z'));
    await startTheApp();
    expect(await screen.findByRole('button', { name: 'مشاركة' })).toBeVisible();
    expect(clock).toHaveTextContent('الثلاثاء 26 تشرين الثاني 05:17');
    expect(clock).toHaveAttribute('datetime', '2024-11-26T02:17:00.000Z');
    expect(clock).toBeInTheDocument();
    expect(consoleErrors).toEqual([]);
  });

  it('builds its own page when the painted answer breaks the contract, and says so', async () => {
    // Enough of an article for the pre-app paint, but without the tags the app requires.
    const { tags: _tags, ...withoutTags } = referenceArticle;
    server.use(http.get('*/api/articles/:slug', () => HttpResponse.json(withoutTags)));
    await paintEarly();
    const title = await screen.findByRole('heading', { level: 1, name: REFERENCE_TITLE });

    await startTheApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('تعذّر تحميل الخبر.');
    expect(within(alert).getByRole('button', { name: 'إعادة المحاولة' })).toBeEnabled();
    expect(title).not.toBeInTheDocument();
    expect(consoleErrors).toEqual([]);
  });
});

import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { store } from '../../mocks/node';
import { REFERENCE_SLUG, renderApp } from '../support/render-app';

/**
 * jsdom measures nothing: a PerformanceObserver stands in for the browser's, and the test hands
 * it the entries a browser would. The rest is the app's: the real routes and router, the
 * reporter's lazy chunk, the fetch fallback (jsdom has no sendBeacon) and the mock's schema.
 */
class FakePerformanceObserver {
  static supportedEntryTypes = ['largest-contentful-paint', 'layout-shift', 'event', 'first-input'];
  static observing: FakePerformanceObserver[] = [];
  type = '';
  constructor(private readonly callback: (list: { getEntries: () => object[] }) => void) {}
  observe({ type }: { type: string }) {
    this.type = type;
    FakePerformanceObserver.observing.push(this);
  }
  takeRecords() {
    return [];
  }
  disconnect() {}
  static emit(type: string, entry: object) {
    for (const observer of this.observing.filter((candidate) => candidate.type === type))
      observer.callback({ getEntries: () => [entry] });
  }
}

function hidePage() {
  Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(() => {
  FakePerformanceObserver.observing = [];
  vi.stubGlobal('PerformanceObserver', FakePerformanceObserver);
  // A fresh reporter for each test: its state lives in its module.
  vi.resetModules();
});
afterEach(() => {
  Reflect.deleteProperty(document, 'visibilityState');
  vi.unstubAllGlobals();
});

describe('real readers’ Core Web Vitals', () => {
  it('reports the article’s view with its LCP on navigating, then the tag page’s view without one when hidden', async () => {
    const { user } = renderApp(`/articles/${REFERENCE_SLUG}`);
    const article = await screen.findByRole('article');
    // The reporter's code has come, after the first render, and watches the page.
    await vi.waitFor(() => expect(FakePerformanceObserver.observing).toHaveLength(4));
    FakePerformanceObserver.emit('largest-contentful-paint', { startTime: 640 });
    FakePerformanceObserver.emit('layout-shift', { value: 0.03, startTime: 700, hadRecentInput: false });
    expect(store.vitals).toEqual([]);

    await user.click(await within(article).findByRole('link', { name: 'العراق' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'أخبار العراق' })).toBeInTheDocument();
    await vi.waitFor(() => expect(store.vitals).toHaveLength(1));
    expect(store.vitals[0]).toMatchObject({
      route: '/articles/:slug',
      navigationType: 'navigate',
      lcp: 640,
      cls: 0.03,
    });

    FakePerformanceObserver.emit('layout-shift', {
      value: 0.2,
      startTime: performance.now(),
      hadRecentInput: false,
    });
    hidePage();
    await vi.waitFor(() => expect(store.vitals).toHaveLength(2));
    expect(store.vitals[1]).toEqual({
      route: '/tags/:slug',
      navigationType: 'soft-navigation',
      cls: 0.2,
      receivedAt: expect.any(String),
    });
    // Nothing of the reader's addresses reached the API.
    expect(JSON.stringify(store.vitals)).not.toMatch(/kadhimi|iraq/);
  });

  it('sends nothing, and breaks nothing, where the browser measures nothing', async () => {
    const askedWhatIsMeasured = vi.fn(() => []);
    vi.stubGlobal(
      'PerformanceObserver',
      class extends FakePerformanceObserver {
        static override get supportedEntryTypes() {
          return askedWhatIsMeasured();
        }
      },
    );
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const { user } = renderApp(`/articles/${REFERENCE_SLUG}`);
    const article = await screen.findByRole('article');
    await vi.waitFor(() => expect(askedWhatIsMeasured).toHaveBeenCalled());
    await user.click(await within(article).findByRole('link', { name: 'العراق' }));
    await screen.findByRole('heading', { level: 1, name: 'أخبار العراق' });
    hidePage();
    // A report goes out at once (sendVitals calls fetch as the page hides): none did.
    expect(fetchSpy.mock.calls.filter(([url]) => String(url).includes('/api/vitals'))).toEqual([]);
  });
});

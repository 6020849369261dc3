import { onlineManager } from '@tanstack/react-query';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VAPID_PUBLIC_KEY } from '../../mocks/handlers/push';
import { store } from '../../mocks/node';
import { REFERENCE_SLUG, REFERENCE_TITLE, renderApp } from '../support/render-app';
import { stubPushBrowser, stubUserAgent, unstubPushBrowser } from './notifications-browser-stubs';

const TITLE = 'هل ترغب في تلقي إشعارات؟';
const DAY_MS = 24 * 60 * 60 * 1000;
const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

/** The article, once the footer knows where notifications stand. */
async function openArticle(footerText: string | RegExp = 'الإشعارات: متوقفة') {
  const view = renderApp(`/articles/${REFERENCE_SLUG}`);
  await screen.findByRole('heading', { level: 1, name: REFERENCE_TITLE });
  await screen.findByText(footerText);
  return view;
}

function spendTime(ms: number) {
  act(() => vi.advanceTimersByTime(ms));
}

function scrollIntoBody({ scrollY, bodyTop }: { scrollY: number; bodyTop: number }) {
  const body = document.getElementById('article-body');
  if (!body) throw new Error('no #article-body');
  vi.spyOn(body, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, bodyTop, 800, 2000));
  vi.spyOn(window, 'scrollY', 'get').mockReturnValue(scrollY);
  fireEvent.scroll(window);
}

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
  vi.useRealTimers();
  unstubPushBrowser();
});

describe('the notification prompt: when it shows', () => {
  it('never shows where the browser has no push support, and the footer says so', async () => {
    await openArticle('متصفحك لا يدعم إشعارات الأخبار.');
    spendTime(60_000);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('never shows in Safari on an iPhone, where push needs the site on the home screen', async () => {
    stubPushBrowser();
    stubUserAgent(IPHONE_SAFARI);
    await openArticle(/أضف الموقع إلى الشاشة الرئيسية/);
    spendTime(60_000);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('is not there at first paint, and appears after half a minute on the article', async () => {
    stubPushBrowser();
    await openArticle();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    spendTime(29_000);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    spendTime(1_000);
    // Its code loads once the reader has engaged.
    const dialog = await screen.findByRole('dialog', { name: TITLE });
    expect(within(dialog).getByText('ابق على اطلاع بآخر أخبارنا وأحداثنا.')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'السماح' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'لاحقاً' })).toBeInTheDocument();
    // Non-modal: the article stays readable and usable around it.
    expect(dialog).not.toHaveAttribute('aria-modal');
    expect(screen.getByRole('heading', { level: 1, name: REFERENCE_TITLE })).toBeVisible();
  });

  it('appears as soon as the reader scrolls down into the article body', async () => {
    stubPushBrowser();
    await openArticle();
    scrollIntoBody({ scrollY: 400, bodyTop: 120 });
    expect(await screen.findByRole('dialog', { name: TITLE })).toBeInTheDocument();
  });

  it('steps aside while the reader is offline, and comes back with the connection', async () => {
    stubPushBrowser();
    await openArticle();
    scrollIntoBody({ scrollY: 400, bodyTop: 120 });
    expect(await screen.findByRole('dialog', { name: TITLE })).toBeInTheDocument();
    // «السماح» could not reach the push service or the server now.
    act(() => onlineManager.setOnline(false));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    act(() => onlineManager.setOnline(true));
    expect(screen.getByRole('dialog', { name: TITLE })).toBeInTheDocument();
  });

  it('counts a reader who scrolled into the body before the prompt’s code arrived', async () => {
    stubPushBrowser();
    // Scrolled on while only the early-painted article was there: no scroll event comes later.
    vi.spyOn(window, 'scrollY', 'get').mockReturnValue(400);
    const rect = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect');
    rect.mockImplementation(function (this: HTMLElement) {
      return new DOMRect(0, this.id === 'article-body' ? 120 : 0, 800, 100);
    });
    await openArticle();
    expect(await screen.findByRole('dialog', { name: TITLE })).toBeInTheDocument();
  });

  it('does not take the scroll back to the top of a new page for reading', async () => {
    stubPushBrowser();
    await openArticle();
    scrollIntoBody({ scrollY: 0, bodyTop: 300 });
    scrollIntoBody({ scrollY: 40, bodyTop: 260 });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('never shows once notifications are allowed, and the footer offers to turn them on', async () => {
    stubPushBrowser({ permission: 'granted' });
    await openArticle();
    spendTime(60_000);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'تفعيل الإشعارات' })).toBeInTheDocument();
  });

  it('never shows once the reader has blocked notifications, and the footer explains how to unblock them', async () => {
    stubPushBrowser({ permission: 'denied' });
    await openArticle(/الإشعارات محظورة لهذا الموقع في متصفحك/);
    expect(screen.getByText(/افتح إعدادات الموقع/)).toBeInTheDocument();
    spendTime(60_000);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('the notification prompt: «لاحقاً» and its back-off', () => {
  async function promptAfterEngagement() {
    await openArticle();
    spendTime(30_000);
    return screen.findByRole('dialog', { name: TITLE });
  }

  async function expectNoPromptOn(dayOffset: number, start: number) {
    vi.setSystemTime(start + dayOffset * DAY_MS);
    const view = await openArticle();
    spendTime(60_000);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    view.unmount();
  }

  it('hides on «لاحقاً» and stays away 3 days, then 7, then 30', async () => {
    stubPushBrowser();
    const start = Date.now();
    let view = await openArticle();
    spendTime(30_000);
    await view.user.click(await screen.findByRole('button', { name: 'لاحقاً' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    view.unmount();

    await expectNoPromptOn(2.9, start);
    vi.setSystemTime(start + 3.1 * DAY_MS);
    view = await openArticle();
    spendTime(30_000);
    await view.user.click(await screen.findByRole('button', { name: 'لاحقاً' }));
    view.unmount();

    const second = start + 3.1 * DAY_MS;
    await expectNoPromptOn(3.1 + 6.9, start);
    vi.setSystemTime(second + 7.1 * DAY_MS);
    view = await openArticle();
    spendTime(30_000);
    await view.user.click(await screen.findByRole('button', { name: 'لاحقاً' }));
    view.unmount();

    const third = second + 7.1 * DAY_MS;
    await expectNoPromptOn((third - start) / DAY_MS + 29.9, start);
    vi.setSystemTime(third + 30.1 * DAY_MS);
    await promptAfterEngagement();
  });

  it('takes Escape as «لاحقاً»', async () => {
    stubPushBrowser();
    const start = Date.now();
    const view = await openArticle();
    spendTime(30_000);
    await screen.findByRole('dialog', { name: TITLE });
    await view.user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    view.unmount();
    await expectNoPromptOn(1, start);
  });
});

describe('the notification prompt: «السماح»', () => {
  async function allow() {
    const view = await openArticle();
    spendTime(30_000);
    const dialog = await screen.findByRole('dialog', { name: TITLE });
    await view.user.click(within(dialog).getByRole('button', { name: 'السماح' }));
    return { view, dialog };
  }

  it('asks the browser, subscribes with the server key, sends the subscription and confirms', async () => {
    const browser = stubPushBrowser();
    const { dialog } = await allow();
    expect(
      await within(dialog).findByText('تم تفعيل الإشعارات. سنرسل إليك أهم الأخبار.'),
    ).toBeInTheDocument();
    expect(browser.requestPermission).toHaveBeenCalledTimes(1);
    expect(browser.serviceWorker.register).toHaveBeenCalledWith('/sw.js', { scope: '/' });
    const [options] = browser.pushManager.subscribe.mock.calls[0] ?? [];
    expect(options?.userVisibleOnly).toBe(true);
    const key = options?.applicationServerKey as Uint8Array;
    expect(key).toHaveLength(65);
    expect(
      btoa(String.fromCharCode(...key))
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, ''),
    ).toBe(VAPID_PUBLIC_KEY);
    expect([...store.pushSubscriptions.keys()]).toEqual(['https://push.example.test/send/reader-1']);
    expect(await screen.findByText('الإشعارات: مفعّلة')).toBeInTheDocument();
  });

  it('closes after the confirmation with «إغلاق»', async () => {
    stubPushBrowser();
    const { view, dialog } = await allow();
    await view.user.click(await within(dialog).findByRole('button', { name: 'إغلاق' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('goes away for good when the reader blocks notifications in the browser', async () => {
    const browser = stubPushBrowser({ answer: 'denied' });
    await allow();
    expect(await screen.findByText(/الإشعارات محظورة لهذا الموقع في متصفحك/)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(browser.pushManager.subscribe).not.toHaveBeenCalled();
  });

  it('counts closing the browser question without an answer as «لاحقاً»', async () => {
    stubPushBrowser({ answer: 'default' });
    const start = Date.now();
    const { view } = await allow();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    view.unmount();
    vi.setSystemTime(start + DAY_MS);
    await openArticle();
    spendTime(60_000);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('says when the browser cannot reach its push service, and subscribes on «إعادة المحاولة»', async () => {
    const browser = stubPushBrowser();
    browser.pushManager.subscribe.mockRejectedValueOnce(
      new DOMException('Registration failed - push service not available', 'AbortError'),
    );
    const { view, dialog } = await allow();
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'تعذّر الوصول إلى خدمة الإشعارات في متصفحك. تحقّق من اتصالك ثم أعد المحاولة.',
    );
    expect(store.pushSubscriptions.size).toBe(0);
    await view.user.click(within(dialog).getByRole('button', { name: 'إعادة المحاولة' }));
    expect(
      await within(dialog).findByText('تم تفعيل الإشعارات. سنرسل إليك أهم الأخبار.'),
    ).toBeInTheDocument();
    expect(store.pushSubscriptions.size).toBe(1);
  });

  it('says when the server cannot save the subscription, and sends it again on «إعادة المحاولة»', async () => {
    stubPushBrowser();
    store.updateSettings({ faults: { 'push-subscribe': { status: 503, times: 1 } } });
    const { view, dialog } = await allow();
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'تعذّر حفظ اشتراكك في الإشعارات. تحقّق من اتصالك ثم أعد المحاولة.',
    );
    await view.user.click(within(dialog).getByRole('button', { name: 'إعادة المحاولة' }));
    expect(
      await within(dialog).findByText('تم تفعيل الإشعارات. سنرسل إليك أهم الأخبار.'),
    ).toBeInTheDocument();
    expect(store.pushSubscriptions.size).toBe(1);
  });

  it('says when the server key cannot be fetched', async () => {
    stubPushBrowser();
    store.updateSettings({ faults: { 'push-key': { status: 500, times: 1 } } });
    const { dialog } = await allow();
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('تعذّر حفظ اشتراكك في الإشعارات.');
    expect(within(dialog).getByRole('button', { name: 'إعادة المحاولة' })).toBeEnabled();
  });
});

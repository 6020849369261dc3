import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { server, store } from '../../mocks/node';
import { renderApp } from '../support/render-app';
import { stubPushBrowser, unstubPushBrowser } from './notifications-browser-stubs';

const ENDPOINT = 'https://push.example.test/send/reader-1';

async function openFooter(path = '/') {
  const view = renderApp(path);
  const footer = await screen.findByRole('region', { name: 'إشعارات الأخبار' });
  return { ...view, footer };
}

afterEach(() => unstubPushBrowser());

describe('the footer notification control', () => {
  it('turns notifications on from any page and shows them as on', async () => {
    const browser = stubPushBrowser();
    const { user, footer } = await openFooter();
    expect(within(footer).getByText('الإشعارات: متوقفة')).toBeInTheDocument();
    await user.click(within(footer).getByRole('button', { name: 'تفعيل الإشعارات' }));
    expect(await within(footer).findByText('الإشعارات: مفعّلة')).toBeInTheDocument();
    expect(within(footer).getByRole('button', { name: 'إيقاف الإشعارات' })).toBeInTheDocument();
    expect(browser.requestPermission).toHaveBeenCalledTimes(1);
    expect([...store.pushSubscriptions.keys()]).toEqual([ENDPOINT]);
  });

  it('turns notifications off: the server forgets the endpoint and the browser unsubscribes', async () => {
    const browser = stubPushBrowser({ permission: 'granted', subscribed: true });
    store.pushSubscriptions.set(ENDPOINT, { endpoint: ENDPOINT, keys: { p256dh: 'p', auth: 'a' } });
    const subscription = browser.state.subscription;
    const { user, footer } = await openFooter();
    expect(await within(footer).findByText('الإشعارات: مفعّلة')).toBeInTheDocument();
    await user.click(within(footer).getByRole('button', { name: 'إيقاف الإشعارات' }));
    expect(await within(footer).findByText('الإشعارات: متوقفة')).toBeInTheDocument();
    expect(store.pushSubscriptions.size).toBe(0);
    expect(subscription?.unsubscribe).toHaveBeenCalledTimes(1);
  });

  it('sends a subscription the server never got on the next visit, and only then says «مفعّلة»', async () => {
    stubPushBrowser({ permission: 'granted', subscribed: true });
    expect(store.pushSubscriptions.size).toBe(0);
    const { footer } = await openFooter();
    expect(await within(footer).findByText('الإشعارات: مفعّلة')).toBeInTheDocument();
    expect([...store.pushSubscriptions.keys()]).toEqual([ENDPOINT]);
  });

  it('says «لم يكتمل التفعيل» while the server cannot be told, and finishes on «إكمال التفعيل»', async () => {
    stubPushBrowser({ permission: 'granted', subscribed: true });
    store.updateSettings({ faults: { 'push-subscribe': { status: 503 } } });
    const { user, footer } = await openFooter();
    expect(await within(footer).findByText('الإشعارات: لم يكتمل التفعيل')).toBeInTheDocument();
    expect(within(footer).queryByText('الإشعارات: مفعّلة')).not.toBeInTheDocument();
    store.updateSettings({ faults: { 'push-subscribe': null } });
    await user.click(within(footer).getByRole('button', { name: 'إكمال التفعيل' }));
    expect(await within(footer).findByText('الإشعارات: مفعّلة')).toBeInTheDocument();
    expect([...store.pushSubscriptions.keys()]).toEqual([ENDPOINT]);
  });

  it('moves to a changed server key: the server forgets the old subscription, then gets the new one', async () => {
    const browser = stubPushBrowser({ permission: 'granted', subscribed: true });
    const old = browser.state.subscription!;
    old.options.applicationServerKey = new Uint8Array([4, 9, 9]).buffer;
    store.pushSubscriptions.set(ENDPOINT, { endpoint: ENDPOINT, keys: { p256dh: 'p', auth: 'a' } });
    const methods: string[] = [];
    const record = ({ request }: { request: Request }) => {
      if (new URL(request.url).pathname === '/api/push/subscriptions') methods.push(request.method);
    };
    server.events.on('request:start', record);
    try {
      const { footer } = await openFooter();
      expect(await within(footer).findByText('الإشعارات: مفعّلة')).toBeInTheDocument();
      expect(methods).toEqual(['DELETE', 'POST']);
      expect(old.unsubscribe).toHaveBeenCalledTimes(1);
      expect(browser.pushManager.subscribe).toHaveBeenCalledTimes(1);
    } finally {
      server.events.removeListener('request:start', record);
    }
  });

  it('keeps notifications on and says so when the server cannot be told to stop', async () => {
    const browser = stubPushBrowser({ permission: 'granted', subscribed: true });
    store.updateSettings({ faults: { 'push-unsubscribe': { status: 503, times: 1 } } });
    const { user, footer } = await openFooter();
    await user.click(await within(footer).findByRole('button', { name: 'إيقاف الإشعارات' }));
    expect(await within(footer).findByRole('alert')).toHaveTextContent('تعذّر إيقاف الإشعارات. أعد المحاولة.');
    expect(within(footer).getByText('الإشعارات: مفعّلة')).toBeInTheDocument();
    expect(browser.state.subscription?.unsubscribe).not.toHaveBeenCalled();
    await user.click(within(footer).getByRole('button', { name: 'إيقاف الإشعارات' }));
    expect(await within(footer).findByText('الإشعارات: متوقفة')).toBeInTheDocument();
  });

  it('says why turning on failed when the browser has no push service, and can try again', async () => {
    const browser = stubPushBrowser();
    browser.pushManager.subscribe.mockRejectedValueOnce(new DOMException('no push service', 'AbortError'));
    const { user, footer } = await openFooter();
    await user.click(within(footer).getByRole('button', { name: 'تفعيل الإشعارات' }));
    expect(await within(footer).findByRole('alert')).toHaveTextContent(
      'تعذّر الوصول إلى خدمة الإشعارات في متصفحك.',
    );
    await user.click(within(footer).getByRole('button', { name: 'تفعيل الإشعارات' }));
    expect(await within(footer).findByText('الإشعارات: مفعّلة')).toBeInTheDocument();
    expect(within(footer).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('explains how to unblock notifications when the reader blocks them from the footer', async () => {
    stubPushBrowser({ answer: 'denied' });
    const { user, footer } = await openFooter();
    await user.click(within(footer).getByRole('button', { name: 'تفعيل الإشعارات' }));
    expect(await within(footer).findByText(/الإشعارات محظورة لهذا الموقع في متصفحك/)).toBeInTheDocument();
    expect(within(footer).queryByRole('button')).not.toBeInTheDocument();
  });
});

import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BROWSER_DEADLINES, configureApi } from '@/api/url';
import { store } from '../../mocks/node';
import type { Fault, RouteId } from '../../mocks/store';
import { REFERENCE_SLUG, REFERENCE_TITLE, renderApp } from '../support/render-app';

const faults: Record<string, Fault> = {
  'a 500': { status: 500 },
  'a dropped connection': { drop: true },
  'an answer that is not JSON': { badBody: 'not-json' },
  'JSON that breaks the contract': { badBody: 'schema' },
  'a request never answered': { hang: true },
  'an answer that trickles in': { trickle: true },
};

/** Short deadlines, so a hung or trickling answer gives up within the test (the app's are 15 s and 20 s). */
const TEST_DEADLINES = { read: 400, write: 400 };

/** Each screen's main request, where the reader sees its error, and what shows once it recovers. */
const screens: { route: RouteId; path: string; error: string; recovered: string }[] = [
  { route: 'articles', path: '/', error: 'تعذّر تحميل الأخبار.', recovered: REFERENCE_TITLE },
  {
    route: 'article',
    path: `/articles/${REFERENCE_SLUG}`,
    error: 'تعذّر تحميل الخبر.',
    recovered: REFERENCE_TITLE,
  },
  { route: 'tag', path: '/tags/iraq', error: 'تعذّر تحميل الأخبار.', recovered: 'أخبار العراق' },
];

describe.each(Object.entries(faults))('%s', (_name, fault) => {
  beforeEach(() => configureApi({ deadlines: TEST_DEADLINES }));
  afterEach(() => configureApi({ deadlines: BROWSER_DEADLINES }));
  it.each(screens)(
    'on $route shows an Arabic error whose retry recovers',
    async ({ route, path, error, recovered }) => {
      store.updateSettings({ faults: { [route]: fault } });
      const { user } = renderApp(path);
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(error);
      store.updateSettings({ faults: { [route]: undefined } });
      await user.click(within(alert).getByRole('button', { name: 'إعادة المحاولة' }));
      expect(await screen.findByText(recovered, { selector: 'h1, h2 a' })).toBeInTheDocument();
    },
  );

  it('on the comments leaves the article readable', async () => {
    store.updateSettings({ faults: { comments: fault } });
    renderApp(`/articles/${REFERENCE_SLUG}`);
    expect(await screen.findByRole('heading', { level: 1, name: REFERENCE_TITLE })).toBeInTheDocument();
    const comments = screen.getByRole('region', { name: /التعليقات/ });
    expect(await within(comments).findByRole('alert')).toHaveTextContent('تعذّر تحميل التعليقات.');
  });

  it('on the weather keeps the header quiet and the date in place', async () => {
    store.updateSettings({ faults: { weather: fault } });
    renderApp(`/articles/${REFERENCE_SLUG}`);
    expect(await screen.findByRole('heading', { level: 1, name: REFERENCE_TITLE })).toBeInTheDocument();
    const banner = screen.getByRole('banner');
    expect(within(banner).getByText(/\d{2}:\d{2}$/)).toBeInTheDocument();
    expect(within(banner).queryByText(/°C/)).not.toBeInTheDocument();
    expect(within(banner).queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('a slow answer', () => {
  it('shows the article skeleton, then the article', async () => {
    store.updateSettings({ faults: { article: { delayMs: 1500 } } });
    renderApp(`/articles/${REFERENCE_SLUG}`);
    expect(await screen.findByLabelText('جارٍ التحميل…')).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 1, name: REFERENCE_TITLE }, { timeout: 4000 }),
    ).toBeInTheDocument();
  });
});

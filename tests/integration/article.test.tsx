import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { referenceArticle } from '../../mocks/data/reference-article';
import { store } from '../../mocks/node';
import { articleQueryOptions } from '@/features/articles/api/get-article';
import { REFERENCE_SLUG, REFERENCE_TITLE, renderApp } from '../support/render-app';

describe('the article page', () => {
  it('shows the reference article whole: title, subtitle, source, date, body and tag', async () => {
    renderApp(`/articles/${REFERENCE_SLUG}`);
    expect(await screen.findByRole('heading', { level: 1, name: REFERENCE_TITLE })).toBeInTheDocument();
    const article = screen.getByRole('article');
    expect(within(article).getByText(referenceArticle.subtitle)).toBeInTheDocument();
    expect(within(article).getByText('زاكروس عربية – أربيل')).toBeInTheDocument();
    expect(within(article).getByText('20 أيار 2021').tagName).toBe('TIME');
    for (const paragraph of referenceArticle.body)
      expect(within(article).getByText(paragraph)).toBeInTheDocument();
    // Below the article, its tags come with their own code.
    expect(await within(article).findByRole('link', { name: 'العراق' })).toHaveAttribute(
      'href',
      '/tags/iraq',
    );
    await waitFor(() => expect(document.title).toBe(REFERENCE_TITLE));
  });

  it('shows the comments heading and the empty text', async () => {
    renderApp(`/articles/${REFERENCE_SLUG}`);
    const region = await screen.findByRole('region', { name: 'التعليقات (0)' });
    expect(await within(region).findByText('لا توجد تعليقات حتى الآن')).toBeInTheDocument();
  });

  it('shows a skeleton until the article arrives', async () => {
    store.updateSettings({ faults: { article: { delayMs: 300 } } });
    renderApp(`/articles/${REFERENCE_SLUG}`);
    expect(await screen.findByLabelText('جارٍ التحميل…')).toBeInTheDocument();
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByLabelText('جارٍ التحميل…')).not.toBeInTheDocument();
  });

  it('shows a not-found page in Arabic for an unknown slug', async () => {
    renderApp('/articles/no-such-article');
    expect(await screen.findByRole('heading', { level: 1, name: 'الخبر غير موجود' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'العودة إلى الصفحة الرئيسية' })).toHaveAttribute('href', '/');
  });

  it('shows an error with a retry when the article fails to load', async () => {
    // One failed load (the route's loader asks once; this client never retries), then the retry.
    store.updateSettings({ faults: { article: { status: 503, times: 1 } } });
    const { user } = renderApp(`/articles/${REFERENCE_SLUG}`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('تعذّر تحميل الخبر.');
    await user.click(within(alert).getByRole('button', { name: 'إعادة المحاولة' }));
    expect(await screen.findByRole('heading', { level: 1, name: REFERENCE_TITLE })).toBeInTheDocument();
  });

  it('brings the article back on a retry that finds it already fetched', async () => {
    // The retry's loader resolves at once here (the article reached the cache meanwhile), so its
    // «loading» and «done» states land in the same render: the route's error must still go.
    store.updateSettings({ faults: { article: { status: 503, times: 1 } } });
    const { queryClient } = renderApp(`/articles/${REFERENCE_SLUG}`);
    const alert = await screen.findByRole('alert');
    await queryClient.fetchQuery(articleQueryOptions(REFERENCE_SLUG));
    // Clicked as in a browser, where React renders when it gets to it, not at the end of an act().
    const reactActEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    reactActEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
    try {
      within(alert).getByRole('button', { name: 'إعادة المحاولة' }).click();
      expect(await screen.findByRole('heading', { level: 1, name: REFERENCE_TITLE })).toBeInTheDocument();
    } finally {
      reactActEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
    }
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the article when the comments fail', async () => {
    store.updateSettings({ faults: { comments: { drop: true } } });
    renderApp(`/articles/${REFERENCE_SLUG}`);
    expect(await screen.findByRole('heading', { level: 1, name: REFERENCE_TITLE })).toBeInTheDocument();
    const region = screen.getByRole('region', { name: 'التعليقات (0)' });
    expect(await within(region).findByRole('alert')).toHaveTextContent('تعذّر تحميل التعليقات.');
  });

  it('copies the link and confirms when Web Share is missing', async () => {
    const { user } = renderApp(`/articles/${REFERENCE_SLUG}`);
    await user.click(await screen.findByRole('button', { name: 'مشاركة' }));
    expect(await screen.findByText('تم نسخ الرابط')).toHaveAttribute('role', 'status');
    expect(await navigator.clipboard.readText()).toContain(`/articles/${REFERENCE_SLUG}`);
  });
});

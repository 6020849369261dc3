import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server, store } from '../../mocks/node';
import { REFERENCE_SLUG, REFERENCE_TITLE, renderApp } from '../support/render-app';

describe('the home page', () => {
  it('lists the latest articles, newest first, with the reference article on top', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: /آخر الأخبار/ })).toBeInTheDocument();
    await screen.findByRole('link', { name: REFERENCE_TITLE });
    const links = screen.getAllByRole('link');
    const titles = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(titles[0]).toBe(REFERENCE_TITLE);
    expect(titles).toHaveLength(10);
    expect(links.some((link) => link.getAttribute('href') === `/articles/${REFERENCE_SLUG}`)).toBe(true);
  });

  it('shows each card with its subtitle, date and first tag', async () => {
    renderApp('/');
    const title = await screen.findByRole('link', { name: REFERENCE_TITLE });
    const card = title.closest('article')!;
    expect(
      within(card).getByText('لوضع آليات تطبيق مخرجات الجولة الثالثة من الحوار الإستراتيجي'),
    ).toBeInTheDocument();
    expect(within(card).getByText('20 أيار 2021')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'العراق' })).toHaveAttribute('href', '/tags/iraq');
  });

  it('loads the next page with «المزيد» and hides it at the end', async () => {
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'المزيد' }));
    await screen.findByRole('link', { name: 'إعادة افتتاح المكتبة المركزية في جامعة الموصل' });
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(14);
    expect(screen.queryByRole('button', { name: 'المزيد' })).not.toBeInTheDocument();
  });

  it('shows skeletons while loading', async () => {
    store.updateSettings({ faults: { articles: { delayMs: 300 } } });
    renderApp('/');
    expect(await screen.findByLabelText('جارٍ التحميل…')).toHaveAttribute('aria-busy', 'true');
    await screen.findByRole('link', { name: REFERENCE_TITLE });
    expect(screen.queryByLabelText('جارٍ التحميل…')).not.toBeInTheDocument();
  });

  it('says so when there is no news', async () => {
    store.updateSettings({ mode: 'empty' });
    renderApp('/');
    expect(await screen.findByText('لا توجد أخبار بعد')).toBeInTheDocument();
  });

  it('shows an error with a retry that recovers', async () => {
    // One failed load (the route's loader asks once; this client never retries), then the retry.
    store.updateSettings({ faults: { articles: { status: 500, times: 1 } } });
    const { user } = renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('تعذّر تحميل الأخبار.');
    await user.click(within(alert).getByRole('button', { name: 'إعادة المحاولة' }));
    expect(await screen.findByRole('link', { name: REFERENCE_TITLE })).toBeInTheDocument();
  });

  it('treats an answer that breaks the contract as an error, not a crash', async () => {
    server.use(http.get('*/api/articles', () => HttpResponse.json({ items: 'nope' })));
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('تعذّر تحميل الأخبار.');
  });
});

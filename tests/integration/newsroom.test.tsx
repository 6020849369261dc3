import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server, store } from '../../mocks/node';
import { REFERENCE_SLUG, REFERENCE_TITLE, renderApp } from '../support/render-app';

describe('an article with a picture', () => {
  it('shows its lead picture with caption and credit, its author, its update and reading time', async () => {
    renderApp('/articles/dinar-exchange-rate-stable');
    const article = await screen.findByRole('article');
    const picture = within(article).getByRole('img', { name: 'رسم لقطع نقدية ذهبية أمام تلال خضراء' });
    expect(picture).toHaveAttribute('fetchpriority', 'high');
    expect(picture).toHaveAttribute('width', '1200');
    expect(picture).toHaveAttribute('height', '675');
    expect(picture.getAttribute('srcset')).toContain('/images/samples/market-400.webp 400w');
    expect(within(article).getByText('سوق الصرف في أربيل')).toBeInTheDocument();
    expect(within(article).getByText('تصوير: زاكروس')).toBeInTheDocument();
    expect(within(article).getByText(/^آخر تحديث/)).toHaveTextContent('آخر تحديث 18 أيار 2021 16:05');
    expect(within(article).getByText('دقيقة واحدة للقراءة')).toBeInTheDocument();
  });

  it('names its author beside the source', async () => {
    renderApp('/articles/erbil-fc-league-win');
    const article = await screen.findByRole('article');
    expect(within(article).getByText('بقلم كاروان محمد')).toBeInTheDocument();
  });

  it('keeps the reference article without a picture or an update line', async () => {
    renderApp(`/articles/${REFERENCE_SLUG}`);
    const article = await screen.findByRole('article');
    expect(within(article).queryByRole('img')).not.toBeInTheDocument();
    expect(within(article).queryByText(/آخر تحديث/)).not.toBeInTheDocument();
    expect(within(article).getByText('دقيقتان للقراءة')).toBeInTheDocument();
  });

  it('shows a quiet grey box when its picture fails', async () => {
    const { container } = renderApp('/articles/erbil-fc-league-win');
    const picture = await screen.findByRole('img', { name: 'رسم لملعب ليلي تضيئه أبراج الإنارة' });
    picture.dispatchEvent(new Event('error'));
    await waitFor(() =>
      expect(screen.getByRole('img', { name: 'رسم لملعب ليلي تضيئه أبراج الإنارة' }).tagName).toBe('SPAN'),
    );
    expect(container.querySelector('img[alt="رسم لملعب ليلي تضيئه أبراج الإنارة"]')).toBeNull();
  });
});

describe('the sections navigation', () => {
  it('lists the sections and marks the current one', async () => {
    renderApp('/tags/sports');
    const nav = await screen.findByRole('navigation', { name: 'الأقسام' });
    const sports = await within(nav).findByRole('link', { name: 'رياضة' });
    expect(sports).toHaveAttribute('aria-current', 'page');
    expect(sports).toHaveAttribute('href', '/tags/sports');
    expect(within(nav).getByRole('link', { name: 'العراق' })).not.toHaveAttribute('aria-current');
    expect(within(nav).getByRole('link', { name: 'الرئيسية' })).not.toHaveAttribute('aria-current');
  });

  it("marks an article's section as where the reader is, not as the page", async () => {
    renderApp('/articles/erbil-fc-league-win');
    const nav = await screen.findByRole('navigation', { name: 'الأقسام' });
    await waitFor(() =>
      expect(within(nav).getByRole('link', { name: 'رياضة' })).toHaveAttribute('aria-current', 'true'),
    );
    expect(within(nav).getByRole('link', { name: 'العراق' })).not.toHaveAttribute('aria-current');
  });

  it('keeps its line, with the home link, when the sections fail', async () => {
    store.updateSettings({ faults: { sections: { status: 500 } } });
    renderApp('/');
    const nav = await screen.findByRole('navigation', { name: 'الأقسام' });
    await screen.findAllByRole('heading', { level: 2 });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['الرئيسية']);
  });
});

describe('search', () => {
  it('finds an article however «استراتيجي» is spelled, and marks the match', async () => {
    const { user } = renderApp('/');
    const box = await screen.findByRole('searchbox', { name: 'بحث' });
    await user.type(box, 'الاسْتراتيجـي');
    await user.click(screen.getByRole('button', { name: 'بحث' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'نتائج البحث عن «الاسْتراتيجـي»' }),
    ).toBeInTheDocument();
    const title = await screen.findByRole('heading', { level: 2, name: REFERENCE_TITLE });
    expect(title.querySelector('mark')).toHaveTextContent('الإستراتيجي');
    expect(screen.getByText('نتيجة واحدة')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'بحث' })).toHaveValue('الاسْتراتيجـي');
  });

  it('says what to do for an empty query', async () => {
    renderApp('/search');
    expect(await screen.findByText('اكتب كلمة أو أكثر للبحث في الأخبار.')).toBeInTheDocument();
  });

  it('asks for two letters', async () => {
    renderApp('/search?q=ع');
    expect(await screen.findByText('اكتب حرفين على الأقل للبحث.')).toBeInTheDocument();
  });

  it('says when nothing matched', async () => {
    renderApp('/search?q=زلزال');
    expect(await screen.findByText(/لا توجد نتائج لـ«زلزال»/)).toBeInTheDocument();
  });

  it('pages the results with links', async () => {
    const { user } = renderApp('/search?q=في');
    const pages = await screen.findByRole('navigation', { name: 'الصفحات' });
    expect(within(pages).getByText('الصفحة 1 من 2')).toBeInTheDocument();
    await user.click(within(pages).getByRole('link', { name: 'الصفحة التالية' }));
    expect(await screen.findByText('الصفحة 2 من 2')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'الصفحة السابقة' })).toHaveAttribute(
      'href',
      '/search?q=%D9%81%D9%8A',
    );
  });

  it('shows an error with a retry when search fails', async () => {
    store.updateSettings({ faults: { search: { status: 503, times: 1 } } });
    const { user } = renderApp('/search?q=أربيل');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('تعذّر البحث.');
    await user.click(within(alert).getByRole('button', { name: 'إعادة المحاولة' }));
    expect(await screen.findAllByRole('heading', { level: 2, name: /أربيل/ })).not.toHaveLength(0);
  });
});

describe('after the article', () => {
  it('lists related stories (never the article itself) and the most read', async () => {
    renderApp('/articles/erbil-fc-league-win');
    const related = await screen.findByRole('region', { name: 'أخبار ذات صلة' });
    const links = await within(related).findAllByRole('link');
    expect(links).toHaveLength(4);
    expect(links.map((link) => link.getAttribute('href'))).not.toContain('/articles/erbil-fc-league-win');
    const mostRead = screen.getByRole('region', { name: 'الأكثر قراءة' });
    expect(await within(mostRead).findAllByRole('listitem')).toHaveLength(5);
  });

  it('shows an error with a retry when related stories fail, and an empty state', async () => {
    store.updateSettings({ faults: { related: { status: 500, times: 1 } } });
    const { user } = renderApp('/articles/erbil-fc-league-win');
    const related = await screen.findByRole('region', { name: 'أخبار ذات صلة' });
    const alert = await within(related).findByRole('alert');
    expect(alert).toHaveTextContent('تعذّر تحميل الأخبار ذات الصلة.');
    await user.click(within(alert).getByRole('button', { name: 'إعادة المحاولة' }));
    expect(await within(related).findAllByRole('link')).toHaveLength(4);
  });

  it('says so when nobody has read anything yet', async () => {
    store.views = [];
    renderApp(`/articles/${REFERENCE_SLUG}`);
    const mostRead = await screen.findByRole('region', { name: 'الأكثر قراءة' });
    expect(await within(mostRead).findByText('لا توجد أخبار مقروءة بعد.')).toBeInTheDocument();
  });

  it('counts one view per visit', async () => {
    const views = () => store.views.filter((view) => view.slug === REFERENCE_SLUG).length;
    const first = renderApp(`/articles/${REFERENCE_SLUG}`);
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(views()).toBe(1));
    first.unmount();
    renderApp(`/articles/${REFERENCE_SLUG}`);
    await screen.findByRole('region', { name: 'الأكثر قراءة' });
    expect(views()).toBe(1);
  });
});

describe('breaking news', () => {
  it('shows the «عاجل» bar linking to the story, politely announced, and remembers its closing', async () => {
    const { user, unmount } = renderApp('/');
    const bar = await screen.findByRole('region', { name: 'خبر عاجل' });
    const link = await within(bar).findByRole('link', {
      name: 'ارتفاع مناسيب المياه في سد دهوك بعد أمطار غزيرة',
    });
    expect(link).toHaveAttribute('href', '/articles/duhok-dam-water-levels');
    expect(link.closest('[aria-live]')).toHaveAttribute('aria-live', 'polite');
    await user.click(within(bar).getByRole('button', { name: 'إخفاء الخبر العاجل' }));
    expect(screen.queryByRole('region', { name: 'خبر عاجل' })).not.toBeInTheDocument();
    unmount();
    renderApp('/');
    await screen.findAllByRole('heading', { level: 2 });
    expect(screen.queryByRole('region', { name: 'خبر عاجل' })).not.toBeInTheDocument();
  });

  it('shows no bar when there is no breaking news', async () => {
    store.updateSettings({ breaking: false });
    renderApp('/');
    await screen.findAllByRole('heading', { level: 2 });
    expect(screen.queryByRole('region', { name: 'خبر عاجل' })).not.toBeInTheDocument();
  });
});

describe('breaking news as it changes', () => {
  const story = (slug: string, title: string) =>
    http.get('*/api/breaking', () => HttpResponse.json({ slug, title }));

  it('replaces the story in place, and after a close waits for the next page', async () => {
    const { user, queryClient, router } = renderApp('/');
    const bar = await screen.findByRole('region', { name: 'خبر عاجل' });
    server.use(story('erbil-fc-league-win', 'نادي أربيل يحقق فوزاً ثميناً ويقترب من صدارة الدوري'));
    await act(() => queryClient.refetchQueries({ queryKey: ['breaking'] }));
    expect(await within(bar).findByRole('link', { name: /نادي أربيل/ })).toHaveAttribute(
      'href',
      '/articles/erbil-fc-league-win',
    );

    await user.click(within(bar).getByRole('button', { name: 'إخفاء الخبر العاجل' }));
    server.use(story('duhok-marathon', 'مئات العدائين يشاركون في ماراثون دهوك السنوي'));
    await act(() => queryClient.refetchQueries({ queryKey: ['breaking'] }));
    // Not pushed in over the page being read…
    expect(screen.queryByRole('region', { name: 'خبر عاجل' })).not.toBeInTheDocument();
    // …but there on the next one.
    await act(() => router.navigate('/tags/iraq'));
    const next = await screen.findByRole('region', { name: 'خبر عاجل' });
    expect(within(next).getByRole('link', { name: /ماراثون دهوك/ })).toBeInTheDocument();
  });
});

import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REFERENCE_SLUG, REFERENCE_TITLE, renderApp } from '../support/render-app';

function setOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  act(() => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}

describe('reading offline', () => {
  afterEach(() => {
    document.documentElement.style.removeProperty('--reader-scale');
  });

  it('says the reader is offline and keeps the article on the page', async () => {
    renderApp(`/articles/${REFERENCE_SLUG}`);
    await screen.findByRole('heading', { level: 1, name: REFERENCE_TITLE });
    setOnline(false);
    // The banner listens from an effect, which may run just after the heading shows: wait for it.
    expect(await screen.findByText('أنت غير متصل بالإنترنت. ما حُمّل يبقى متاحاً للقراءة.')).toHaveAttribute(
      'role',
      'status',
    );
    expect(screen.getByRole('heading', { level: 1, name: REFERENCE_TITLE })).toBeInTheDocument();
    setOnline(true);
    expect(screen.queryByText(/أنت غير متصل/)).not.toBeInTheDocument();
  });

  it('on a saved copy the worker served, says so with the time it was saved, offline and online', async () => {
    // sw/saved-pages.ts marks a page it served from its cache on <html>.
    document.documentElement.dataset.savedAt = '2024-11-26T02:16:00.000Z';
    try {
      setOnline(false);
      renderApp(`/articles/${REFERENCE_SLUG}`);
      await screen.findByRole('heading', { level: 1, name: REFERENCE_TITLE });
      const notice = await screen.findByText(/أنت غير متصل — تعرض نسخة محفوظة/);
      expect(notice).toHaveAttribute('role', 'status');
      // The site's time zone and shape, as the header's clock.
      expect(notice).toHaveTextContent('حُفظت الثلاثاء 26 تشرين الثاني 05:16');
      setOnline(true);
      expect(await screen.findByText(/^تعرض نسخة محفوظة/)).toHaveTextContent('حُفظت');
      expect(screen.queryByText(/أنت غير متصل/)).not.toBeInTheDocument();
    } finally {
      delete document.documentElement.dataset.savedAt;
    }
  });
});

describe('the text size control', () => {
  it('makes the text larger and smaller, and remembers the choice', async () => {
    const { user, unmount } = renderApp('/');
    const group = await screen.findByRole('group', { name: 'حجم الخط' });
    await user.click(within(group).getByRole('button', { name: 'تكبير الخط' }));
    await user.click(within(group).getByRole('button', { name: 'تكبير الخط' }));
    expect(document.documentElement.style.getPropertyValue('--reader-scale')).toBe('1.25');
    await user.click(within(group).getByRole('button', { name: 'تصغير الخط' }));
    expect(document.documentElement.style.getPropertyValue('--reader-scale')).toBe('1.125');
    unmount();

    renderApp('/');
    const again = await screen.findByRole('group', { name: 'حجم الخط' });
    await user.click(within(again).getByRole('button', { name: 'تكبير الخط' }));
    expect(document.documentElement.style.getPropertyValue('--reader-scale')).toBe('1.25');
  });

  it('stops at the smallest size', async () => {
    const { user } = renderApp('/');
    const smaller = await screen.findByRole('button', { name: 'تصغير الخط' });
    await user.click(smaller);
    expect(smaller).toBeDisabled();
  });
});

describe('moving between pages by keyboard', () => {
  it('puts focus on the new page after following a link', async () => {
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('link', { name: REFERENCE_TITLE }));
    await screen.findByRole('heading', { level: 1, name: REFERENCE_TITLE });
    expect(screen.getByRole('main')).toHaveFocus();
  });
});

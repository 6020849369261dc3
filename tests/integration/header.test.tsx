import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { store } from '../../mocks/node';
import { renderApp } from '../support/render-app';

describe('the site header', () => {
  afterEach(() => vi.useRealTimers());

  it('shows the site name as a link home, and the skip link first', async () => {
    renderApp('/');
    const banner = await screen.findByRole('banner');
    expect(screen.getByRole('link', { name: 'زاكروس عربية' })).toHaveAttribute('href', '/');
    expect(banner).toContainElement(screen.getByRole('link', { name: 'زاكروس عربية' }));
    const focusables = document.querySelectorAll('a[href], button');
    expect(focusables[0]).toHaveTextContent('انتقل إلى المحتوى');
    expect(focusables[0]).toHaveAttribute('href', '#main');
    expect(await within(banner).findByText(/°C/)).toBeInTheDocument();
  });

  it('shows the weather from the API', async () => {
    renderApp('/');
    const banner = await screen.findByRole('banner');
    const temperature = await within(banner).findByText('6°C');
    expect(temperature).toHaveAttribute('dir', 'ltr');
    expect(banner).toHaveTextContent('أربيل 6°C');
  });

  it('keeps quiet when the weather fails, and still shows the date', async () => {
    store.updateSettings({ faults: { weather: { status: 500 } } });
    vi.useFakeTimers({ now: new Date('2024-11-26T02:16:00Z'), toFake: ['Date'] });
    renderApp('/');
    await screen.findByRole('heading', { level: 2, name: /الكاظمي/ });
    expect(screen.getByRole('banner')).toHaveTextContent('الثلاثاء 26 تشرين الثاني 05:16');
    expect(within(screen.getByRole('banner')).queryByText(/أربيل/)).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('moves the clock on when the minute turns', async () => {
    vi.useFakeTimers({ now: new Date('2024-11-26T02:16:59Z'), shouldAdvanceTime: true });
    renderApp('/');
    expect(await screen.findByRole('banner')).toHaveTextContent('05:16');
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(screen.getByRole('banner')).toHaveTextContent('الثلاثاء 26 تشرين الثاني 05:17');
  });
});

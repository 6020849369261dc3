import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';

describe('the tag page', () => {
  it('shows the tag name and only its articles', async () => {
    renderApp('/tags/sports');
    expect(await screen.findByRole('heading', { level: 1, name: 'أخبار رياضة' })).toBeInTheDocument();
    await screen.findByRole('link', { name: 'نادي أربيل يحقق فوزاً ثميناً ويقترب من صدارة الدوري' });
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(3);
  });

  it('shows not-found for an unknown tag', async () => {
    renderApp('/tags/nothing-here');
    expect(await screen.findByRole('heading', { level: 1, name: 'الصفحة غير موجودة' })).toBeInTheDocument();
  });
});

describe('an unknown address', () => {
  it('shows the Arabic not-found page with a link home', async () => {
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1, name: 'الصفحة غير موجودة' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'العودة إلى الصفحة الرئيسية' })).toHaveAttribute('href', '/');
  });
});

import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { store } from '../../mocks/node';
import { REFERENCE_SLUG, renderApp } from '../support/render-app';

const TEN_THOUSAND = 'ب'.repeat(10_000);

async function openForm() {
  const view = renderApp(`/articles/${REFERENCE_SLUG}`);
  const form = await screen
    .findByRole('form', { name: 'الرد كضيف' })
    .catch(() => screen.findByRole('region', { name: /التعليقات/ }));
  return { ...view, form };
}

describe('a 10,000-character paste', () => {
  it('in the comment is refused in Arabic, kept in the field, and never sent', async () => {
    const { user, form } = await openForm();
    await user.type(within(form).getByLabelText('الاسم'), 'سارة');
    // A paste lands at once: set the value the way a paste does, without 10,000 key presses.
    fireEvent.change(within(form).getByLabelText(/^التعليق/), { target: { value: TEN_THOUSAND } });
    await user.click(within(form).getByRole('button', { name: 'إرسال' }));
    expect(await within(form).findByText('التعليق طويل جداً: 2000 حرف على الأكثر')).toBeInTheDocument();
    expect(within(form).getByLabelText(/^التعليق/)).toHaveValue(TEN_THOUSAND);
    expect(within(form).getByLabelText(/^التعليق/)).toHaveFocus();
    expect(store.comments).toHaveLength(0);
  });

  it('in the name is refused in Arabic and kept', async () => {
    const { user, form } = await openForm();
    fireEvent.change(within(form).getByLabelText('الاسم'), { target: { value: TEN_THOUSAND } });
    await user.type(within(form).getByLabelText(/^التعليق/), 'نص');
    await user.click(within(form).getByRole('button', { name: 'إرسال' }));
    expect(await within(form).findByText('الاسم طويل جداً: 50 حرفاً على الأكثر')).toBeInTheDocument();
    expect(within(form).getByLabelText('الاسم')).toHaveValue(TEN_THOUSAND);
    expect(store.comments).toHaveLength(0);
  });
});

import { render, screen, waitFor, within } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { store } from '../../mocks/node';
import type { Comment } from '@/api/comment-schemas';
import { postComment } from '@/features/comments/api/post-comment';
import { CommentItem } from '@/features/comments/components/comment-item';
import { REFERENCE_SLUG, renderApp } from '../support/render-app';

declare global {
  interface Window {
    pwned?: boolean;
  }
}

/** Pieces that a parser, a renderer or a bidi algorithm might take for something other than text. */
const nasty = fc.constantFrom(
  '<script>window.pwned = true</script>',
  '<img src=x onerror="window.pwned = true">',
  '<a href="javascript:window.pwned=true">click</a>',
  '**bold** _em_ [link](http://example.com) `code`',
  'https://example.com/?a=1&b=2',
  '&amp; &lt;b&gt; &#x3C;',
  '\u202Eevil\u202C',
  '\u2066\u2067\u2068\u2069\u200E\u200F\u061C',
  '\u200B\u200C\u200D\uFEFF',
  '👨‍👩‍👧 🇮🇶 ✌🏽',
  'مرحباً Hello 123',
  '\n',
  '\t  ',
  '{{constructor.constructor("window.pwned=true")()}}',
);
const anyText = fc
  .array(fc.oneof(nasty, fc.string({ unit: 'binary', maxLength: 20 })), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(''));

function comment(body: string, authorName: string): Comment {
  return {
    id: 'x1',
    parentId: null,
    authorName,
    body,
    createdAt: '2024-11-26T10:00:00Z',
    status: 'published',
  };
}

function expectPlainText(element: Element, text: string) {
  expect(element.textContent).toBe(text);
  expect(element.children).toHaveLength(0);
}

describe('any text a guest writes', () => {
  it('shows exactly as typed, as text, and creates no elements', () => {
    fc.assert(
      fc.property(anyText, anyText, (body, authorName) => {
        const { container, unmount } = render(
          <CommentItem
            comment={comment(body, authorName)}
            nowMs={Date.parse('2024-11-26T10:05:00Z')}
            highlighted={false}
            replying={false}
            onReply={() => {}}
          />,
        );
        const article = container.querySelector('article')!;
        expectPlainText(article.querySelector(':scope > p[dir="auto"]')!, body);
        expectPlainText(article.querySelector('header p[dir="auto"]')!, authorName);
        expect(container.querySelectorAll('script, img, iframe, b, strong, em, code')).toHaveLength(0);
        expect(container.querySelectorAll('a')).toHaveLength(1);
        expect(window.pwned).toBeUndefined();
        unmount();
      }),
      { numRuns: 300 },
    );
  });

  it('comes back from the server and shows on the article page exactly as posted', async () => {
    const valid = anyText.filter((text) => text.trim().length > 0 && [...text].length <= 2000);
    await fc.assert(
      fc.asyncProperty(valid, async (body) => {
        store.reset();
        const posted = await postComment({
          slug: REFERENCE_SLUG,
          input: { authorName: 'ضيف', body },
          idempotencyKey: crypto.randomUUID(),
          replyTo: null,
          remember: false,
        });
        expect(posted.body).toBe(body);
        const { unmount } = renderApp(`/articles/${REFERENCE_SLUG}`);
        const article = await screen.findByRole('article', { name: 'ضيف' });
        expectPlainText(article.querySelector(':scope > p[dir="auto"]')!, body);
        expect(window.pwned).toBeUndefined();
        unmount();
      }),
      { numRuns: 15 },
    );
  }, 30_000);

  it('posts markup, a script and bidi controls from the form and shows them as typed', async () => {
    const text = '<script>window.pwned = true</script>\n\u202Eعكس\u202C <b>x</b> 👨‍👩‍👧\u200B';
    const { user } = renderApp(`/articles/${REFERENCE_SLUG}`);
    const form = await screen.findByRole('form', { name: 'الرد كضيف' });
    await user.type(within(form).getByLabelText('الاسم'), 'سارة');
    await user.click(within(form).getByLabelText('التعليق'));
    await user.paste(text);
    await user.click(within(form).getByRole('button', { name: 'إرسال' }));
    const article = await screen.findByRole('article', { name: 'سارة' });
    await waitFor(() => expect(store.comments[0]?.body).toBe(text));
    expectPlainText(article.querySelector(':scope > p[dir="auto"]')!, text);
    expect(document.querySelectorAll('main script')).toHaveLength(0);
    expect(window.pwned).toBeUndefined();
  });
});

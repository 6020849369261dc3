import { cleanup, screen, waitFor, within } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PERMALINK_MAX_PAGES } from '@/features/comments/components/comments-section';
import { store } from '../../mocks/node';
import { REFERENCE_SLUG, REFERENCE_TITLE, renderApp } from '../support/render-app';

const ARTICLE = `/articles/${REFERENCE_SLUG}`;

function seedThreads(count: number): void {
  for (let i = 1; i <= count; i++)
    store.addComment(
      {
        id: `t${i}`,
        articleSlug: REFERENCE_SLUG,
        parentId: null,
        authorName: `قارئ ${i}`,
        body: `تعليق ${i}`,
        createdAt: new Date(Date.now() - (count - i + 5) * 60_000).toISOString(),
        status: 'published',
      },
      null,
    );
}

/** What a page shows once it is settled: its heading, or an error with its retry. */
async function settledPage() {
  await waitFor(
    () => {
      const main = screen.getByRole('main');
      const shown =
        within(main).queryAllByRole('heading', { level: 1 }).length +
        within(main).queryAllByRole('alert').length +
        within(main).queryAllByRole('heading', { level: 2 }).length;
      expect(shown).toBeGreaterThan(0);
    },
    { timeout: 3000 },
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a comment permalink', () => {
  it('with a broken escape renders the article and its comments', async () => {
    seedThreads(2);
    renderApp(`${ARTICLE}#comment-%`);
    expect(await screen.findByRole('heading', { level: 1, name: REFERENCE_TITLE })).toBeInTheDocument();
    const region = screen.getByRole('region', { name: /التعليقات/ });
    expect(await within(region).findByRole('article', { name: 'قارئ 1' })).toBeInTheDocument();
  });

  it('to a comment that does not exist stops after a bounded number of pages and says so', async () => {
    seedThreads(20 * (PERMALINK_MAX_PAGES + 3));
    const pagesAsked = vi.fn();
    const { queryClient } = renderApp(`${ARTICLE}#comment-gone`);
    const region = await screen.findByRole('region', { name: /التعليقات/ });
    expect(
      await within(region).findByText(/لم يُعثر على التعليق المطلوب/, undefined, { timeout: 8000 }),
    ).toHaveAttribute('role', 'status');
    const lists = queryClient.getQueriesData<{ pages: unknown[] }>({ queryKey: ['comments'] });
    for (const [, data] of lists) pagesAsked(data?.pages.length);
    expect(pagesAsked).toHaveBeenCalledWith(PERMALINK_MAX_PAGES);
    // The reader can still page on by hand.
    expect(within(region).getByRole('button', { name: 'عرض المزيد من التعليقات' })).toBeInTheDocument();
  });
});

describe('any address a reader can be sent', () => {
  // Percent signs and broken escapes, huge lengths, RTL overrides, dot segments and encoded slashes.
  const hostile = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom(
      '%',
      '%E0%A4%A',
      '%%41',
      '\u202Eevil\u202C',
      '..',
      '../..',
      '%2e%2e%2f',
      '%2F',
      '<script>',
      'a'.repeat(5000),
      '#',
      '?',
    ),
  );
  const routes = ['/', ARTICLE, '/tags/iraq', '/search', '/articles/', '/tags/'];

  it('renders a page: home, article, tag, search and unknown paths, with any hash, query or segment', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        hostile,
        hostile,
        hostile,
        async (route, segment, query, hash) => {
          cleanup();
          const path = `${route}${route.endsWith('/') ? encodeURI(segment) : ''}?q=${query}#${hash}`;
          // A route that throws while rendering reports it here before React shows its error page.
          const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
          renderApp(path);
          await settledPage();
          // A crash while rendering is logged, by React or by the route's error page: none may be.
          const crashes = errors.mock.calls.flat().filter((value) => value instanceof Error);
          errors.mockRestore();
          expect(crashes).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);
});

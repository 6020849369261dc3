import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { App } from '@/app/app';
import { createRoutes } from '@/app/routes';

/** The whole app at `path`, with a fresh query client that never retries. */
export function renderApp(path = '/') {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: 60_000 }, mutations: { retry: false } },
  });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <App queryClient={queryClient}>
      <RouterProvider router={router} />
    </App>,
  );
  return { ...view, user, router, queryClient };
}

export const REFERENCE_SLUG = 'kadhimi-mckenzie-technical-committee';
export const REFERENCE_TITLE =
  'الكاظمي ومكينزي يتفقان على عقد الجلسة الأولى للجنة الفنية لتطبيق مخرجات الحوار الإستراتيجي';

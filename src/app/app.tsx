import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { RenderTimeContext } from '@/hooks/use-now';

type AppProps = {
  queryClient: QueryClient;
  /** When the server rendered the page: the header's clock hydrates at that minute. */
  renderedAt?: Date;
  /** The router: the static one on the server, the browser's or a memory router in tests. */
  children: ReactNode;
};

/** The providers around the router: the same on the server, in the browser and in tests. */
export function App({ queryClient, renderedAt, children }: AppProps) {
  // The page's first render is committed (hydrated, or built in the browser): from here on its
  // controls work. Said on <html>, for styles and for tests that must wait for it.
  useEffect(() => {
    document.documentElement.dataset.appReady = '';
  }, []);
  return (
    <RenderTimeContext value={renderedAt ?? null}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </RenderTimeContext>
  );
}

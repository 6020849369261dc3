import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider, type DataRouter } from 'react-router';
import { HydratedProvider } from '@/hooks/use-hydrated';

type AppProps = {
  queryClient: QueryClient;
  router: DataRouter;
  /** The first render adopts the page painted before the app's code arrived (src/early/). */
  adopting?: boolean;
};

export function App({ queryClient, router, adopting = false }: AppProps) {
  return (
    <HydratedProvider adopting={adopting}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </HydratedProvider>
  );
}

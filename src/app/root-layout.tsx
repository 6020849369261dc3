import { lazy, Suspense, useEffect, useRef } from 'react';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { config } from '@/api/config';
import { OfflineBanner } from '@/components/ui/offline-banner';
import { SiteHeader } from '@/features/header/components/site-header';
import { ar } from '@/i18n/ar';

// In the footer and only where push works: its code loads after the page shows.
const NotificationSettings = lazy(() =>
  import('@/features/notifications/components/notification-settings').then((m) => ({
    default: m.NotificationSettings,
  })),
);

/** After a client-side navigation, focus starts at the new page, as after a full page load. */
function useFocusMainOnNavigation() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [pathname]);
}

export function RootLayout() {
  useFocusMainOnNavigation();
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-4 focus:py-3 focus:text-brand focus:shadow-lg"
      >
        {ar.skipToContent}
      </a>
      <SiteHeader />
      <OfflineBanner />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-6 focus:outline-none">
        <Outlet />
      </main>
      <footer className="border-t border-stone-200 py-6 text-center text-sm text-stone-600 dark:border-stone-800 dark:text-stone-400">
        <Suspense fallback={null}>
          <NotificationSettings />
        </Suspense>
        <p>{ar.footerRights(config.siteName)}</p>
      </footer>
      <ScrollRestoration />
    </div>
  );
}

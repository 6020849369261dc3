import { useEffect, useLayoutEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Outlet, ScrollRestoration, useLocation, useMatch, useNavigation } from 'react-router';
import { config } from '@/api/config';
import { lazyPart } from '@/components/ui/lazy-part';
import { NearScreen } from '@/components/ui/near-screen';
import { OfflineBanner } from '@/components/ui/offline-banner';
import { UpdatePrompt } from '@/components/ui/update-prompt';
import { BreakingBar } from '@/features/breaking/components/breaking-bar';
import { articleQueryOptions } from '@/features/articles/api/get-article';
import { SiteHeader } from '@/features/header/components/site-header';
import { VitalsReporter } from '@/features/vitals/components/vitals-reporter';
import { AfterHydration } from '@/hooks/use-hydrated';
import { ar } from '@/i18n/ar';
import { pageClasses } from '@/components/ui/page-classes';
import { savePageForOffline } from '@/lib/service-worker';

// In the footer and only where push works: its code loads after the page shows.
const NotificationSettings = lazyPart(
  async () => ({
    default: (await import('@/features/notifications/components/notification-settings')).NotificationSettings,
  }),
  { failedTitle: ar.notificationSettingsPartFailed },
);

/**
 * After a client-side navigation, focus starts at the new page, as after a full page load. A layout
 * effect, so focus is there in the same frame as the new page, not a moment after it.
 */
function useFocusMainOnNavigation() {
  const { pathname, search } = useLocation();
  // A new search or page of results is a new page too, though its path is the same.
  const page = pathname === '/search' ? `${pathname}${search}` : pathname;
  const previous = useRef(page);
  useLayoutEffect(() => {
    if (previous.current === page) return;
    previous.current = page;
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [page]);
}

/** On an article's page, its section: the first of its tags (the article is in the cache by then). */
function useArticleSection(): string | undefined {
  const slug = useMatch('/articles/:slug')?.params.slug ?? '';
  const { data } = useQuery({ ...articleQueryOptions(slug), enabled: false });
  return slug ? data?.tags[0]?.slug : undefined;
}

/**
 * A page reached inside the app (its data came from the API) is saved as a page too, so a reload
 * offline finds it. The page the browser loaded is saved by the worker itself.
 */
function useSavePagesForOffline() {
  const { pathname, search } = useLocation();
  const previous = useRef(pathname + search);
  useEffect(() => {
    if (previous.current === pathname + search) return;
    previous.current = pathname + search;
    savePageForOffline(pathname + search);
  }, [pathname, search]);
}

export function RootLayout() {
  useFocusMainOnNavigation();
  useSavePagesForOffline();
  // The next page's data is on its way: the current page stays, with a bar that says so.
  const loadingNext = useNavigation().state === 'loading';
  return (
    <div className={pageClasses.layout}>
      <a href="#main" className={pageClasses.skipLink}>
        {ar.skipToContent}
      </a>
      <BreakingBar />
      <SiteHeader sectionOfPage={useArticleSection()} />
      {/* Only the browser knows whether it is online. */}
      <AfterHydration>
        <OfflineBanner />
        <UpdatePrompt />
      </AfterHydration>
      {loadingNext && <div aria-hidden="true" className={pageClasses.navigationBar} />}
      <main id="main" tabIndex={-1} aria-busy={loadingNext || undefined} className={pageClasses.main}>
        <Outlet />
      </main>
      <footer className={pageClasses.siteFooter}>
        {/* At the page's foot: its code and the browser's push state are read as the reader nears it. */}
        <NearScreen placeholder={(ref) => <div ref={ref} />}>
          <NotificationSettings fallback={null} />
        </NearScreen>
        <p>{ar.footerRights(config.siteName)}</p>
      </footer>
      <ScrollRestoration />
      {/* Core Web Vitals, one report per page view; its code loads after hydration. */}
      <VitalsReporter />
    </div>
  );
}

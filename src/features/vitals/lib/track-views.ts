/**
 * The browser's side of the vitals (its own chunk, loaded after hydration by VitalsReporter):
 * PerformanceObserver for largest paints, layout shifts and interactions, the page's lifecycle
 * for the end of a view, and a beacon per view. The observers take `buffered` entries, so what
 * happened before this code arrived (the first paint, the largest one, early shifts) counts.
 *
 * Not the web-vitals package: it measures the document's whole life, and its soft-navigation
 * mode follows Chrome's own heuristic (Chrome 151 and later), not this router's navigations, so
 * per-view CLS and INP would need these observers anyway. Its onLCP, onINP and onCLS alone are
 * 3.1 KB gzip; this whole chunk, route pattern, views and beacon included, is 1.9 KB.
 */
import { sendVitals } from '../api/send-vitals';
import { createPageViews, type InteractionEvent, type PageViews, type Shift } from './page-views';
import { routePattern, type MatchedPage } from './route-pattern';

type Tracker = { views: PageViews; flush: () => void; last?: { route: string; key: string } };

let tracker: Tracker | undefined;

/** A view of `page` starts (the first call: the page the server rendered). `key` is its path and query. */
export function trackView(page: MatchedPage, key: string): void {
  // The same address again (its data reloaded, say) is the same view, even once it was reported.
  if (tracker?.last?.key === key) return;
  const first = !tracker;
  tracker ??= startTracking();
  const route = routePattern(page);
  tracker.last = { route, key };
  tracker.views.start(route, key, performance.now());
  if (first) return;
  // The view that just ended is reported once the browser has had a frame to report the
  // interaction that ended it (after the paint that followed it).
  const { flush, views } = tracker;
  requestAnimationFrame(() =>
    setTimeout(() => {
      flush();
      views.settle();
    }),
  );
}

function startTracking(): Tracker {
  const supported = globalThis.PerformanceObserver?.supportedEntryTypes ?? [];
  const navigation = performance.getEntriesByType('navigation')[0] as
    (PerformanceNavigationTiming & { activationStart?: number }) | undefined;
  const activationStart = navigation?.activationStart ?? 0;
  const views = createPageViews({
    send: sendVitals,
    navigationType: activationStart > 0 ? 'prerender' : (navigation?.type.replace(/_/g, '-') ?? 'navigate'),
    measuresLayoutShifts: supported.includes('layout-shift'),
    interactionCount: 'interactionCount' in performance ? () => performance.interactionCount : undefined,
  });

  // A largest paint counts only while the page has been visible all along (a tab opened in the
  // background paints when the reader comes to it, not when it loaded).
  let firstHidden = document.visibilityState === 'hidden' ? 0 : Infinity;
  for (const entry of performance.getEntriesByType('visibility-state')) {
    if (entry.name === 'hidden') firstHidden = Math.min(firstHidden, entry.startTime);
  }

  const observed: { observer: PerformanceObserver; take: (entry: PerformanceEntry) => void }[] = [];
  const observe = (type: string, take: (entry: PerformanceEntry) => void, threshold?: number) => {
    if (!supported.includes(type)) return;
    const observer = new PerformanceObserver((list) => list.getEntries().forEach(take));
    // `durationThreshold` (event timing) is not in TypeScript's DOM types yet; 16 ms is its least.
    observer.observe({ type, buffered: true, ...(threshold ? { durationThreshold: threshold } : {}) });
    observed.push({ observer, take });
  };
  observe('largest-contentful-paint', (entry) => {
    if (entry.startTime < firstHidden) views.lcp(Math.max(entry.startTime - activationStart, 0));
  });
  observe('layout-shift', (entry) => views.layoutShift(entry as unknown as Shift));
  const interaction = (entry: PerformanceEntry) =>
    views.interaction(entry as PerformanceEventTiming as InteractionEvent);
  observe('event', interaction, 16);
  // The first input is reported whatever its duration: the first view's INP when every
  // interaction was quicker than the threshold.
  observe('first-input', interaction);

  // Entries the browser has queued but not yet handed to the observers.
  const flush = () => observed.forEach(({ observer, take }) => observer.takeRecords().forEach(take));

  const end = () => {
    firstHidden = Math.min(firstHidden, performance.now());
    flush();
    views.hide();
  };
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') end();
  });
  // Where a page is left without a visibility change first (older Safari); a second end sends nothing.
  addEventListener('pagehide', end);
  // Back from the back-forward cache: the same page again, a new view (the old one was sent).
  addEventListener('pageshow', (event) => {
    const last = tracker?.last;
    if (event.persisted && last) views.start(last.route, last.key, performance.now(), 'back-forward-cache');
  });
  return { views, flush };
}

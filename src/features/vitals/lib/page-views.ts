import type { VitalsReport } from '@/api/vitals-schemas';

/**
 * Page views and their Core Web Vitals, with no browser in it: what the performance observers
 * see goes in, one report per view comes out (track-views.ts feeds it from the browser).
 *
 * A view is one page the reader sees: the page the server rendered, then one per client-side
 * navigation. A view ends when the next one starts, or when the page is hidden, and is reported
 * then, once. LCP belongs to the first view only: after a client-side navigation the browser
 * reports no new largest paint (what stays on screen is not painted again), so a figure there
 * would be meaningless. CLS and INP are the view's own. Entries are given to the view they
 * happened in, by their start time: the click that navigated away belongs to the page it was
 * made on, even when the browser reports it after the next page is on screen (see `settle`).
 *
 * CLS and INP are computed as web-vitals and the Chrome UX Report do: CLS is the largest burst of
 * unexpected layout shifts (a session window: shifts less than 1 s apart, 5 s at most, none
 * within 500 ms of an input); INP is the slowest interaction, or past 50 interactions about the
 * 98th percentile (one of the slowest skipped per 50), from the 10 slowest kept.
 */

/** A layout shift, as the browser reports it (`LayoutShift`, which TypeScript's DOM types lack). */
export type Shift = { value: number; startTime: number; hadRecentInput: boolean };

/** One event of an interaction (`PerformanceEventTiming`): the events of one interaction share its id. */
export type InteractionEvent = { interactionId: number; duration: number; startTime: number };

export type PageViewsOptions = {
  send: (report: VitalsReport) => void;
  /** How the document was loaded: the first view's `navigationType`. */
  navigationType: string;
  /** Whether the browser reports layout shifts: then a view without any has a CLS of 0. */
  measuresLayoutShifts: boolean;
  /** The browser's own count of interactions (`performance.interactionCount`), where it has one. */
  interactionCount?: () => number;
};

export type PageViews = ReturnType<typeof createPageViews>;

type View = {
  route: string;
  key: string;
  navigationType: string;
  first: boolean;
  /** The view's time span on the performance timeline, from its start to the next view's. */
  from: number;
  until: number;
  lcp?: number;
  cls?: number;
  burst: { value: number; first: number; last: number };
  /** The slowest interactions seen, slowest first, by interaction id. */
  slowest: { id: number; latency: number }[];
  interactionIds: Set<number>;
  countAtStart: number;
  countAtEnd?: number;
};

const SLOWEST_KEPT = 10;
/** An interaction too quick for the browser to report (under 16 ms), as web-vitals counts it. */
const QUICK_INTERACTION_MS = 8;

export function createPageViews({
  send,
  navigationType,
  measuresLayoutShifts,
  interactionCount,
}: PageViewsOptions) {
  /** The current view last; before it, a view that has ended and waits for its last entries. */
  let open: View[] = [];
  let started = false;

  const viewAt = (time: number) => open.find((view) => view.from <= time && time < view.until);

  function report(view: View) {
    const count = Math.max(
      view.interactionIds.size,
      interactionCount ? (view.countAtEnd ?? interactionCount()) - view.countAtStart : 0,
    );
    const candidate = view.slowest[Math.min(view.slowest.length - 1, Math.floor(count / 50))];
    const inp = candidate ? candidate.latency : count > 0 ? QUICK_INTERACTION_MS : undefined;
    const body: VitalsReport = { route: view.route, navigationType: view.navigationType };
    if (view.lcp !== undefined) body.lcp = Math.round(view.lcp);
    if (inp !== undefined) body.inp = Math.round(inp);
    if (view.cls !== undefined) body.cls = Math.round(view.cls * 10_000) / 10_000;
    if (body.lcp !== undefined || body.inp !== undefined || body.cls !== undefined) send(body);
  }

  /** Reports the views that have ended. */
  function settle() {
    while (open[0] && open[0].until !== Infinity) report(open.shift()!);
  }

  return {
    /**
     * A view starts: the page the server rendered (the first call), a client-side navigation
     * or a page restored from the back-forward cache. `key` tells views apart (the path and
     * query): the same key again is the same view. The view before ends at `at`, and is reported
     * at the next `settle` or `hide`.
     */
    start(route: string, key: string, at: number, type = started ? 'soft-navigation' : navigationType) {
      const current = open.at(-1);
      if (current && current.until === Infinity && current.key === key) return;
      settle();
      if (current) {
        current.until = at;
        current.countAtEnd = interactionCount?.();
      }
      const first = !started;
      started = true;
      open.push({
        route,
        key,
        navigationType: type,
        first,
        // The first view holds everything since the document's start, before this code came.
        from: first ? 0 : at,
        until: Infinity,
        cls: measuresLayoutShifts ? 0 : undefined,
        burst: { value: 0, first: 0, last: 0 },
        slowest: [],
        interactionIds: new Set(),
        countAtStart: first ? 0 : (interactionCount?.() ?? 0),
      });
    },

    /** The latest largest contentful paint, ms: the first view's, while it is not reported. */
    lcp(ms: number) {
      const first = open.find((view) => view.first);
      if (first) first.lcp = ms;
    },

    layoutShift(shift: Shift) {
      const view = shift.hadRecentInput ? undefined : viewAt(shift.startTime);
      if (!view) return;
      const { burst } = view;
      if (burst.value > 0 && shift.startTime - burst.last < 1000 && shift.startTime - burst.first < 5000) {
        burst.value += shift.value;
        burst.last = shift.startTime;
      } else {
        view.burst = { value: shift.value, first: shift.startTime, last: shift.startTime };
      }
      view.cls = Math.max(view.cls ?? 0, view.burst.value);
    },

    interaction(event: InteractionEvent) {
      const view = event.interactionId ? viewAt(event.startTime) : undefined;
      if (!view) return;
      view.interactionIds.add(event.interactionId);
      const known = view.slowest.find((candidate) => candidate.id === event.interactionId);
      if (known) known.latency = Math.max(known.latency, event.duration);
      else view.slowest.push({ id: event.interactionId, latency: event.duration });
      view.slowest.sort((a, b) => b.latency - a.latency);
      view.slowest.length = Math.min(view.slowest.length, SLOWEST_KEPT);
    },

    /**
     * Reports the view that ended at the last `start`. Called a frame after it, once the browser
     * has reported the interaction that navigated (it does so after the next paint).
     */
    settle,

    /**
     * The page is hidden (another tab, the app switcher, a full navigation, closing): every open
     * view is reported, and none stays open. What the reader does after coming back to the same
     * page is not reported: a view is reported once, and a tab switch is often a read's end.
     */
    hide() {
      settle();
      for (const view of open) report(view);
      open = [];
    },
  };
}

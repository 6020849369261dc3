import { QueryClient } from '@tanstack/react-query';
import { matchRoutes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { VitalsReport } from '@/api/vitals-schemas';
import { createRoutes } from '@/app/routes';
import { createPageViews, type PageViewsOptions } from '@/features/vitals/lib/page-views';
import { routePattern } from '@/features/vitals/lib/route-pattern';

/** The reporting logic with fake metric callbacks in place of the browser's observers. */
function pageViews(options: Partial<PageViewsOptions> = {}) {
  const sent: VitalsReport[] = [];
  const views = createPageViews({
    send: (report) => sent.push(report),
    navigationType: 'navigate',
    measuresLayoutShifts: true,
    ...options,
  });
  return { views, sent };
}

const click = (interactionId: number, startTime: number, duration: number) => ({
  interactionId,
  startTime,
  duration,
});

describe('the route a report names', () => {
  const routes = createRoutes(new QueryClient());
  /** The pattern for an address, from the app's own route table, as the reporter sees its deepest match. */
  const patternOf = (path: string) => {
    const page = matchRoutes(routes, path)?.at(-1);
    if (!page) throw new Error(`no route for ${path}`);
    return routePattern(page);
  };

  it('is the route’s pattern, never the slug, the tag or the query', () => {
    expect(patternOf('/')).toBe('/');
    expect(patternOf('/articles/kadhimi-mckenzie-technical-committee')).toBe('/articles/:slug');
    expect(patternOf('/tags/iraq?page=2')).toBe('/tags/:slug');
    // A slug that is also a fixed segment's name.
    expect(patternOf('/tags/tags')).toBe('/tags/:slug');
    expect(patternOf('/articles/articles')).toBe('/articles/:slug');
  });

  it('hides an Arabic slug, encoded or not', () => {
    expect(patternOf('/tags/%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82')).toBe('/tags/:slug');
    expect(routePattern({ pathname: '/tags/العراق', params: { slug: 'العراق' } })).toBe('/tags/:slug');
  });

  it('is `/*` for an unknown address, whatever the reader typed', () => {
    expect(patternOf('/no/such/page/reader@example.com')).toBe('/*');
  });

  it('is `/*` when a value cannot be found in the path, rather than the path', () => {
    expect(routePattern({ pathname: '/articles/one', params: { slug: 'other' } })).toBe('/*');
  });
});

describe('one report per page view', () => {
  it('reports the first view once, when the page is hidden, with its LCP, CLS and INP', () => {
    const { views, sent } = pageViews();
    views.start('/articles/:slug', '/articles/a', 900);
    views.lcp(1234.4);
    views.layoutShift({ value: 0.02, startTime: 300, hadRecentInput: false });
    views.interaction(click(7, 2000, 120));
    expect(sent).toEqual([]);

    views.hide();
    // pagehide after visibilitychange: the view is not reported twice.
    views.hide();
    expect(sent).toEqual([
      { route: '/articles/:slug', navigationType: 'navigate', lcp: 1234, cls: 0.02, inp: 120 },
    ]);
  });

  it('counts what happened before the code came in the first view (buffered entries)', () => {
    const { views, sent } = pageViews();
    views.start('/articles/:slug', '/articles/a', 5000);
    views.layoutShift({ value: 0.1, startTime: 800, hadRecentInput: false });
    views.hide();
    expect(sent[0]?.cls).toBe(0.1);
  });

  it('on a client-side navigation reports the finished view; only the first view has an LCP', () => {
    const { views, sent } = pageViews();
    views.start('/articles/:slug', '/articles/a', 900);
    views.lcp(1500);
    views.start('/tags/:slug', '/tags/iraq', 10_000);
    views.settle();
    expect(sent).toEqual([{ route: '/articles/:slug', navigationType: 'navigate', lcp: 1500, cls: 0 }]);

    // A largest paint after the first view ended is not the next view's.
    views.lcp(10_400);
    views.layoutShift({ value: 0.05, startTime: 10_200, hadRecentInput: false });
    views.interaction(click(20, 11_000, 64));
    views.start('/articles/:slug', '/articles/b', 20_000);
    views.settle();
    views.hide();
    expect(sent.slice(1)).toEqual([
      { route: '/tags/:slug', navigationType: 'soft-navigation', cls: 0.05, inp: 64 },
      { route: '/articles/:slug', navigationType: 'soft-navigation', cls: 0 },
    ]);
    expect(sent.filter((report) => report.lcp !== undefined)).toHaveLength(1);
  });

  it('gives the click that navigated to the page it was made on, though the browser reports it later', () => {
    const { views, sent } = pageViews();
    views.start('/articles/:slug', '/articles/a', 900);
    views.start('/tags/:slug', '/tags/iraq', 10_000);
    // Reported after the next page is on screen, but it started before it.
    views.interaction(click(30, 9_950, 280));
    views.layoutShift({ value: 0.3, startTime: 10_050, hadRecentInput: false });
    views.settle();
    views.hide();
    expect(sent).toEqual([
      { route: '/articles/:slug', navigationType: 'navigate', cls: 0, inp: 280 },
      { route: '/tags/:slug', navigationType: 'soft-navigation', cls: 0.3 },
    ]);
  });

  it('takes the same path again as the same view, and a hidden page ends every open view', () => {
    const { views, sent } = pageViews();
    views.start('/articles/:slug', '/articles/a', 900);
    views.start('/articles/:slug', '/articles/a', 950);
    views.start('/tags/:slug', '/tags/iraq', 10_000);
    // Hidden before the frame that would have settled the first view: both go, in order.
    views.hide();
    expect(sent.map((report) => report.route)).toEqual(['/articles/:slug', '/tags/:slug']);
  });

  it('reports nothing more for a page the reader comes back to, until the next navigation', () => {
    const { views, sent } = pageViews();
    views.start('/articles/:slug', '/articles/a', 900);
    views.hide();
    views.interaction(click(40, 30_000, 500));
    views.layoutShift({ value: 0.4, startTime: 30_100, hadRecentInput: false });
    views.hide();
    expect(sent).toHaveLength(1);

    views.start('/tags/:slug', '/tags/iraq', 40_000);
    views.hide();
    expect(sent[1]).toEqual({ route: '/tags/:slug', navigationType: 'soft-navigation', cls: 0 });
  });

  it('reports a page restored from the back-forward cache as a new view, without LCP', () => {
    const { views, sent } = pageViews();
    views.start('/articles/:slug', '/articles/a', 900);
    views.lcp(700);
    views.hide();
    views.start('/articles/:slug', '/articles/a', 60_000, 'back-forward-cache');
    views.lcp(60_100);
    views.hide();
    expect(sent[1]).toEqual({ route: '/articles/:slug', navigationType: 'back-forward-cache', cls: 0 });
  });

  it('sends nothing for a view where the browser measured nothing', () => {
    const { views, sent } = pageViews({ measuresLayoutShifts: false });
    views.start('/', '/', 900);
    views.start('/tags/:slug', '/tags/iraq', 5_000);
    views.settle();
    views.hide();
    expect(sent).toEqual([]);
  });
});

describe('the figures', () => {
  it('CLS is the largest burst of unexpected shifts, not their sum', () => {
    const { views, sent } = pageViews();
    views.start('/', '/', 100);
    // A burst: shifts less than a second apart.
    views.layoutShift({ value: 0.05, startTime: 1000, hadRecentInput: false });
    views.layoutShift({ value: 0.05, startTime: 1500, hadRecentInput: false });
    // One the reader caused (within 500 ms of an input): not counted.
    views.layoutShift({ value: 0.5, startTime: 1700, hadRecentInput: true });
    // A second burst, after a second's calm: smaller.
    views.layoutShift({ value: 0.06, startTime: 4000, hadRecentInput: false });
    views.hide();
    expect(sent[0]?.cls).toBe(0.1);
  });

  it('CLS closes a burst after five seconds, however close its shifts are', () => {
    const { views, sent } = pageViews();
    views.start('/', '/', 100);
    for (let time = 1000; time <= 7000; time += 500)
      views.layoutShift({ value: 0.01, startTime: time, hadRecentInput: false });
    views.hide();
    // 1000…5500 (10 shifts) in the first window, 6000…7000 in the next.
    expect(sent[0]?.cls).toBe(0.1);
  });

  it('INP is the slowest interaction, the events of one interaction taken together', () => {
    const { views, sent } = pageViews();
    views.start('/', '/', 100);
    views.interaction(click(1, 1000, 40));
    views.interaction(click(2, 2000, 200));
    // The pointerup of the same interaction, slower than its pointerdown.
    views.interaction(click(1, 1010, 56));
    // Events that are not interactions (id 0) are not counted.
    views.interaction(click(0, 3000, 900));
    views.hide();
    expect(sent[0]?.inp).toBe(200);
  });

  it('INP skips one of the slowest per 50 interactions (about the 98th percentile)', () => {
    const { views, sent } = pageViews();
    views.start('/', '/', 100);
    for (let id = 1; id <= 120; id++) views.interaction(click(id, 1000 + id * 100, id === 7 ? 900 : 20 + id));
    views.hide();
    // 120 interactions: skip the 2 slowest (900, 140): the third slowest is 139.
    expect(sent[0]?.inp).toBe(139);
  });

  it('INP counts quick interactions the browser did not report, from its own count', () => {
    let count = 0;
    const { views, sent } = pageViews({ interactionCount: () => count });
    views.start('/articles/:slug', '/articles/a', 100);
    count = 3;
    views.start('/tags/:slug', '/tags/iraq', 5_000);
    views.settle();
    // Interactions under the browser's 16 ms threshold, and none reported.
    count = 5;
    views.hide();
    expect(sent.map((report) => report.inp)).toEqual([8, 8]);
  });

  it('has no INP for a view without interactions', () => {
    const { views, sent } = pageViews({ interactionCount: () => 0 });
    views.start('/', '/', 100);
    views.hide();
    expect(sent[0]).not.toHaveProperty('inp');
  });
});

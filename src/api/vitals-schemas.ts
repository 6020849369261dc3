/**
 * Real readers' Core Web Vitals: the part of the HTTP contract that the browser sends, once per
 * page view, to `POST /api/vitals` (see schemas.ts). Nothing in it names a reader or an article:
 * the route is its pattern (`/articles/:slug`), never the address, and there is no id, no time
 * and no user agent. The object is strict, so the API refuses a report that carries anything
 * else. Built on first use, as the other schemas are; the app only needs its type.
 */
import * as z from 'zod/mini';

/** An hour: a larger figure is a broken measurement, not a slow page. */
const MAX_MS = 3_600_000;
const milliseconds = () => z.number().check(z.nonnegative(), z.maximum(MAX_MS));

export const VitalsReportSchema = z.lazy(() =>
  z
    .strictObject({
      /** The route's pattern, as the router has it: `/`, `/articles/:slug`, `/*`. No query, no hash. */
      route: z
        .string()
        .check(z.maxLength(200), z.regex(/^\/[^?#\s]*$/, 'a route pattern, such as /articles/:slug')),
      /** Largest Contentful Paint, ms: only for the first view of a page load. */
      lcp: z.optional(milliseconds()),
      /** Interaction to Next Paint, ms: only when the reader interacted. */
      inp: z.optional(milliseconds()),
      /** Cumulative Layout Shift: the view's largest burst of unexpected shifts. */
      cls: z.optional(z.number().check(z.nonnegative(), z.maximum(100))),
      /** How the view began: `navigate`, `reload`, `back-forward`, `prerender`, `back-forward-cache`, `soft-navigation`. */
      navigationType: z.optional(z.string().check(z.regex(/^[a-z-]{1,32}$/))),
    })
    .check(
      z.refine(
        (report) => report.lcp !== undefined || report.inp !== undefined || report.cls !== undefined,
        'a report has at least one of lcp, inp and cls',
      ),
    ),
);
export type VitalsReport = z.infer<typeof VitalsReportSchema>;

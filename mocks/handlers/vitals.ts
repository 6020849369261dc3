/**
 * Real readers' Core Web Vitals: `POST /api/vitals` takes one page view's report (validated with
 * the contract's schema), and `GET /__mocks/vitals` shows what came, with the 75th percentile of
 * each metric per route, the figure Core Web Vitals are judged by.
 */
import { http, HttpResponse } from 'msw';
import { VitalsReportSchema } from '../../src/api/vitals-schemas';
import { store, type StoredVitals } from '../store';
import { apiError, route } from './respond';

const METRICS = ['lcp', 'inp', 'cls'] as const;
type Metric = (typeof METRICS)[number];

/** One metric of one route: how many reports have it, and their 75th percentile. */
export type MetricSummary = { count: number; p75: number };
export type RouteSummary = { views: number } & Record<Metric, MetricSummary | null>;

/** The 75th percentile by nearest rank: the smallest value that at least 75% of them do not exceed. */
export function p75(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(sorted.length * 0.75) - 1)] ?? 0;
}

/** Per route: its views, and for each metric the reports that carry it and their p75. */
export function summarizeVitals(reports: readonly StoredVitals[]): Record<string, RouteSummary> {
  const byRoute = new Map<string, StoredVitals[]>();
  for (const report of reports) byRoute.set(report.route, [...(byRoute.get(report.route) ?? []), report]);
  return Object.fromEntries(
    [...byRoute].map(([routePattern, views]) => {
      const summary = { views: views.length } as RouteSummary;
      for (const metric of METRICS) {
        const values = views.flatMap((view) => (view[metric] === undefined ? [] : [view[metric]]));
        summary[metric] = values.length > 0 ? { count: values.length, p75: p75(values) } : null;
      }
      return [routePattern, summary];
    }),
  );
}

export const vitalsHandlers = [
  http.post(
    '*/api/vitals',
    route('vitals', async ({ request }) => {
      const parsed = VitalsReportSchema.safeParse(await request.json().catch(() => null));
      if (!parsed.success) {
        const fields: Record<string, string> = {};
        for (const issue of parsed.error.issues) {
          const names = issue.code === 'unrecognized_keys' ? issue.keys : [String(issue.path[0] ?? 'body')];
          for (const name of names) fields[name] ??= issue.message;
        }
        return apiError(400, 'invalid-vitals', 'Not a vitals report', { fields });
      }
      store.addVitals({ ...parsed.data, receivedAt: new Date().toISOString() });
      return new HttpResponse(null, { status: 204 });
    }),
  ),

  // Debug: what readers' browsers reported, so a developer or a test can see the figures.
  http.get('*/__mocks/vitals', () =>
    HttpResponse.json({
      count: store.vitals.length,
      summary: summarizeVitals(store.vitals),
      reports: store.vitals,
    }),
  ),
];

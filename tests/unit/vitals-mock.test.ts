import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiUrl } from '@/api/client';
import { ApiErrorBodySchema } from '@/api/schemas';
import type { VitalsReport } from '@/api/vitals-schemas';
import { sendVitals } from '@/features/vitals/api/send-vitals';
import { p75, summarizeVitals, type RouteSummary } from '../../mocks/handlers/vitals';
import { store } from '../../mocks/node';
import { MockStore } from '../../mocks/store';

const post = (body: unknown) =>
  fetch(apiUrl('/api/vitals'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

async function listed(): Promise<{
  count: number;
  summary: Record<string, RouteSummary>;
  reports: unknown[];
}> {
  return (await fetch(apiUrl('/__mocks/vitals'))).json();
}

describe('the mock API’s vitals', () => {
  it('keeps a report (204) and lists it with p75 per route and metric', async () => {
    const reports: VitalsReport[] = [
      { route: '/articles/:slug', lcp: 1000, cls: 0, navigationType: 'navigate' },
      { route: '/articles/:slug', lcp: 2000, cls: 0.2, inp: 80, navigationType: 'reload' },
      { route: '/articles/:slug', lcp: 3000, cls: 0.01 },
      { route: '/articles/:slug', lcp: 4000, cls: 0.05 },
      { route: '/tags/:slug', cls: 0, navigationType: 'soft-navigation' },
    ];
    for (const report of reports) expect((await post(report)).status).toBe(204);

    const { count, summary, reports: kept } = await listed();
    expect(count).toBe(5);
    expect(kept[0]).toMatchObject(reports[0]!);
    expect(kept[0]).toHaveProperty('receivedAt');
    expect(summary).toEqual({
      '/articles/:slug': {
        views: 4,
        lcp: { count: 4, p75: 3000 },
        inp: { count: 1, p75: 80 },
        cls: { count: 4, p75: 0.05 },
      },
      '/tags/:slug': { views: 1, lcp: null, inp: null, cls: { count: 1, p75: 0 } },
    });
  });

  it.each([
    ['an address in place of the route', { route: '/articles/some-slug?utm=x', lcp: 1 }, 'route'],
    ['a full URL', { route: 'https://example.com/articles/x', lcp: 1 }, 'route'],
    ['a reader id', { route: '/', cls: 0, readerId: 'r-123' }, 'readerId'],
    ['a negative figure', { route: '/', lcp: -5 }, 'lcp'],
    ['a figure that is not a number', { route: '/', inp: '80' }, 'inp'],
    ['no figure at all', { route: '/', navigationType: 'navigate' }, 'body'],
  ])('refuses %s with 400 and the contract’s error', async (_case, body, field) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    const error = ApiErrorBodySchema.parse(await response.json()).error;
    expect(error.code).toBe('invalid-vitals');
    expect(error.fields).toHaveProperty(field);
    expect(store.vitals).toEqual([]);
  });

  it('refuses a body that is not JSON', async () => {
    const response = await post('lcp=100');
    expect(response.status).toBe(400);
    expect(ApiErrorBodySchema.safeParse(await response.json()).success).toBe(true);
  });

  it('forgets the reports on reset, and keeps them in the browser worker’s snapshot', async () => {
    await post({ route: '/', lcp: 900 });
    const restored = new MockStore();
    restored.restore(JSON.parse(JSON.stringify(store.snapshot())));
    expect(restored.vitals).toEqual([expect.objectContaining({ route: '/', lcp: 900 })]);
    // A snapshot saved before the mock kept vitals.
    restored.restore({ comments: [], idempotency: {} });
    expect(restored.vitals).toEqual([]);

    await fetch(apiUrl('/__mocks/reset'), { method: 'POST' });
    expect((await listed()).count).toBe(0);
  });

  it('p75 is the nearest-rank 75th percentile', () => {
    expect(p75([5])).toBe(5);
    expect(p75([4, 1, 3, 2])).toBe(3);
    expect(p75(Array.from({ length: 100 }, (_, i) => i + 1))).toBe(75);
    expect(summarizeVitals([])).toEqual({});
  });
});

describe('sending a report', () => {
  const report: VitalsReport = { route: '/articles/:slug', lcp: 1200, cls: 0 };

  afterEach(() => {
    Reflect.deleteProperty(navigator, 'sendBeacon');
  });

  it('uses a beacon, with a JSON blob', async () => {
    const beacon = vi.fn(() => true);
    Object.defineProperty(navigator, 'sendBeacon', { value: beacon, configurable: true });
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    sendVitals(report);
    expect(beacon).toHaveBeenCalledOnce();
    const [url, blob] = beacon.mock.calls[0] as unknown as [string, Blob];
    expect(new URL(url).pathname).toBe('/api/vitals');
    expect(blob.type).toBe('application/json');
    expect(JSON.parse(await blob.text())).toEqual(report);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it.each([
    ['has no beacon', undefined],
    ['refuses the beacon', () => false],
  ])('falls back to a keepalive fetch when the browser %s, and the mock keeps it', async (_case, beacon) => {
    if (beacon) Object.defineProperty(navigator, 'sendBeacon', { value: beacon, configurable: true });
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    sendVitals(report);
    expect(fetchSpy).toHaveBeenCalledWith(
      expect.stringMatching(/\/api\/vitals$/),
      expect.objectContaining({ method: 'POST', keepalive: true, credentials: 'omit' }),
    );
    await vi.waitFor(() => expect(store.vitals).toEqual([expect.objectContaining(report)]));
  });
});

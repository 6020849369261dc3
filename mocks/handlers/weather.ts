import { http, HttpResponse } from 'msw';
import type { Weather } from '../../src/api/schemas';
import { route, apiError, cacheHeaders } from './respond';

const cities: Record<string, Omit<Weather, 'observedAt'>> = {
  erbil: { city: 'أربيل', temperatureC: 6, condition: 'غائم جزئياً' },
  baghdad: { city: 'بغداد', temperatureC: 14, condition: 'صحو' },
  sulaymaniyah: { city: 'السليمانية', temperatureC: 3, condition: 'ممطر' },
};

export const weatherHandlers = [
  http.get(
    '*/api/weather',
    route('weather', ({ request }) => {
      const city = new URL(request.url).searchParams.get('city') ?? 'erbil';
      const weather = cities[city];
      if (!weather) return apiError(404, 'not-found', 'Unknown city');
      return HttpResponse.json({ ...weather, observedAt: new Date().toISOString() } satisfies Weather, {
        headers: cacheHeaders.weather,
      });
    }),
  ),
];

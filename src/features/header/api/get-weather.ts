import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest, apiUrl } from '@/api/client';
import { config } from '@/api/config';
import { WeatherSchema, type Weather } from '@/api/schemas';

export function getWeather(city: string, signal?: AbortSignal): Promise<Weather> {
  return apiRequest(apiUrl('/api/weather', { city }), WeatherSchema, { signal });
}

export function weatherQueryOptions(city: string = config.weatherCity) {
  return queryOptions({
    queryKey: ['weather', city],
    queryFn: ({ signal }) => getWeather(city, signal),
    staleTime: 10 * 60_000,
    refetchInterval: 15 * 60_000,
    // The weather is decoration: one quiet retry, then the slot stays empty.
    retry: 1,
  });
}

export function useWeather() {
  return useQuery(weatherQueryOptions());
}

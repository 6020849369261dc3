import { useWeather } from '../api/get-weather';
import { pageClasses } from '@/components/ui/page-classes';

/** «أربيل 6°C». The slot keeps its size while loading and stays empty and quiet on failure. */
export function WeatherBadge() {
  const { data } = useWeather();
  return (
    <span className={pageClasses.weatherSlot} aria-live="off">
      {data ? (
        <span title={data.condition}>
          {data.city} {/* Isolated left to right, or the RTL line shows «C°6». */}
          <span dir="ltr" className="inline-block">
            {Math.round(data.temperatureC)}°C
          </span>
        </span>
      ) : (
        <span aria-hidden="true">&nbsp;</span>
      )}
    </span>
  );
}

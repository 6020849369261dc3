import { createContext, useContext, useEffect, useState } from 'react';
import { msUntilNextMinute, startOfMinute } from '@/lib/dates';

const sameMinute = (a: Date, b: Date) => startOfMinute(a).getTime() === startOfMinute(b).getTime();

/**
 * The moment the server rendered the page: the browser's first render shows the same minute, so
 * it hydrates the server's HTML as it is, then moves on to the real time.
 */
export const RenderTimeContext = createContext<Date | null>(null);

/** The current time, re-rendered exactly when each minute starts (not every second). */
export function useMinuteClock(): Date {
  const renderedAt = useContext(RenderTimeContext);
  const [now, setNow] = useState(() => renderedAt ?? new Date());
  useEffect(() => {
    const tick = () => {
      const current = new Date();
      // Within the same minute nothing changes, so nothing re-renders.
      setNow((shown) => (sameMinute(shown, current) ? shown : current));
    };
    // A minute may have turned since the page was rendered.
    tick();
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      timer = setTimeout(() => {
        tick();
        schedule();
      }, msUntilNextMinute(new Date()));
    };
    schedule();
    return () => clearTimeout(timer);
  }, []);
  return now;
}

import { useEffect, useState } from 'react';
import { msUntilNextMinute, startOfMinute } from '@/lib/dates';

const sameMinute = (a: Date, b: Date) => startOfMinute(a).getTime() === startOfMinute(b).getTime();

/**
 * The current time, re-rendered exactly when each minute starts (not every second). `startAt`
 * is for a clock already on screen before the app (src/early/): the first render matches it.
 */
export function useMinuteClock(startAt?: Date): Date {
  const [now, setNow] = useState(() => startAt ?? new Date());
  useEffect(() => {
    const tick = () => {
      const current = new Date();
      // Within the same minute nothing changes, so nothing re-renders.
      setNow((shown) => (sameMinute(shown, current) ? shown : current));
    };
    // A minute may have turned since `startAt`.
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

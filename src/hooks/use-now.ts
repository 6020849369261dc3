import { useEffect, useState } from 'react';
import { msUntilNextMinute } from '@/lib/dates';

/** The current time, re-rendered exactly when each minute starts (not every second). */
export function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      timer = setTimeout(() => {
        setNow(new Date());
        schedule();
      }, msUntilNextMinute(new Date()));
    };
    schedule();
    return () => clearTimeout(timer);
  }, []);
  return now;
}

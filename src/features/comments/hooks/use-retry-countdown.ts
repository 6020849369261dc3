import { useEffect, useState } from 'react';

export type RetryWindow = { from: number; until: number };

/** Whole seconds left in `window` (epoch ms), ticking every second; 0 once it has passed. */
export function useRetryCountdown(window: RetryWindow | null): number {
  const [now, setNow] = useState(0);
  useEffect(() => {
    if (window === null) return;
    const timer = setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= window.until) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [window]);
  if (window === null) return 0;
  return Math.max(0, Math.ceil((window.until - Math.max(now, window.from)) / 1000));
}

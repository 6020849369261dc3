import { useMinuteClock } from '@/hooks/use-now';
import { formatHeaderDateTime, startOfMinute } from '@/lib/dates';
import { pageClasses } from '@/components/ui/page-classes';

/** «الثلاثاء 26 تشرين الثاني 05:16» in the site's time zone, moving on each minute. */
export function HeaderClock() {
  const now = useMinuteClock();
  return (
    <time dateTime={startOfMinute(now).toISOString()} className={pageClasses.clock}>
      {formatHeaderDateTime(now)}
    </time>
  );
}

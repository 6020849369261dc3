import { Link } from 'react-router';
import { TextSizeControl } from '@/components/ui/text-size-control';
import { config } from '@/api/config';
import { HeaderClock } from './header-clock';
import { WeatherBadge } from './weather-badge';

export function SiteHeader() {
  return (
    <header className="bg-brand text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-3">
        <Link to="/" className="inline-flex min-h-11 items-center text-2xl font-extrabold tracking-tight">
          {config.siteName}
        </Link>
        <p className="flex flex-wrap items-center gap-x-3 text-sm text-white/90">
          <WeatherBadge />
          <HeaderClock />
        </p>
        <TextSizeControl />
      </div>
    </header>
  );
}

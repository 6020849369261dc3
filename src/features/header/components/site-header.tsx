import { Link } from 'react-router';
import { TextSizeControl } from '@/components/ui/text-size-control';
import { config } from '@/api/config';
import { HeaderClock } from './header-clock';
import { WeatherBadge } from './weather-badge';
import { pageClasses } from '@/components/ui/page-classes';

export function SiteHeader() {
  return (
    <header className={pageClasses.header}>
      <div className={pageClasses.headerInner}>
        <Link to="/" className={pageClasses.siteName}>
          {config.siteName}
        </Link>
        <p className={pageClasses.headerMeta}>
          <WeatherBadge />
          <HeaderClock />
        </p>
        <TextSizeControl />
      </div>
    </header>
  );
}

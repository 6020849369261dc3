import { Link } from 'react-router';
import { TextSizeControl } from '@/components/ui/text-size-control';
import { config } from '@/api/config';
import { HeaderClock } from './header-clock';
import { SearchForm } from './search-form';
import { SectionsNav } from './sections-nav';
import { WeatherBadge } from './weather-badge';
import { pageClasses } from '@/components/ui/page-classes';

/** `sectionOfPage`: the section the page belongs to, when it is not the section's own page (an article's). */
export function SiteHeader({ sectionOfPage }: { sectionOfPage?: string }) {
  return (
    <header className={pageClasses.header}>
      <div className={pageClasses.headerInner}>
        {/* No route discovery to do (that is for server-rendered apps): no data-discover attribute,
            which the pre-app paint of this link does not have. */}
        <Link to="/" discover="none" className={pageClasses.siteName}>
          {config.siteName}
        </Link>
        <p className={pageClasses.headerMeta}>
          <WeatherBadge />
          <HeaderClock />
        </p>
        <SearchForm />
        <TextSizeControl />
      </div>
      <SectionsNav sectionOfPage={sectionOfPage} />
    </header>
  );
}

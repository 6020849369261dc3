import { Link, NavLink } from 'react-router';
import { ar } from '@/i18n/ar';
import { tagPath } from '@/lib/paths';
import { useSections } from '../api/get-sections';

const linkClasses = ({ isActive }: { isActive: boolean }) =>
  `inline-flex min-h-11 items-center px-3 font-bold whitespace-nowrap hover:bg-white/10 ${
    isActive ? 'border-b-4 border-white' : 'border-b-4 border-transparent text-white/85'
  }`;

/**
 * «الأقسام»: home and the site's sections, one line under the header that scrolls sideways on a
 * phone rather than wrap. The current section is marked: its own page with `aria-current="page"`
 * (by NavLink), an article's section with `aria-current="true"`. Its line keeps its height while
 * the sections load and if they fail, so nothing below moves.
 */
export function SectionsNav({ sectionOfPage }: { sectionOfPage?: string }) {
  const { data: sections = [] } = useSections();
  return (
    <nav aria-label={ar.sections} className="bg-brand-strong">
      <ul className="mx-auto flex h-11 max-w-5xl overflow-x-auto overflow-y-hidden px-1 [scrollbar-width:none]">
        <li>
          <NavLink to="/" end discover="none" className={linkClasses}>
            {ar.home}
          </NavLink>
        </li>
        {sections.map((section) => (
          <li key={section.slug}>
            {section.slug === sectionOfPage ? (
              // An article's section: not the page itself, but where the reader is.
              <Link
                to={tagPath(section.slug)}
                discover="none"
                aria-current="true"
                className={linkClasses({ isActive: true })}
              >
                {section.name}
              </Link>
            ) : (
              <NavLink to={tagPath(section.slug)} discover="none" className={linkClasses}>
                {section.name}
              </NavLink>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

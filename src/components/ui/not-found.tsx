import { Link } from 'react-router';
import { ar } from '@/i18n/ar';

/** The Arabic not-found page, for unknown routes and unknown slugs alike. */
export function NotFound({ title = ar.notFoundTitle }: { title?: string }) {
  return (
    <div className="py-12 text-center">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-3 text-stone-700 dark:text-stone-300">{ar.notFoundBody}</p>
      <Link
        to="/"
        className="mt-6 inline-flex min-h-11 items-center rounded-md bg-brand px-5 font-bold text-white hover:bg-brand-strong"
      >
        {ar.backHome}
      </Link>
    </div>
  );
}

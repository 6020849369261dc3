import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { BreakingNews } from '@/api/schemas';
import { useHydrated } from '@/hooks/use-hydrated';
import { BREAKING_BAR_ID, BREAKING_DISMISSED_ATTRIBUTE } from '@/lib/reader-preferences';
import { ar } from '@/i18n/ar';
import { useBreaking } from '../api/get-breaking';
import { readDismissedBreaking, writeDismissedBreaking } from '../lib/dismissed';

type Shown = { story: BreakingNews; pathname: string; answered: boolean };

/**
 * Which story the bar shows, so that it never pushes the page down under a reader: the story known
 * when the page loaded (the server renders it) or when its first answer came, then, while a bar is
 * on screen, whatever story is newest, in its place. A story that comes later to a page without a
 * bar waits for the next page; so does the bar's going away. A page the browser renders itself
 * (the static demo) takes the first answer too, as it comes with the page's own data.
 */
function useShownStory(dismissed: string | null): BreakingNews {
  const { data } = useBreaking();
  const { pathname } = useLocation();
  // False only while React hydrates the server's HTML: then the server's answer (or its having
  // none in time) is the page's, and a later first answer must not push the page down.
  const hydrated = useHydrated();
  const [shown, setShown] = useState<Shown>(() => ({
    story: data ?? null,
    pathname,
    answered: data !== undefined || !hydrated,
  }));
  // A closed story's bar is not on screen: a new story waits for the next page there too.
  const onScreen = shown.story !== null && shown.story.slug !== dismissed;
  let next = shown;
  if (data !== undefined && !shown.answered) next = { story: data, pathname, answered: true };
  else if (pathname !== shown.pathname) next = { story: data ?? null, pathname, answered: shown.answered };
  else if (onScreen && data && (data.slug !== shown.story?.slug || data.title !== shown.story?.title))
    next = { ...shown, story: data };
  if (next !== shown) setShown(next);
  return next.story;
}

/**
 * «عاجل»: the breaking story at the top of every page, a link to it, announced politely when it
 * changes, and a button that closes it for that story on this device.
 */
export function BreakingBar() {
  const hydrated = useHydrated();
  const [dismissedNow, setDismissedNow] = useState<string | null>(null);
  // Only the browser knows what the reader closed: the server's HTML and the hydrating render show it.
  const dismissed = dismissedNow ?? (hydrated ? readDismissedBreaking() : null);
  const story = useShownStory(dismissed);
  // The page script hid the server's bar for a closed story; from here React decides (a new story shows).
  useEffect(() => {
    if (hydrated) document.documentElement.removeAttribute(BREAKING_DISMISSED_ATTRIBUTE);
  }, [hydrated]);
  if (!story || story.slug === dismissed) return null;

  const dismiss = () => {
    writeDismissedBreaking(story.slug);
    setDismissedNow(story.slug);
    document.getElementById('main')?.focus({ preventScroll: true });
  };
  return (
    <section
      id={BREAKING_BAR_ID}
      data-slug={story.slug}
      aria-label={ar.breakingRegion}
      className="bg-accent text-white"
    >
      <div className="mx-auto flex h-12 max-w-5xl items-center gap-3 ps-4 pe-1">
        <p aria-live="polite" aria-atomic="true" className="flex min-w-0 flex-1 items-center gap-3">
          <span className="shrink-0 rounded bg-white px-2 py-0.5 text-sm font-bold text-accent">
            {ar.breaking}
          </span>
          <Link
            to={`/articles/${encodeURIComponent(story.slug)}`}
            className="min-w-0 truncate font-bold hover:underline"
          >
            {story.title}
          </Link>
        </p>
        {/* A button works only with the app's code: without it, no button that does nothing. */}
        {hydrated && (
          <button
            type="button"
            onClick={dismiss}
            aria-label={ar.dismissBreaking}
            className="inline-flex size-11 shrink-0 items-center justify-center rounded-md text-2xl leading-none hover:bg-white/15"
          >
            <span aria-hidden="true">×</span>
          </button>
        )}
      </div>
    </section>
  );
}

/** The classes of the page's frame and of an article's first lines, in one place. */
export const pageClasses = {
  layout: 'flex min-h-dvh flex-col',
  // Hidden, it is still laid out: at the header's small size it asks for no font size of its own.
  skipLink:
    'sr-only text-sm focus:not-sr-only focus:text-base focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-4 focus:py-3 focus:text-brand focus:shadow-lg',
  header: 'bg-brand text-white',
  headerInner: 'mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-3',
  siteName: 'inline-flex min-h-11 items-center text-2xl font-bold tracking-tight',
  // On a phone the weather and clock take their own line under the name and the text size buttons.
  headerMeta: 'flex flex-wrap items-center gap-x-3 text-sm text-white/90 max-sm:order-last max-sm:basis-full',
  weatherSlot: 'inline-block min-w-[6.5rem] whitespace-nowrap',
  // No nowrap: at twice the text size the longest date («الخميس 30 تشرين الثاني») is wider than a
  // phone, so it wraps between words; at the usual sizes the line below the name has room for it.
  clock: 'tabular-nums',
  textSizeGroup: 'flex items-center',
  textSizeButton:
    'inline-flex min-h-11 min-w-11 items-center justify-center rounded-md font-bold hover:bg-white/15 disabled:opacity-50',
  // Fixed over the header's top edge: it moves nothing on the page.
  navigationBar: 'fixed inset-x-0 top-0 z-50 h-1 animate-pulse bg-accent',
  main: 'mx-auto w-full max-w-3xl flex-1 px-4 py-6 focus:outline-none',
  articleHead: 'border-b border-stone-200 pb-5 dark:border-stone-800',
  articleTitle: 'font-serif text-2xl leading-snug font-bold sm:text-3xl',
  articleSubtitle: 'mt-3 text-lg text-stone-700 dark:text-stone-300',
  articleMeta: 'mt-3 flex flex-wrap gap-x-3 text-sm text-stone-600 dark:text-stone-400',
  articleSource: 'font-bold',
  articleBody: 'mt-6 space-y-5 font-serif text-lg leading-loose',
  tagLink:
    'inline-flex min-h-11 items-center rounded-full bg-stone-200 px-4 font-bold hover:bg-stone-300 dark:bg-stone-800 dark:hover:bg-stone-700',
  commentsHeading: 'text-xl font-bold',
  siteFooter:
    'border-t border-stone-200 py-6 text-center text-sm text-stone-600 dark:border-stone-800 dark:text-stone-400',
} as const;

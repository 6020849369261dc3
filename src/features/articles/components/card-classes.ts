/** The card's shape, shared with its skeleton: one column on a phone, a grid cell above it. */
export const cardClasses = {
  list: 'sm:grid sm:grid-cols-2 sm:gap-x-6',
  leadItem: 'sm:col-span-2',
  card: 'flex min-h-36 gap-3 border-b border-stone-200 py-4 sm:flex-col dark:border-stone-800',
  text: 'flex min-w-0 flex-1 flex-col gap-2',
  // A thumbnail at the side on a phone; the picture on top of its cell above that.
  picture: 'w-28 shrink-0 sm:order-first sm:w-full',
  // A plain list (search results): one column, the thumbnail at the side at every width.
  rowCard: 'flex min-h-36 gap-3 border-b border-stone-200 py-4 dark:border-stone-800',
  rowPicture: 'w-28 shrink-0 sm:w-44',
} as const;

/** The app's two kinds of button, 44 px tall for a fingertip: one main action and the rest. */
const base = 'min-h-11 rounded-md px-4 font-bold disabled:opacity-60';

export const buttonClasses = {
  primary: `${base} bg-brand text-white hover:bg-brand-strong`,
  secondary: `${base} border border-stone-300 hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800`,
} as const;

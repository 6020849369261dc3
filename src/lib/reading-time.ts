import { arabicPluralCategory } from './dates';

/** Words a minute an adult reads Arabic news at (slower than English's ~230). */
const WORDS_PER_MINUTE = 180;

/** Whole minutes to read these paragraphs, at least one. */
export function readingMinutes(paragraphs: readonly string[]): number {
  const words = paragraphs.reduce((count, paragraph) => count + (paragraph.match(/\S+/g)?.length ?? 0), 0);
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/**
 * «دقيقة واحدة للقراءة», «دقيقتان للقراءة», «5 دقائق للقراءة», «12 دقيقة للقراءة»: Arabic's
 * counted noun after one, two, three to ten, and eleven and more.
 */
export function formatReadingTime(minutes: number): string {
  const category = arabicPluralCategory(minutes);
  if (category === 'one') return 'دقيقة واحدة للقراءة';
  if (category === 'two') return 'دقيقتان للقراءة';
  if (category === 'few') return `${minutes} دقائق للقراءة`;
  return `${minutes} دقيقة للقراءة`;
}

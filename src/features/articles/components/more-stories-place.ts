/**
 * The space «أخبار ذات صلة» and «الأكثر قراءة» take before they come (a heading and their rows),
 * apart from their code so the article route keeps their place without loading it.
 */
export const moreStoriesPlaceClasses = 'mt-10 grid min-h-[52rem] gap-8 sm:min-h-[30rem] sm:grid-cols-2';

import { useState } from 'react';
import { useHydrated } from '@/hooks/use-hydrated';
import { ar, textSizeGlyphs } from '@/i18n/ar';
import { pageClasses } from './page-classes';
import { readTextScaleIndex, saveTextScaleIndex, TEXT_SCALES } from '@/lib/reader-preferences';

/** «أ-» / «أ+»: the reader's text size, remembered. */
export function TextSizeControl() {
  const hydrated = useHydrated();
  const [index, setIndex] = useState(readTextScaleIndex);
  // The buttons' place, as the pre-app paint holds it (src/early/), while React adopts that paint.
  if (!hydrated) {
    return (
      <div aria-hidden="true" className={pageClasses.textSizeGroup}>
        <span className={pageClasses.textSizeButton}>
          <span className="text-sm">{textSizeGlyphs.smaller}</span>
        </span>
        <span className={pageClasses.textSizeButton}>
          <span className="text-lg">{textSizeGlyphs.larger}</span>
        </span>
      </div>
    );
  }
  const change = (next: number) => {
    setIndex(next);
    saveTextScaleIndex(next);
  };
  const button = pageClasses.textSizeButton;
  return (
    <div role="group" aria-label={ar.textSize.label} className={pageClasses.textSizeGroup}>
      <button
        type="button"
        className={button}
        aria-label={ar.textSize.smaller}
        disabled={index === 0}
        onClick={() => change(index - 1)}
      >
        <span aria-hidden="true" className="text-sm">
          {textSizeGlyphs.smaller}
        </span>
      </button>
      <button
        type="button"
        className={button}
        aria-label={ar.textSize.larger}
        disabled={index === TEXT_SCALES.length - 1}
        onClick={() => change(index + 1)}
      >
        <span aria-hidden="true" className="text-lg">
          {textSizeGlyphs.larger}
        </span>
      </button>
    </div>
  );
}

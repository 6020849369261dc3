import { useState } from 'react';
import { useHydrated } from '@/hooks/use-hydrated';
import { ar, textSizeGlyphs } from '@/i18n/ar';
import { pageClasses } from './page-classes';
import { readTextScaleIndex, saveTextScaleIndex, TEXT_SCALES } from '@/lib/reader-preferences';

/** «أ-» / «أ+»: the reader's text size, remembered. */
export function TextSizeControl() {
  const hydrated = useHydrated();
  const [index, setIndex] = useState(readTextScaleIndex);
  const change = (next: number) => {
    setIndex(next);
    saveTextScaleIndex(next);
  };
  // While React adopts the pre-app paint (src/early/), the buttons are as that paint has them:
  // out of the keyboard's way and hidden from assistive technology. Then they work, in place: the
  // same nodes with other attributes, as replacing nodes cost a long task in profiled loads.
  const button = pageClasses.textSizeButton;
  return (
    <div
      role={hydrated ? 'group' : undefined}
      aria-label={hydrated ? ar.textSize.label : undefined}
      aria-hidden={hydrated ? undefined : true}
      className={pageClasses.textSizeGroup}
    >
      <button
        type="button"
        className={button}
        aria-label={hydrated ? ar.textSize.smaller : undefined}
        tabIndex={hydrated ? undefined : -1}
        disabled={hydrated && index === 0}
        onClick={() => change(index - 1)}
      >
        <span aria-hidden="true" className="text-sm">
          {textSizeGlyphs.smaller}
        </span>
      </button>
      <button
        type="button"
        className={button}
        aria-label={hydrated ? ar.textSize.larger : undefined}
        tabIndex={hydrated ? undefined : -1}
        disabled={hydrated && index === TEXT_SCALES.length - 1}
        onClick={() => change(index + 1)}
      >
        <span aria-hidden="true" className="text-lg">
          {textSizeGlyphs.larger}
        </span>
      </button>
    </div>
  );
}

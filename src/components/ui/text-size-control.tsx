import { useState } from 'react';
import { useHydrated } from '@/hooks/use-hydrated';
import { ar, textSizeGlyphs } from '@/i18n/ar';
import { pageClasses } from './page-classes';
import {
  DEFAULT_TEXT_SCALE_INDEX,
  readTextScaleIndex,
  saveTextScaleIndex,
  TEXT_SCALES,
} from '@/lib/reader-preferences';

/** «أ-» / «أ+»: the reader's text size, remembered. */
export function TextSizeControl() {
  // The stored size lives on the device: the server renders the default, the browser reads it.
  const hydrated = useHydrated();
  const [chosen, setChosen] = useState<number | null>(null);
  const index = chosen ?? (hydrated ? readTextScaleIndex() : DEFAULT_TEXT_SCALE_INDEX);
  const change = (next: number) => {
    setChosen(next);
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

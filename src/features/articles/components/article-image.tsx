import { useCallback, useState } from 'react';
import type { Image } from '@/api/schemas';

/**
 * A picture of the API's: every variant in `srcset` so the browser takes the width it needs,
 * `width`/`height` so its box is kept before a byte arrives (no shift), a neutral grey while it
 * loads, and the same grey box, quietly, if it fails. `priority` for the one picture a page leads
 * with; the others wait until they near the screen.
 */
export function ArticleImage({
  image,
  sizes,
  priority = false,
  decorative = false,
  className = '',
}: {
  image: Image;
  /** How wide the picture is laid out, for the browser's choice among the variants. */
  sizes: string;
  priority?: boolean;
  /** Beside a link that says the same: no alt text to read twice. */
  decorative?: boolean;
  className?: string;
}) {
  const [failed, setFailed] = useState(false);
  // A picture that failed before the app's code came (the server's HTML) fails quietly too.
  const checkLoaded = useCallback((element: HTMLImageElement | null) => {
    if (element?.complete && element.naturalWidth === 0 && element.currentSrc) setFailed(true);
  }, []);
  const box = `block aspect-video w-full bg-stone-200 object-cover dark:bg-stone-800 ${className}`;
  if (failed) {
    return decorative ? (
      <span aria-hidden="true" className={box} />
    ) : (
      <span role="img" aria-label={image.alt} className={box} />
    );
  }
  const srcSet = [...image.variants]
    .sort((a, b) => a.width - b.width)
    .map((variant) => `${variant.url} ${variant.width}w`)
    .join(', ');
  return (
    <img
      ref={checkLoaded}
      src={image.url}
      srcSet={srcSet || undefined}
      sizes={srcSet ? sizes : undefined}
      width={image.width}
      height={image.height}
      alt={decorative ? '' : image.alt}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding={priority ? 'sync' : 'async'}
      onError={() => setFailed(true)}
      className={box}
    />
  );
}

import { Component, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { lazyChunk } from '@/lib/lazy-chunk';
import { ErrorState } from './error-state';

type BoundaryProps = { failed: ReactNode; children: ReactNode };

/** Catches what its part throws, so only the part is lost, never the page around it. */
class PartBoundary extends Component<BoundaryProps, { error: unknown }> {
  override state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    return this.state.error === null ? this.props.children : this.props.failed;
  }
}

type PartOptions = {
  /** What the reader is told when the part's code did not load; null shows nothing (a part they never asked for). */
  failedTitle: string | null;
};

/**
 * A part of the page whose code loads later (lazyChunk), inside its own error boundary: if its
 * code fails to load, its place stays and says so in Arabic with «إعادة المحاولة», which loads the
 * code again without reloading the page; everything around it stays.
 */
export function lazyPart<P extends object>(
  load: () => Promise<{ default: (props: P) => ReactNode }>,
  { failedTitle }: PartOptions,
): ComponentType<P & { fallback: ReactNode }> {
  // `React.lazy` keeps a failed load for good: a retry needs a new one.
  let Loaded = lazyChunk(load);
  let attempt = 0;

  function LazyPart({ fallback, ...props }: P & { fallback: ReactNode }) {
    const [shownAttempt, setShownAttempt] = useState(attempt);
    const retry = () => {
      if (shownAttempt === attempt) {
        attempt += 1;
        Loaded = lazyChunk(load);
      }
      setShownAttempt(attempt);
    };
    // The part's place (its fallback: the comments keep their heading) stays, the error under it.
    const failed =
      failedTitle === null ? null : (
        <>
          {fallback}
          <div className="mt-4">
            <ErrorState title={failedTitle} onRetry={retry} />
          </div>
        </>
      );
    return (
      <PartBoundary key={shownAttempt} failed={failed}>
        <Suspense fallback={fallback}>
          <Loaded {...(props as unknown as P)} />
        </Suspense>
      </PartBoundary>
    );
  }
  return LazyPart;
}

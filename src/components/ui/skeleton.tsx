type SkeletonProps = { className?: string };

/** A grey block of the final size: the page does not move when the data arrives. */
export function Skeleton({ className = '' }: SkeletonProps) {
  return (
    <span
      aria-hidden="true"
      className={`block animate-pulse rounded bg-stone-200 dark:bg-stone-800 ${className}`}
    />
  );
}

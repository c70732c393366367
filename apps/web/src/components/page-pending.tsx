import { Skeleton } from './ui/skeleton';

/** What a page shows while its data loads, when it has no skeleton of its own. */
export function PagePending() {
  return (
    <div role="status" aria-label="Loading" className="flex flex-col gap-3 p-4">
      <Skeleton className="h-8 w-56" />
      <Skeleton className="h-4 w-80 max-w-full" />
      <Skeleton className="mt-2 h-48 w-full" />
    </div>
  );
}

import type { PageMeta } from '@switchboard/contracts';
import { ChevronLeft, ChevronRight } from 'lucide-react';
import { cn } from '../lib/cn';
import { Button } from './ui/button';

/** Previous / next for a paged list, with where the reader is; hidden when everything fits on one page. */
export function Pagination({
  meta,
  label,
  onPage,
  className,
}: {
  meta: PageMeta;
  label: string;
  onPage: (page: number) => void;
  className?: string;
}) {
  if (meta.page === 1 && !meta.hasNextPage) return null;
  const first = (meta.page - 1) * meta.perPage + 1;
  const last = Math.min(meta.total, meta.page * meta.perPage);
  return (
    <nav aria-label={label} className={cn('flex items-center justify-end gap-2 text-sm', className)}>
      <span className="text-muted-foreground">
        {first}–{last} of {meta.total}
      </span>
      <Button size="sm" disabled={meta.page === 1} onClick={() => onPage(meta.page - 1)}>
        <ChevronLeft aria-hidden />
        Previous
      </Button>
      <Button size="sm" disabled={!meta.hasNextPage} onClick={() => onPage(meta.page + 1)}>
        Next
        <ChevronRight aria-hidden />
      </Button>
    </nav>
  );
}

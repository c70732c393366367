import type { PageMeta } from '@switchboard/contracts';
import { Link } from '@tanstack/react-router';
import { ChevronLeft, ChevronRight } from 'lucide-react';
import { Button, buttonClass } from '../../components/ui/button';

const numberFormat = new Intl.NumberFormat();

import type { CallsPageSearch } from './call-list-search';

export function CallsPagination({
  meta,
  pageSearch,
}: {
  meta: PageMeta;
  /** The URL search that shows `page`. */
  pageSearch: (page: number) => CallsPageSearch;
}) {
  const { page, perPage, total, hasNextPage } = meta;
  const first = total === 0 ? 0 : (page - 1) * perPage + 1;
  const last = Math.min(page * perPage, total);
  return (
    <nav aria-label="Pagination" className="flex items-center justify-between gap-4 border-t border-border px-4 py-2">
      <p className="text-sm text-muted-foreground">
        {numberFormat.format(first)}–{numberFormat.format(last)} of {numberFormat.format(total)} calls
      </p>
      <div className="flex items-center gap-2">
        <PageLink search={pageSearch(page - 1)} enabled={page > 1} label="Previous page">
          <ChevronLeft aria-hidden /> Previous
        </PageLink>
        <PageLink search={pageSearch(page + 1)} enabled={hasNextPage} label="Next page">
          Next <ChevronRight aria-hidden />
        </PageLink>
      </div>
    </nav>
  );
}

function PageLink({
  search,
  enabled,
  label,
  children,
}: {
  search: CallsPageSearch;
  enabled: boolean;
  label: string;
  children: React.ReactNode;
}) {
  if (!enabled) {
    return (
      <Button size="sm" disabled aria-label={label}>
        {children}
      </Button>
    );
  }
  return (
    <Link to="/calls" search={search} aria-label={label} className={buttonClass({ size: 'sm' })}>
      {children}
    </Link>
  );
}

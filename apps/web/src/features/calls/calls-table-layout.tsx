import type { CallListQuery } from '@switchboard/contracts';
import { ArrowDown, ArrowUp } from 'lucide-react';
import { Skeleton } from '../../components/ui/skeleton';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../../components/ui/table';

/*
 * The call table's columns and header, apart from its rows: the loading skeleton renders them before the route's
 * lazily-loaded table code has arrived, so this module must stay light (no virtualiser, no cell renderers).
 */

export type Order = CallListQuery['order'];

/** Every row has the same height (two text lines), so the virtualiser never has to measure. */
export const rowHeight = 52;

export const callColumns = [
  {
    key: 'direction',
    label: 'Direction',
    className: 'w-12 lg:w-32',
    // Narrow windows show the direction as an icon only, so the header text is for screen readers there.
    labelClassName: 'max-lg:sr-only',
  },
  { key: 'status', label: 'Status', className: 'w-30' },
  { key: 'number', label: 'Number', className: 'truncate' },
  { key: 'agent', label: 'Agent', className: 'truncate max-sm:hidden' },
  { key: 'startedAt', label: 'Started at', className: 'w-32 whitespace-nowrap' },
  { key: 'duration', label: 'Duration', className: 'w-20 text-right tabular-nums' },
] as const satisfies readonly { key: string; label: string; className: string; labelClassName?: string }[];

export type CallColumnKey = (typeof callColumns)[number]['key'];

export function CallsColumnHeaders({
  order,
  onOrderChange,
}: {
  order?: Order;
  onOrderChange?: (order: Order) => void;
}) {
  return (
    <TableHeader>
      <TableRow aria-rowindex={1}>
        {callColumns.map((column) => {
          const { key, label, className } = column;
          const labelClassName = 'labelClassName' in column ? column.labelClassName : undefined;
          const sortable = key === 'startedAt' && order && onOrderChange;
          return (
            <TableHead
              key={key}
              scope="col"
              className={className}
              aria-sort={sortable ? (order === 'desc' ? 'descending' : 'ascending') : undefined}
            >
              {sortable ? (
                <button
                  type="button"
                  onClick={() => onOrderChange(order === 'desc' ? 'asc' : 'desc')}
                  className="-mx-1.5 inline-flex items-center gap-1 rounded px-1.5 py-1 hover:bg-muted hover:text-foreground focus-visible:outline-2 focus-visible:outline-ring"
                >
                  {label}
                  {order === 'desc' ? (
                    <ArrowDown className="size-3.5" aria-hidden />
                  ) : (
                    <ArrowUp className="size-3.5" aria-hidden />
                  )}
                  <span className="sr-only">{order === 'desc' ? ', newest first' : ', oldest first'}</span>
                </button>
              ) : (
                <span className={labelClassName}>{label}</span>
              )}
            </TableHead>
          );
        })}
      </TableRow>
    </TableHeader>
  );
}

export function CallsTableSkeleton({ rows = 12 }: { rows?: number }) {
  return (
    <div role="status" aria-label="Loading calls" className="min-h-0 flex-1 overflow-hidden">
      <Table aria-hidden className="table-fixed">
        <CallsColumnHeaders />
        <TableBody>
          {Array.from({ length: rows }, (_, row) => (
            <TableRow key={row} style={{ height: rowHeight }}>
              {callColumns.map(({ key, className }) => (
                <TableCell key={key} className={className}>
                  <Skeleton className="h-4 w-full max-w-32" />
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

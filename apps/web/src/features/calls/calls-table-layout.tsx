import type { CallListQuery, CallSortField } from '@switchboard/contracts';
import { ArrowDown, ArrowUp } from 'lucide-react';
import type { ReactNode } from 'react';
import { Skeleton } from '../../components/ui/skeleton';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../../components/ui/table';

/*
 * The call table's columns and header, apart from its rows: the loading skeleton renders them before the route's
 * lazily-loaded table code has arrived, so this module must stay light (no virtualiser, no cell renderers).
 */

export type Order = CallListQuery['order'];
export interface Sorting {
  sort: CallSortField;
  order: Order;
}

/** Every row has the same height (two text lines), so the virtualiser never has to measure. */
export const rowHeight = 52;

export type CallColumnKey =
  | 'select'
  | 'direction'
  | 'status'
  | 'number'
  | 'agent'
  | 'startedAt'
  | 'duration'
  | 'talkTime';

interface CallColumn {
  key: CallColumnKey;
  label: string;
  className: string;
  labelClassName?: string;
  /** The list query's `sort` value for a sortable column. */
  sortBy?: CallSortField;
}

export const callColumns: readonly CallColumn[] = [
  { key: 'select', label: 'Select', className: 'w-10 pr-0', labelClassName: 'sr-only' },
  {
    key: 'direction',
    label: 'Direction',
    className: 'w-12 lg:w-28',
    // Narrow windows show the direction as an icon only, so the header text is for screen readers there.
    labelClassName: 'max-lg:sr-only',
  },
  { key: 'status', label: 'Status', className: 'w-28 md:w-30' },
  // Wide enough for a whole international number ("+44 20 7946 0958"): a cut number cannot be told apart.
  { key: 'number', label: 'Number', className: 'w-40 truncate' },
  // In narrow windows the agent moves under the number, which keeps the room to show whole numbers.
  { key: 'agent', label: 'Agent', className: 'truncate max-md:hidden' },
  { key: 'startedAt', label: 'Started at', className: 'w-24 whitespace-nowrap md:w-32', sortBy: 'startedAt' },
  { key: 'talkTime', label: 'Talk time', className: 'w-24 text-right tabular-nums max-2xl:hidden', sortBy: 'talkTime' },
  { key: 'duration', label: 'Duration', className: 'w-24 text-right tabular-nums', sortBy: 'duration' },
];

const orderWords = { desc: ', highest first', asc: ', lowest first' } as const;
const timeOrderWords = { desc: ', newest first', asc: ', oldest first' } as const;

function SortButton({
  label,
  field,
  sorting,
  onSortingChange,
}: {
  label: string;
  field: CallSortField;
  sorting: Sorting;
  onSortingChange: (sorting: Sorting) => void;
}) {
  const active = sorting.sort === field;
  const words = field === 'startedAt' ? timeOrderWords : orderWords;
  return (
    <button
      type="button"
      onClick={() => onSortingChange({ sort: field, order: active && sorting.order === 'desc' ? 'asc' : 'desc' })}
      className="-mx-1.5 inline-flex items-center gap-1 rounded px-1.5 py-1 hover:bg-muted hover:text-foreground focus-visible:outline-2 focus-visible:outline-ring"
    >
      {label}
      {active &&
        (sorting.order === 'desc' ? (
          <ArrowDown className="size-3.5" aria-hidden />
        ) : (
          <ArrowUp className="size-3.5" aria-hidden />
        ))}
      {active && <span className="sr-only">{words[sorting.order]}</span>}
    </button>
  );
}

export function CallsColumnHeaders({
  sorting,
  onSortingChange,
  selectAll,
}: {
  sorting?: Sorting;
  onSortingChange?: (sorting: Sorting) => void;
  /** The "select every row" checkbox. */
  selectAll?: ReactNode;
}) {
  return (
    <TableHeader>
      <TableRow aria-rowindex={1}>
        {callColumns.map(({ key, label, className, labelClassName, sortBy }) => {
          const sortable = sortBy && sorting && onSortingChange;
          return (
            <TableHead
              key={key}
              scope="col"
              className={className}
              aria-sort={
                sortable && sorting.sort === sortBy
                  ? sorting.order === 'desc'
                    ? 'descending'
                    : 'ascending'
                  : undefined
              }
            >
              {key === 'select' && selectAll ? (
                selectAll
              ) : sortable ? (
                <SortButton label={label} field={sortBy} sorting={sorting} onSortingChange={onSortingChange} />
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

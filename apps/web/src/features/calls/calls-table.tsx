import type { CallListQuery, CallRow } from '@switchboard/contracts';
import { Link } from '@tanstack/react-router';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ArrowDown, ArrowUp, PhoneIncoming, PhoneOutgoing } from 'lucide-react';
import { type ReactNode, useEffect, useRef } from 'react';
import { Skeleton } from '../../components/ui/skeleton';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../../components/ui/table';
import { cn } from '../../lib/cn';
import { CallStatusBadge } from './call-status';
import { formatDuration, formatTimestamp, toIsoString } from './format';

type Order = CallListQuery['order'];

/** Every row has the same height (two text lines), so the virtualiser never has to measure. */
const rowHeight = 52;

interface Column {
  label: string;
  /** Width and visibility, shared by the header and the cells so they stay aligned. */
  className: string;
  labelClassName?: string;
  cell: (call: CallRow) => ReactNode;
}

const columns: readonly Column[] = [
  {
    label: 'Direction',
    className: 'w-12 lg:w-32',
    // Narrow windows show the direction as an icon only, so the header text is for screen readers there.
    labelClassName: 'max-lg:sr-only',
    cell: (call) => <DirectionCell direction={call.direction} />,
  },
  { label: 'Status', className: 'w-30', cell: (call) => <CallStatusBadge call={call} /> },
  { label: 'Number', className: 'truncate', cell: (call) => <NumberCell call={call} /> },
  {
    label: 'Agent',
    className: 'truncate max-sm:hidden',
    cell: (call) => call.agent?.name ?? <span className="text-muted-foreground">No agent</span>,
  },
  {
    label: 'Started at',
    className: 'w-36 whitespace-nowrap lg:w-44',
    cell: (call) => <time dateTime={toIsoString(call.startedAt)}>{formatTimestamp(call.startedAt)}</time>,
  },
  {
    label: 'Duration',
    className: 'w-20 text-right tabular-nums',
    cell: (call) => formatDuration(call.duration),
  },
];

function ColumnHeaders({ order, onOrderChange }: { order?: Order; onOrderChange?: (order: Order) => void }) {
  return (
    <TableHeader>
      <TableRow aria-rowindex={1}>
        {columns.map(({ label, className, labelClassName }) => {
          const sortable = label === 'Started at' && order && onOrderChange;
          return (
            <TableHead
              key={label}
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

function DirectionCell({ direction }: Pick<CallRow, 'direction'>) {
  const Icon = direction === 'inbound' ? PhoneIncoming : PhoneOutgoing;
  return (
    <span className="flex items-center gap-2 text-muted-foreground">
      <Icon className="size-4 shrink-0" aria-hidden />
      <span className="max-lg:sr-only">{direction === 'inbound' ? 'Inbound' : 'Outbound'}</span>
    </span>
  );
}

function NumberCell({ call }: { call: CallRow }) {
  return (
    <>
      <Link
        to="/calls"
        search={(previous) => ({ ...previous, call: call.id })}
        className="font-medium tabular-nums hover:underline focus-visible:outline-2 focus-visible:outline-ring"
      >
        {call.rawDigits ?? 'Unknown number'}
      </Link>
      {call.number && <div className="truncate text-xs text-muted-foreground">{`via ${call.number.name}`}</div>}
    </>
  );
}

function CallTableRow({ call, index, active, open }: { call: CallRow; index: number; active: boolean; open: boolean }) {
  return (
    <TableRow
      aria-rowindex={index + 2}
      aria-current={open ? 'true' : undefined}
      data-active={active || undefined}
      style={{ height: rowHeight }}
      className={cn(
        'hover:bg-muted/60 aria-[current=true]:bg-selected',
        active && 'bg-muted/60 outline-2 -outline-offset-2 outline-ring',
      )}
    >
      {columns.map(({ label, className, cell }) => (
        <TableCell key={label} className={className}>
          {cell(call)}
        </TableCell>
      ))}
    </TableRow>
  );
}

export interface CallsTableProps {
  calls: CallRow[];
  order: Order;
  onOrderChange: (order: Order) => void;
  /** Row the keyboard points at (j / k). */
  activeIndex: number | null;
  /** Call whose summary is open. */
  openCallId: number | undefined;
}

/** The call list; only the rows in view are in the DOM, so long lists stay smooth. */
export function CallsTable({ calls, order, onOrderChange, activeIndex, openCallId }: CallsTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: calls.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
    // The sticky header sits inside the scroll container, above the first row.
    scrollPaddingStart: 40,
  });

  useEffect(() => {
    if (activeIndex !== null) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <div ref={scrollRef} className="min-h-0 flex-1 overflow-auto">
      <Table aria-label="Calls" aria-rowcount={calls.length + 1} className="table-fixed">
        <ColumnHeaders order={order} onOrderChange={onOrderChange} />
        <TableBody>
          {paddingTop > 0 && <tr aria-hidden style={{ height: paddingTop }} />}
          {items.map((item) => {
            const call = calls[item.index] as CallRow;
            return (
              <CallTableRow
                key={call.id}
                call={call}
                index={item.index}
                active={item.index === activeIndex}
                open={call.id === openCallId}
              />
            );
          })}
          {paddingBottom > 0 && <tr aria-hidden style={{ height: paddingBottom }} />}
        </TableBody>
      </Table>
    </div>
  );
}

export function CallsTableSkeleton({ rows = 12 }: { rows?: number }) {
  return (
    <div role="status" aria-label="Loading calls" className="min-h-0 flex-1 overflow-hidden">
      <Table aria-hidden className="table-fixed">
        <ColumnHeaders />
        <TableBody>
          {Array.from({ length: rows }, (_, row) => (
            <TableRow key={row} style={{ height: rowHeight }}>
              {columns.map(({ label, className }) => (
                <TableCell key={label} className={className}>
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

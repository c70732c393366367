import type { CallRow } from '@switchboard/contracts';
import { Link } from '@tanstack/react-router';
import { useVirtualizer } from '@tanstack/react-virtual';
import { PhoneIncoming, PhoneOutgoing } from 'lucide-react';
import { type ReactNode, useEffect, useRef } from 'react';
import { Table, TableBody, TableCell, TableRow } from '../../components/ui/table';
import { cn } from '../../lib/cn';
import type { CallsPageSearchInput } from './call-list-search';
import { CallStatusBadge } from './call-status';
import { type CallColumnKey, CallsColumnHeaders, callColumns, type Order, rowHeight } from './calls-table-layout';
import { formatDate, formatDuration, formatTime, toIsoString } from './format';

/** The URL search that opens a call's summary. */
type SummarySearch = (call: CallRow) => CallsPageSearchInput;

/** How each column's cells render; the column layout itself is shared with the loading skeleton. */
const cells: Record<CallColumnKey, (call: CallRow, summarySearch: SummarySearch) => ReactNode> = {
  direction: (call) => <DirectionCell direction={call.direction} />,
  status: (call) => <CallStatusBadge call={call} />,
  number: (call, summarySearch) => <NumberCell call={call} search={summarySearch(call)} />,
  agent: (call) => call.agent?.name ?? <span className="text-muted-foreground">No agent</span>,
  startedAt: (call) => (
    <time dateTime={toIsoString(call.startedAt)}>
      {formatDate(call.startedAt)}
      <span className="block text-xs text-muted-foreground">{formatTime(call.startedAt)}</span>
    </time>
  ),
  duration: (call) => formatDuration(call.duration),
};

function DirectionCell({ direction }: Pick<CallRow, 'direction'>) {
  const Icon = direction === 'inbound' ? PhoneIncoming : PhoneOutgoing;
  return (
    <span className="flex items-center gap-2 text-muted-foreground">
      <Icon className="size-4 shrink-0" aria-hidden />
      <span className="max-lg:sr-only">{direction === 'inbound' ? 'Inbound' : 'Outbound'}</span>
    </span>
  );
}

function NumberCell({ call, search }: { call: CallRow; search: CallsPageSearchInput }) {
  return (
    <>
      <Link
        to="/calls"
        search={search}
        className="font-medium tabular-nums hover:underline focus-visible:outline-2 focus-visible:outline-ring"
      >
        {call.rawDigits ?? 'Unknown number'}
      </Link>
      {call.number && <div className="truncate text-xs text-muted-foreground">{`via ${call.number.name}`}</div>}
    </>
  );
}

interface CallTableRowProps {
  call: CallRow;
  index: number;
  active: boolean;
  open: boolean;
  summarySearch: SummarySearch;
}

function CallTableRow({ call, index, active, open, summarySearch }: CallTableRowProps) {
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
      {callColumns.map(({ key, className }) => (
        <TableCell key={key} className={className}>
          {cells[key](call, summarySearch)}
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
  summarySearch: SummarySearch;
}

/** The call list; only the rows in view are in the DOM, so long lists stay smooth. */
export function CallsTable({ calls, order, onOrderChange, activeIndex, openCallId, summarySearch }: CallsTableProps) {
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
        <CallsColumnHeaders order={order} onOrderChange={onOrderChange} />
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
                summarySearch={summarySearch}
              />
            );
          })}
          {paddingBottom > 0 && <tr aria-hidden style={{ height: paddingBottom }} />}
        </TableBody>
      </Table>
    </div>
  );
}

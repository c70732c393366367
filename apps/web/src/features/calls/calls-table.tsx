import type { CallRow } from '@switchboard/contracts';
import { Link } from '@tanstack/react-router';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Archive, PhoneIncoming, PhoneOutgoing } from 'lucide-react';
import { type ReactNode, useEffect, useLayoutEffect, useRef } from 'react';
import { HighlightedText } from '../../components/highlighted-text';
import { Table, TableBody, TableCell, TableRow } from '../../components/ui/table';
import { cn } from '../../lib/cn';
import { formatDate, formatDuration, formatTime, toIsoString } from '../../lib/format';
import type { CallsPageSearch } from './call-list-search';
import { CallStatusBadge } from './call-status';
import { talkTime } from './call-summary';
import { isLive } from './calls-query';
import { type CallColumnKey, CallsColumnHeaders, callColumns, rowHeight, type Sorting } from './calls-table-layout';

/** The URL search that opens a call's summary. */
type SummarySearch = (call: CallRow) => CallsPageSearch;

interface RowContext {
  summarySearch: SummarySearch;
  selected: boolean;
  onToggleSelected: (call: CallRow) => void;
}

const callerOf = (call: CallRow) => call.contact?.name ?? call.rawDigits ?? 'Unknown number';

/** How each column's cells render; the column layout itself is shared with the loading skeleton. */
const cells: Record<CallColumnKey, (call: CallRow, context: RowContext) => ReactNode> = {
  select: (call, { selected, onToggleSelected }) => (
    <input
      type="checkbox"
      className="size-4 accent-primary"
      checked={selected}
      onChange={() => onToggleSelected(call)}
      aria-label={`Select call with ${callerOf(call)}`}
    />
  ),
  direction: (call) => <DirectionCell direction={call.direction} />,
  status: (call) => (
    <span className="flex items-center gap-1.5">
      <CallStatusBadge call={call} />
      {call.archived && <Archive className="size-3.5 text-muted-foreground" aria-label="Archived" />}
    </span>
  ),
  number: (call, { summarySearch }) => <NumberCell call={call} search={summarySearch(call)} />,
  agent: (call) => call.agent?.name ?? <span className="text-muted-foreground">No agent</span>,
  startedAt: (call) => (
    <time dateTime={toIsoString(call.startedAt)}>
      {formatDate(call.startedAt)}
      <span className="block text-xs text-muted-foreground">{formatTime(call.startedAt)}</span>
    </time>
  ),
  // Aircall knows the duration once the call has ended; the Live badge says it is still going.
  duration: (call) => (isLive(call) ? <span className="text-muted-foreground">—</span> : formatDuration(call.duration)),
  talkTime: (call) => {
    const talk = call.talkTime ?? talkTime(call);
    return talk === null ? <span className="text-muted-foreground">—</span> : formatDuration(talk);
  },
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

function NumberCell({ call, search }: { call: CallRow; search: CallsPageSearch }) {
  const details = [call.number && `via ${call.number.name}`, ...(call.tags ?? []).map((tag) => tag.name)];
  return (
    <>
      <Link
        to="/calls"
        search={search}
        className="font-medium tabular-nums hover:underline focus-visible:outline-2 focus-visible:outline-ring"
      >
        {callerOf(call)}
      </Link>
      {call.snippet ? (
        <p className="truncate text-xs text-muted-foreground" title={call.snippet.text}>
          <span className="sr-only">Matched in the {snippetSources[call.snippet.source]}: </span>
          <HighlightedText snippet={call.snippet} />
        </p>
      ) : (
        <div
          className="flex items-center gap-1.5 overflow-hidden text-xs text-muted-foreground"
          title={details.filter(Boolean).join(' · ')}
        >
          {call.agent && <span className="shrink-0 whitespace-nowrap md:hidden">{call.agent.name} ·</span>}
          {call.number && <span className="shrink-0 whitespace-nowrap">via {call.number.name}</span>}
          {call.tags?.map((tag) => (
            <span
              key={tag.id}
              className="inline-flex shrink-0 items-center gap-1 rounded-full border px-1.5 leading-4 text-foreground"
              style={{ borderColor: `color-mix(in oklab, ${tag.color} 55%, transparent)` }}
            >
              <span aria-hidden className="size-1.5 rounded-full" style={{ backgroundColor: tag.color }} />
              {tag.name}
            </span>
          ))}
        </div>
      )}
    </>
  );
}

const snippetSources = { transcript: 'transcript', comment: 'comments', contact: 'contact name' } as const;

interface CallTableRowProps {
  call: CallRow;
  index: number;
  active: boolean;
  open: boolean;
  context: RowContext;
}

function CallTableRow({ call, index, active, open, context }: CallTableRowProps) {
  return (
    <TableRow
      aria-rowindex={index + 2}
      aria-current={open ? 'true' : undefined}
      aria-selected={context.selected}
      data-active={active || undefined}
      style={{ height: rowHeight }}
      className={cn(
        'hover:bg-muted/60 aria-[current=true]:bg-selected aria-selected:bg-selected/70',
        active && 'bg-muted/60 outline-2 -outline-offset-2 outline-ring',
      )}
    >
      {callColumns.map(({ key, className }) => (
        <TableCell key={key} className={className}>
          {cells[key](call, context)}
        </TableCell>
      ))}
    </TableRow>
  );
}

/**
 * Calls arriving live go on top of the list; when the agent has scrolled down, the scroll position moves by the
 * rows added above, so what they are reading stays put.
 */
function useKeepScrollOnInsert(calls: CallRow[], scrollRef: React.RefObject<HTMLDivElement | null>) {
  const firstId = useRef(calls[0]?.id);
  useLayoutEffect(() => {
    const previousFirst = firstId.current;
    firstId.current = calls[0]?.id;
    const element = scrollRef.current;
    if (!element || previousFirst === undefined || element.scrollTop === 0) return;
    const inserted = calls.findIndex((call) => call.id === previousFirst);
    if (inserted > 0) element.scrollTop += inserted * rowHeight;
  }, [calls, scrollRef]);
}

export interface CallsTableProps {
  calls: CallRow[];
  sorting: Sorting;
  onSortingChange: (sorting: Sorting) => void;
  /** Row the keyboard points at (j / k). */
  activeIndex: number | null;
  /** Call whose summary is open. */
  openCallId: number | undefined;
  summarySearch: SummarySearch;
  selectedIds: ReadonlySet<number>;
  onSelectionChange: (ids: Set<number>) => void;
}

/** The call list; only the rows in view are in the DOM, so long lists stay smooth. */
export function CallsTable({
  calls,
  sorting,
  onSortingChange,
  activeIndex,
  openCallId,
  summarySearch,
  selectedIds,
  onSelectionChange,
}: CallsTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: calls.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
    getItemKey: (index) => calls[index]?.id ?? index,
    // The sticky header sits inside the scroll container, above the first row.
    scrollPaddingStart: 40,
  });
  useKeepScrollOnInsert(calls, scrollRef);

  useEffect(() => {
    if (activeIndex !== null) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const allSelected = calls.length > 0 && calls.every((call) => selectedIds.has(call.id));
  const toggle = (call: CallRow) => {
    const next = new Set(selectedIds);
    if (!next.delete(call.id)) next.add(call.id);
    onSelectionChange(next);
  };

  return (
    <div ref={scrollRef} className="min-h-0 flex-1 overflow-auto">
      <Table aria-label="Calls" aria-rowcount={calls.length + 1} className="table-fixed">
        <CallsColumnHeaders
          sorting={sorting}
          onSortingChange={onSortingChange}
          selectAll={
            <input
              type="checkbox"
              className="size-4 accent-primary"
              checked={allSelected}
              ref={(input) => {
                if (input) input.indeterminate = !allSelected && selectedIds.size > 0;
              }}
              onChange={() => onSelectionChange(allSelected ? new Set() : new Set(calls.map((call) => call.id)))}
              aria-label="Select all calls on this page"
            />
          }
        />
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
                context={{ summarySearch, selected: selectedIds.has(call.id), onToggleSelected: toggle }}
              />
            );
          })}
          {paddingBottom > 0 && <tr aria-hidden style={{ height: paddingBottom }} />}
        </TableBody>
      </Table>
    </div>
  );
}

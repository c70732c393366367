import type { CallListQuery, CallRow } from '@switchboard/contracts';
import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute, Link } from '@tanstack/react-router';
import { FileSearch, Inbox, PhoneOff } from 'lucide-react';
import { useCallback } from 'react';
import { StateMessage } from '../components/state-message';
import { Button } from '../components/ui/button';
import { type CallsPageSearchInput, listSearchOf, readCallsPageSearch } from '../features/calls/call-list-search';
import { CallSummary } from '../features/calls/call-summary';
import { CallsPagination } from '../features/calls/calls-pagination';
import { callsQuery, parseCallListSearch } from '../features/calls/calls-query';
import { CallsTable } from '../features/calls/calls-table';
import { CallsTableSkeleton } from '../features/calls/calls-table-layout';
import { type DateRange, DateRangeChip, DateRangeFilter, isFiltered } from '../features/calls/date-range-filter';
import { useListKeyboard } from '../features/calls/use-list-keyboard';
import { RouteError } from '../features/shell/route-error';

export const Route = createFileRoute('/calls')({
  validateSearch: readCallsPageSearch,
  // Only what the BFF filters by: opening a call's summary must not reload the list.
  loaderDeps: ({ search }) => listSearchOf(search),
  loader: async ({ context, deps }) => {
    const query = await parseCallListSearch(deps);
    await context.queryClient.ensureQueryData(callsQuery(query));
    return { query };
  },
  component: CallsPage,
  pendingComponent: CallsPending,
  errorComponent: RouteError,
});

function CallsPage() {
  const { query } = Route.useLoaderData();
  const openCallId = Route.useSearch({ select: (search) => search.call });
  const navigate = Route.useNavigate();
  const { data } = useSuspenseQuery(callsQuery(query));
  const { calls, meta } = data;

  // New URLs are built from the validated query, which also drops whatever junk a hand-edited URL held.
  const searchWith = useCallback(
    (update: CallsPageSearchInput): CallsPageSearchInput => ({ ...query, call: openCallId, ...update }),
    [query, openCallId],
  );
  const setSearch = useCallback(
    (update: CallsPageSearchInput) => void navigate({ search: searchWith(update) }),
    [navigate, searchWith],
  );
  const openCall = useCallback((call: CallRow) => setSearch({ call: call.id }), [setSearch]);
  const closeCall = useCallback(() => setSearch({ call: undefined }), [setSearch]);
  const setRange = (range: DateRange) => setSearch({ ...range, page: 1 });
  const activeIndex = useListKeyboard(calls, openCall);
  const openCallRow = calls.find((call) => call.id === openCallId);

  return (
    <>
      <PageHeader>
        <DateRangeFilter range={query} onChange={setRange} />
      </PageHeader>
      {isFiltered(query) && (
        <ul aria-label="Active filters" className="flex flex-wrap items-center gap-2 px-4 pb-3">
          <li>
            <DateRangeChip range={query} onClear={() => setRange({ from: undefined, to: undefined })} />
          </li>
        </ul>
      )}
      <div className="relative flex min-h-0 flex-1">
        <div className="flex min-w-0 flex-1 flex-col">
          {calls.length > 0 ? (
            <CallsTable
              calls={calls}
              order={query.order}
              onOrderChange={(order) => setSearch({ order, page: 1 })}
              activeIndex={activeIndex}
              openCallId={openCallId}
              summarySearch={(call) => searchWith({ call: call.id })}
            />
          ) : (
            <NoCalls
              query={query}
              firstPage={searchWith({ page: 1 })}
              onClearFilters={() => setRange({ from: undefined, to: undefined })}
            />
          )}
          {meta.total > 0 && <CallsPagination meta={meta} pageSearch={(page) => searchWith({ page })} />}
        </div>
        {openCallRow && <CallSummary key={openCallRow.id} call={openCallRow} onClose={closeCall} />}
      </div>
    </>
  );
}

/** An empty list means different things: nothing recorded yet, filters too narrow, or a page past the end. */
function NoCalls({
  query,
  firstPage,
  onClearFilters,
}: {
  query: CallListQuery;
  firstPage: CallsPageSearchInput;
  onClearFilters: () => void;
}) {
  if (query.page > 1) {
    return (
      <StateMessage
        role="status"
        icon={<FileSearch />}
        title={`There is no page ${query.page}`}
        action={
          <Button asChild>
            <Link to="/calls" search={firstPage}>
              Go to the first page
            </Link>
          </Button>
        }
      >
        The list is shorter than that now.
      </StateMessage>
    );
  }
  if (isFiltered(query)) {
    return (
      <StateMessage
        role="status"
        icon={<PhoneOff />}
        title="No calls match these filters"
        action={<Button onClick={onClearFilters}>Clear filters</Button>}
      >
        Try a wider date range.
      </StateMessage>
    );
  }
  return (
    <StateMessage role="status" icon={<Inbox />} title="No calls yet">
      Calls show up here as soon as Aircall records them.
    </StateMessage>
  );
}

function CallsPending() {
  return (
    <>
      <PageHeader />
      <CallsTableSkeleton />
    </>
  );
}

function PageHeader({ children }: { children?: React.ReactNode }) {
  return (
    <div className="flex min-h-14 flex-wrap items-center gap-3 px-4 py-3">
      <h1 className="text-lg font-semibold tracking-tight">Calls</h1>
      <div className="ml-auto flex items-center gap-2">{children}</div>
    </div>
  );
}

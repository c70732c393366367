import type { CallListResponse, CallRow } from '@switchboard/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { createFileRoute, Link, stripSearchParams } from '@tanstack/react-router';
import { Bookmark, FileSearch, Inbox, PhoneOff, SlidersHorizontal, X } from 'lucide-react';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { LoadingBar } from '../../components/loading-bar';
import { PageHeader } from '../../components/page-header';
import { StateMessage } from '../../components/state-message';
import { Button, buttonClass } from '../../components/ui/button';
import { CallFiltersForm } from '../../features/calls/call-filters';
import { filterChips, isFiltered, noFilters } from '../../features/calls/call-filters-model';
import {
  type CallsListQuery,
  type CallsPageSearch,
  callsSearchDefaults,
  listQueryOf,
  validateCallsSearch,
} from '../../features/calls/call-list-search';
import { useLiveCalls, useSetArchived } from '../../features/calls/call-mutations';
import { CallSummary } from '../../features/calls/call-summary';
import { CallsPagination } from '../../features/calls/calls-pagination';
import { callsQuery } from '../../features/calls/calls-query';
import { CallsTable } from '../../features/calls/calls-table';
import { CallsTableSkeleton, type Sorting } from '../../features/calls/calls-table-layout';
import { ExportCallsButton } from '../../features/calls/export-calls-button';
import { FilterChips } from '../../features/calls/filter-chips';
import { useListKeyboard } from '../../features/calls/use-list-keyboard';
import { RouteError } from '../../features/shell/route-error';
import { useClock } from '../../lib/clock';
import { cn } from '../../lib/cn';
import { numbersQuery, tagsQuery, teamsQuery, usersQuery } from '../../lib/directory-queries';
import { useListSearch } from '../../lib/list-search';
import { useAccount } from '../../lib/session';

// Radix's popover and dialog (focus trap, positioning) load once the agent first selects, tags or opens views:
// the list itself must fit the route-chunk budget.
const BulkToolbar = lazy(() => import('../../features/calls/bulk-toolbar').then((m) => ({ default: m.BulkToolbar })));
const SavedViewsMenu = lazy(() =>
  import('../../features/calls/saved-views-menu').then((m) => ({ default: m.SavedViewsMenu })),
);
const TagCallDialog = lazy(() =>
  import('../../features/calls/tag-call-dialog').then((m) => ({ default: m.TagCallDialog })),
);

export const Route = createFileRoute('/calls/')({
  validateSearch: validateCallsSearch,
  search: { middlewares: [stripSearchParams(callsSearchDefaults)] },
  // Only what the BFF filters by: opening a call's summary must not reload the list.
  loaderDeps: ({ search }) => listQueryOf(search),
  // Opening the list waits for its first page; a new filter, sort or page does not: the list and the filters being
  // edited stay on screen, marked as loading, until the next page replaces them.
  loader: ({ context, deps, cause }) =>
    cause === 'stay'
      ? void context.queryClient.prefetchQuery(callsQuery(deps))
      : context.queryClient.ensureQueryData(callsQuery(deps)),
  component: CallsPage,
  pendingComponent: CallsPending,
  errorComponent: RouteError,
});

const callKey = (call: CallRow) => call.id;
/** Never shown: the loader has the first page before the list renders, and later pages keep the previous one. */
const emptyPage: { calls: CallRow[]; meta: CallListResponse['meta'] } = {
  calls: [],
  meta: { page: 1, perPage: 50, total: 0, hasNextPage: false },
};

function useFilterDirectory() {
  return {
    tags: useQuery(tagsQuery()).data?.tags,
    users: useQuery(usersQuery()).data?.users,
    teams: useQuery(teamsQuery()).data?.teams,
    numbers: useQuery(numbersQuery()).data?.numbers,
  };
}

function CallsPage() {
  const { search, searchWith, setFilters, setSearch } = useListSearch(Route);
  const query = listQueryOf(search);
  const openCallId = search.call;
  const navigate = Route.useNavigate();
  const list = useQuery({ ...callsQuery(query), placeholderData: keepPreviousData, throwOnError: true });
  const { calls, meta } = list.data ?? emptyPage;
  const directory = useFilterDirectory();
  const now = useClock().now();
  const account = useAccount();
  useLiveCalls();

  const openCall = useCallback((call: CallRow) => setSearch({ call: call.id }), [setSearch]);
  const closeCall = useCallback(() => setSearch({ call: undefined }), [setSearch]);

  const [selectedIds, setSelectedIds] = useState<Set<number>>(() => new Set());
  // The toolbar stays once shown: it reports the progress of the job it started after the selection is cleared.
  const [toolbarShown, setToolbarShown] = useState(false);
  if (selectedIds.size > 0 && !toolbarShown) setToolbarShown(true);
  const [taggingCall, setTaggingCall] = useState<CallRow | null>(null);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const setArchived = useSetArchived();
  const shortcuts = useMemo(
    () => ({
      t: (call: CallRow) => setTaggingCall(call),
      c: (call: CallRow) =>
        void navigate({ to: '/calls/$callId', params: { callId: call.id }, search: { focus: 'comment' } }),
      a: (call: CallRow) => setArchived(call.id, !call.archived),
    }),
    [navigate, setArchived],
  );
  const activeIndex = useListKeyboard(calls, callKey, openCall, shortcuts);
  const openCallRow = calls.find((call) => call.id === openCallId);
  // With a summary open, the filters fold behind their button so every column of the list keeps its room.
  const filtersDocked = openCallRow === undefined;
  const chips = filterChips(query, directory, now);
  const sorting: Sorting = { sort: query.sort ?? 'startedAt', order: query.order };

  return (
    <>
      <PageHeader title="Calls">
        <Button
          size="sm"
          className={filtersDocked ? 'lg:hidden' : undefined}
          aria-expanded={filtersOpen}
          aria-controls="call-filters"
          onClick={() => setFiltersOpen((open) => !open)}
        >
          <SlidersHorizontal aria-hidden /> Filters{chips.length > 0 && ` (${chips.length})`}
        </Button>
        <ExportCallsButton query={{ ...query, page: 1, cursor: undefined }} total={meta.total} />
        <Suspense fallback={<ViewsButtonPlaceholder />}>
          <SavedViewsMenu currentSearch={{ ...query, page: undefined, call: undefined }} />
        </Suspense>
      </PageHeader>
      <FilterChips chips={chips} onClear={setFilters} />
      <BulkToolbar selectedIds={[...selectedIds]} tags={directory.tags} onDone={() => setSelectedIds(new Set())} />
      <div className="relative flex min-h-0 flex-1">
        <aside
          id="call-filters"
          aria-label="Filters"
          className={cn(
            'w-64 shrink-0 overflow-y-auto border-r border-border bg-background p-4',
            filtersDocked
              ? filtersOpen
                ? 'max-lg:absolute max-lg:inset-y-0 max-lg:left-0 max-lg:z-20 max-lg:shadow-xl'
                : 'max-lg:hidden'
              : filtersOpen
                ? 'absolute inset-y-0 left-0 z-20 shadow-xl'
                : 'hidden',
          )}
        >
          <div className={cn('mb-3 flex items-center justify-between', filtersDocked && 'lg:hidden')}>
            <h2 className="font-semibold">Filters</h2>
            <Button variant="ghost" size="icon" aria-label="Close filters" onClick={() => setFiltersOpen(false)}>
              <X />
            </Button>
          </div>
          <CallFiltersForm
            query={query}
            myUserId={account.aircallUser?.id}
            directory={directory}
            onChange={setFilters}
          />
        </aside>
        <div className="relative flex min-w-0 flex-1 flex-col" aria-busy={list.isPlaceholderData}>
          {list.isPlaceholderData && <LoadingBar label="Loading calls" className="absolute inset-x-0 top-0" />}
          {calls.length > 0 ? (
            <CallsTable
              calls={calls}
              sorting={sorting}
              onSortingChange={({ sort, order }) =>
                setSearch({ sort: sort === 'startedAt' ? undefined : sort, order, page: 1, cursor: undefined })
              }
              activeIndex={activeIndex}
              openCallId={openCallId}
              summarySearch={(call) => searchWith({ call: call.id })}
              selectedIds={selectedIds}
              onSelectionChange={setSelectedIds}
            />
          ) : (
            <NoCalls query={query} firstPage={searchWith({ page: 1 })} onClearFilters={() => setFilters(noFilters)} />
          )}
          {meta.total > 0 && <CallsPagination meta={meta} pageSearch={(page) => searchWith({ page })} />}
        </div>
        {openCallRow && <CallSummary key={openCallRow.id} call={openCallRow} onClose={closeCall} />}
      </div>
      {taggingCall && directory.tags && (
        <Suspense>
          <TagCallDialog call={taggingCall} tags={directory.tags} onClose={() => setTaggingCall(null)} />
        </Suspense>
      )}
    </>
  );
}

/** An empty list means different things: nothing recorded yet, filters too narrow, or a page past the end. */
function NoCalls({
  query,
  firstPage,
  onClearFilters,
}: {
  query: CallsListQuery;
  firstPage: CallsPageSearch;
  onClearFilters: () => void;
}) {
  if (query.page > 1) {
    return (
      <StateMessage
        role="status"
        icon={<FileSearch />}
        title={`There is no page ${query.page}`}
        action={
          <Link to="/calls" search={firstPage} className={buttonClass()}>
            Go to the first page
          </Link>
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
        Remove a filter or widen the date range.
      </StateMessage>
    );
  }
  return (
    <StateMessage role="status" icon={<Inbox />} title="No calls yet">
      Calls show up here as soon as Aircall records them.
    </StateMessage>
  );
}

function ViewsButtonPlaceholder() {
  return (
    <Button size="sm" disabled>
      <Bookmark aria-hidden /> Views
    </Button>
  );
}

function CallsPending() {
  return (
    <>
      <PageHeader title="Calls" />
      <CallsTableSkeleton />
    </>
  );
}

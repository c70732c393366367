import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { parseCallListSearch } from '../features/calls/call-list-search';
import { CallsPagination } from '../features/calls/calls-pagination';
import { callsQuery, toCallListQuery } from '../features/calls/calls-query';
import { CallsTable, CallsTableSkeleton } from '../features/calls/calls-table';
import { RouteError } from '../features/shell/route-error';

export const Route = createFileRoute('/calls')({
  validateSearch: parseCallListSearch,
  loaderDeps: ({ search }) => toCallListQuery(search),
  loader: ({ context, deps }) => context.queryClient.ensureQueryData(callsQuery(deps)),
  component: CallsPage,
  pendingComponent: CallsPending,
  errorComponent: RouteError,
});

function CallsPage() {
  const { data } = useSuspenseQuery(callsQuery(Route.useLoaderDeps()));
  return (
    <>
      <PageHeader />
      <div className="min-h-0 flex-1 overflow-auto">
        <CallsTable calls={data.calls} />
      </div>
      <CallsPagination meta={data.meta} />
    </>
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

function PageHeader() {
  return (
    <div className="flex items-center gap-3 px-4 pt-4 pb-3">
      <h1 className="text-lg font-semibold tracking-tight">Calls</h1>
    </div>
  );
}

import type { AnalyticsQuery } from '@switchboard/contracts';
import { supervisors } from '@switchboard/contracts/values';
import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { PageHeader } from '../components/page-header';
import { PagePending } from '../components/page-pending';
import { type AnalyticsFilters, AnalyticsFiltersBar } from '../features/analytics/analytics-filters';
import { analyticsQueries, parseAnalyticsSearch } from '../features/analytics/analytics-queries';
import { AnalyticsReport } from '../features/analytics/analytics-report';
import { InsightsReport } from '../features/analytics/insights-report';
import { RouteError } from '../features/shell/route-error';
import { teamsQuery } from '../lib/directory-queries';
import { keepSearch } from '../lib/search';
import { requireRole } from '../lib/session';

export const Route = createFileRoute('/analytics')({
  validateSearch: keepSearch<AnalyticsQuery>,
  beforeLoad: ({ context }) => requireRole(context.account, supervisors),
  loaderDeps: ({ search }) => search,
  loader: async ({ context, deps }) => {
    const query = await parseAnalyticsSearch(deps, Date.now());
    const { queryClient } = context;
    await Promise.all([
      queryClient.ensureQueryData(teamsQuery()),
      queryClient.ensureQueryData(analyticsQueries.volume(query)),
      queryClient.ensureQueryData(analyticsQueries.outcomes(query)),
      queryClient.ensureQueryData(analyticsQueries.agents(query)),
      queryClient.ensureQueryData(analyticsQueries.teams(query)),
      queryClient.ensureQueryData(analyticsQueries.talkTime(query)),
    ]);
    return { query };
  },
  component: AnalyticsPage,
  pendingComponent: PagePending,
  errorComponent: RouteError,
});

function AnalyticsPage() {
  const { query } = Route.useLoaderData();
  const { teams } = useSuspenseQuery(teamsQuery()).data;
  const navigate = Route.useNavigate();
  const setFilters = (filters: Partial<AnalyticsFilters>) => void navigate({ search: { ...query, ...filters } });
  return (
    <div className="overflow-y-auto">
      <PageHeader title="Analytics" description={`Times in ${query.timeZone}.`} />
      <div className="flex flex-col gap-4 px-4 pb-6">
        <AnalyticsFiltersBar filters={query} teams={teams} onChange={setFilters} />
        <AnalyticsReport query={query} />
        <InsightsReport query={query} />
      </div>
    </div>
  );
}

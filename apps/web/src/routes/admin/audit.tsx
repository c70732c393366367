import type { AuditQuery } from '@switchboard/contracts';
import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { Section } from '../../components/page-header';
import { Pagination } from '../../components/pagination';
import { auditQuery, parseAuditSearch } from '../../features/admin/admin-queries';
import { type AuditFilters, AuditFiltersBar, AuditTable } from '../../features/admin/audit-log';
import { RouteError } from '../../features/shell/route-error';
import { keepSearch } from '../../lib/search';

export const Route = createFileRoute('/admin/audit')({
  validateSearch: keepSearch<AuditQuery>,
  loaderDeps: ({ search }) => search,
  loader: async ({ context, deps }) => {
    const query = await parseAuditSearch(deps);
    await context.queryClient.ensureQueryData(auditQuery(query));
    return { query };
  },
  component: AuditPage,
  errorComponent: RouteError,
});

function AuditPage() {
  const { query } = Route.useLoaderData();
  const navigate = Route.useNavigate();
  const { entries, meta } = useSuspenseQuery(auditQuery(query)).data;
  const filters: AuditFilters = { action: query.action, result: query.result };
  return (
    <Section title="Audit log">
      <div className="border-b border-border p-3">
        <AuditFiltersBar
          key={query.action ?? ''}
          filters={filters}
          onChange={(next) => void navigate({ search: { ...query, ...next, page: 1, cursor: undefined } })}
        />
      </div>
      <AuditTable entries={entries} filtered={query.action !== undefined || query.result !== undefined} />
      <Pagination
        meta={meta}
        label="Audit log pages"
        className="p-3"
        onPage={(page) => void navigate({ search: { ...query, page } })}
      />
    </Section>
  );
}

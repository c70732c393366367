import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute, stripSearchParams } from '@tanstack/react-router';
import { Section } from '../../components/page-header';
import { PagePending } from '../../components/page-pending';
import { Pagination } from '../../components/pagination';
import { auditQuery } from '../../features/admin/admin-queries';
import { type AuditFilters, AuditFiltersBar, AuditTable } from '../../features/admin/audit-log';
import { auditSearchDefaults, validateAuditSearch } from '../../features/admin/audit-search';
import { RouteError } from '../../features/shell/route-error';
import { useListSearch } from '../../lib/list-search';

export const Route = createFileRoute('/admin/audit')({
  validateSearch: validateAuditSearch,
  search: { middlewares: [stripSearchParams(auditSearchDefaults)] },
  loaderDeps: ({ search }) => search,
  loader: ({ context, deps }) => context.queryClient.ensureQueryData(auditQuery(deps)),
  component: AuditPage,
  pendingComponent: PagePending,
  errorComponent: RouteError,
});

function AuditPage() {
  const { search: query, setFilters, setPage } = useListSearch(Route);
  const { entries, meta } = useSuspenseQuery(auditQuery(query)).data;
  const filters: AuditFilters = { action: query.action, result: query.result };
  return (
    <Section title="Audit log">
      <div className="border-b border-border p-3">
        <AuditFiltersBar key={query.action ?? ''} filters={filters} onChange={setFilters} />
      </div>
      <AuditTable entries={entries} filtered={query.action !== undefined || query.result !== undefined} />
      <Pagination meta={meta} label="Audit log pages" className="p-3" onPage={setPage} />
    </Section>
  );
}

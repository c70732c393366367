import { admins } from '@switchboard/contracts/values';
import { createFileRoute, Link, Outlet } from '@tanstack/react-router';
import { PageHeader } from '../../components/page-header';
import { RouteError } from '../../features/shell/route-error';
import { requireRole } from '../../lib/session';

export const Route = createFileRoute('/admin')({
  beforeLoad: ({ context }) => requireRole(context.account, admins),
  component: AdminLayout,
  errorComponent: RouteError,
});

const tabs = [
  { to: '/admin', label: 'Accounts' },
  { to: '/admin/audit', label: 'Audit log' },
  { to: '/admin/sync', label: 'Sync and webhooks' },
  { to: '/admin/settings', label: 'Company settings' },
] as const;

function AdminLayout() {
  return (
    <div className="overflow-y-auto">
      <PageHeader
        title="Admin"
        description="Who can sign in, what they did, how the Aircall mirror is doing, and the company’s settings."
      />
      <nav aria-label="Admin sections" className="mx-4 mb-4 flex gap-1 border-b border-border">
        {tabs.map((tab) => (
          <Link
            key={tab.to}
            to={tab.to}
            activeOptions={{ exact: true, includeSearch: false }}
            className="-mb-px border-b-2 border-transparent px-3 py-2 text-sm text-muted-foreground hover:text-foreground aria-[current=page]:border-primary aria-[current=page]:font-medium aria-[current=page]:text-foreground"
          >
            {tab.label}
          </Link>
        ))}
      </nav>
      <div className="px-4 pb-6">
        <Outlet />
      </div>
    </div>
  );
}

import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { PagePending } from '../../components/page-pending';
import { syncStatusQuery } from '../../features/admin/admin-queries';
import { SyncStatus } from '../../features/admin/sync-status';
import { RouteError } from '../../features/shell/route-error';

export const Route = createFileRoute('/admin/sync')({
  loader: ({ context }) => context.queryClient.ensureQueryData(syncStatusQuery()),
  component: SyncPage,
  pendingComponent: PagePending,
  errorComponent: RouteError,
});

function SyncPage() {
  const status = useSuspenseQuery(syncStatusQuery()).data;
  return <SyncStatus status={status} />;
}

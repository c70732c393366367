import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { Section } from '../../components/page-header';
import { PagePending } from '../../components/page-pending';
import { AccountsTable } from '../../features/admin/accounts-table';
import { accountsQuery } from '../../features/admin/admin-queries';
import { CreateAccountDialog } from '../../features/admin/create-account-dialog';
import { RouteError } from '../../features/shell/route-error';
import { useAccount } from '../../lib/session';

export const Route = createFileRoute('/admin/')({
  loader: ({ context }) => context.queryClient.ensureQueryData(accountsQuery(1)),
  component: AccountsPage,
  pendingComponent: PagePending,
  errorComponent: RouteError,
});

function AccountsPage() {
  const { accounts, meta } = useSuspenseQuery(accountsQuery(1)).data;
  const self = useAccount();
  return (
    <Section title={`Dashboard accounts (${meta.total})`} actions={<CreateAccountDialog />}>
      <AccountsTable accounts={accounts} selfId={self.id} />
    </Section>
  );
}

import type { Account, Role } from '@switchboard/contracts';
import { ConfirmDialog } from '../../components/form-dialog';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { Select } from '../../components/ui/input';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../../components/ui/table';
import { describeError } from '../../lib/api-client';
import { formatTimestamp } from '../../lib/format';
import { notify } from '../../lib/notify';
import { useAccountMutations } from './admin-queries';

export const roleLabels: Record<Role, string> = { agent: 'Agent', supervisor: 'Supervisor', admin: 'Admin' };

function AccountRow({ account, isSelf }: { account: Account; isSelf: boolean }) {
  const { update } = useAccountMutations();
  const change = (body: { role?: Role; disabled?: boolean }, done: string) =>
    update.mutateAsync({ accountId: account.id, body }).then(() => notify.success(done));
  return (
    <TableRow className={account.disabled ? 'text-muted-foreground' : undefined}>
      <TableCell className="font-medium">
        {account.email}
        {isSelf && <span className="text-muted-foreground"> (you)</span>}
      </TableCell>
      <TableCell>
        <Select
          aria-label={`Role of ${account.email}`}
          className="max-w-36"
          value={account.role}
          disabled={isSelf || account.disabled || update.isPending}
          onChange={(event) => {
            const role = event.target.value as Role;
            change({ role }, `${account.email} is now ${roleLabels[role].toLocaleLowerCase()}.`).catch((error) =>
              notify.error(describeError(error)),
            );
          }}
        >
          {Object.entries(roleLabels).map(([role, label]) => (
            <option key={role} value={role}>
              {label}
            </option>
          ))}
        </Select>
      </TableCell>
      <TableCell>
        {account.disabled ? <Badge tone="danger">Disabled</Badge> : <Badge tone="success">Active</Badge>}
      </TableCell>
      <TableCell className="max-md:hidden">
        {account.lastLoginAt === null ? 'Never' : formatTimestamp(account.lastLoginAt)}
      </TableCell>
      <TableCell className="text-right">
        {account.disabled ? (
          <Button
            size="sm"
            aria-label={`Enable ${account.email}`}
            onClick={() =>
              change({ disabled: false }, `${account.email} can sign in again.`).catch((error) =>
                notify.error(describeError(error)),
              )
            }
          >
            Enable
          </Button>
        ) : (
          !isSelf && (
            <ConfirmDialog
              title={`Disable ${account.email}?`}
              confirmLabel="Disable account"
              trigger={
                <Button size="sm" aria-label={`Disable ${account.email}`}>
                  Disable
                </Button>
              }
              onConfirm={() => change({ disabled: true }, `${account.email} is disabled.`)}
            >
              <p>They are signed out everywhere at once and cannot sign in again until an admin enables the account.</p>
              <p>What they did stays in the audit log.</p>
            </ConfirmDialog>
          )
        )}
      </TableCell>
    </TableRow>
  );
}

/** Dashboard accounts; an admin cannot demote or disable themselves (someone must stay able to fix things). */
export function AccountsTable({ accounts, selfId }: { accounts: readonly Account[]; selfId: number }) {
  return (
    <Table aria-label="Accounts">
      <TableHeader>
        <TableRow>
          <TableHead>Email</TableHead>
          <TableHead>Role</TableHead>
          <TableHead>Status</TableHead>
          <TableHead className="max-md:hidden">Last sign-in</TableHead>
          <TableHead>
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {accounts.map((account) => (
          <AccountRow key={account.id} account={account} isSelf={account.id === selfId} />
        ))}
      </TableBody>
    </Table>
  );
}

import type { SessionAccount } from '@switchboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { LogOut } from 'lucide-react';
import { DropdownMenu } from 'radix-ui';
import { api, describeError } from '../../lib/api-client';
import { notify } from '../../lib/notify';
import { sessionKey } from '../../lib/session';
import { AccountButton } from './account-button';

const roleLabels: Record<SessionAccount['role'], string> = {
  agent: 'Agent',
  supervisor: 'Supervisor',
  admin: 'Admin',
};

/** Who is signed in, as which role and Aircall user, and the way out. Loaded after the first paint (Radix menu). */
export default function AccountMenu({ account }: { account: SessionAccount }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const logout = useMutation({
    mutationFn: () => api('auth.logout'),
    onSuccess: async () => {
      // Nothing of this account's data may stay in memory for the next person at this desk.
      queryClient.clear();
      queryClient.setQueryData(sessionKey, null);
      await navigate({ to: '/login' });
    },
    onError: (error) => notify.error(`Could not sign out: ${describeError(error)}`),
  });

  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger asChild>
        <AccountButton account={account} />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={6}
          className="z-50 min-w-56 rounded-lg border border-border bg-background p-1 text-sm shadow-lg"
        >
          <DropdownMenu.Label className="px-2 py-1.5">
            <div className="font-medium">{account.email}</div>
            <div className="text-xs text-muted-foreground">
              {roleLabels[account.role]}
              {account.aircallUser ? ` · acts as ${account.aircallUser.name}` : ' · no linked Aircall user'}
            </div>
          </DropdownMenu.Label>
          <DropdownMenu.Separator className="my-1 h-px bg-border" />
          <DropdownMenu.Item
            onSelect={() => logout.mutate()}
            disabled={logout.isPending}
            className="flex cursor-default items-center gap-2 rounded-md px-2 py-1.5 outline-none data-[highlighted]:bg-muted data-[disabled]:opacity-50"
          >
            <LogOut className="size-4" aria-hidden />
            Sign out
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

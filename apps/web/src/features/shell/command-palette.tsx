import type { Role } from '@switchboard/contracts';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { Command } from 'cmdk';
import { Dialog } from 'radix-ui';
import { useDeferredValue, useState } from 'react';
import { api } from '../../lib/api-client';
import { numbersQuery, teamsQuery, usersQuery } from '../../lib/directory-queries';
import { navItemsFor } from './nav-items';

const itemClass =
  'flex cursor-default items-center gap-3 rounded-md px-3 py-2 text-sm data-[selected=true]:bg-muted data-[disabled=true]:opacity-50';
const groupClass =
  'px-1 py-1 [&_[cmdk-group-heading]]:px-2 [&_[cmdk-group-heading]]:py-1 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-medium [&_[cmdk-group-heading]]:text-muted-foreground';

/** What reads as (part of) a phone number: its calls can be listed. Same rule as the list's phone filter. */
const phoneLike = (term: string) => /^\+?[\d\s().-]{3,30}$/.test(term) && term.replace(/\D/g, '').length >= 3;

/**
 * Ctrl/Cmd+K: jump to a page, a call by its id, the calls with a phone number, a line (one of the company's
 * numbers), a contact (searched on the BFF), a user or a team.
 * Loaded on first use (cmdk and Radix's dialog are not needed for the first paint).
 */
export default function CommandPalette({
  role,
  open,
  onOpenChange,
}: {
  role: Role;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const term = useDeferredValue(search.trim());
  const supervising = role !== 'agent';
  const callId = /^#?\d+$/.test(term) ? Number(term.replace('#', '')) : null;
  // A call id is not a contact's name: searching contacts for it would only spend Aircall's budget.
  const contacts = useQuery({
    queryKey: ['contacts', 'search', 'palette', term],
    queryFn: ({ signal }) => api('contacts.search', { query: { q: term, perPage: 5 }, signal }),
    enabled: open && term.length >= 2 && callId === null,
  });
  const phoneNumber = phoneLike(term) ? term : null;
  const lines = useQuery({ ...numbersQuery(), enabled: open });
  const users = useQuery({ ...usersQuery(), enabled: open && supervising });
  const teams = useQuery({ ...teamsQuery(), enabled: open && supervising });

  const go = (to: string, params?: Record<string, number>) => {
    onOpenChange(false);
    setSearch('');
    // Paths come from the nav config and this file; some pages are added in parallel (issue 7).
    void navigate({ to: to as '/', params: params as never });
  };
  const listCalls = (search: { phoneNumber?: string; numberId?: number }) => {
    onOpenChange(false);
    setSearch('');
    void navigate({ to: '/calls', search });
  };

  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <Dialog.Content
          aria-describedby={undefined}
          className="fixed top-[15vh] left-1/2 z-50 w-[calc(100vw-2rem)] max-w-xl -translate-x-1/2 overflow-hidden rounded-xl border border-border bg-background shadow-2xl"
        >
          <Dialog.Title className="sr-only">Command palette</Dialog.Title>
          <Command label="Command palette" shouldFilter={true}>
            <Command.Input
              value={search}
              onValueChange={setSearch}
              placeholder="Go to a page, a call id, a phone number, a line, a contact, a user or a team…"
              className="h-12 w-full border-b border-border bg-transparent px-4 text-sm outline-none"
            />
            <Command.List className="max-h-[50vh] overflow-y-auto p-1">
              <Command.Empty className="px-4 py-6 text-center text-sm text-muted-foreground">No match.</Command.Empty>
              {callId !== null && (
                <Command.Group heading="Call" className={groupClass}>
                  <Command.Item
                    value={`call ${term}`}
                    className={itemClass}
                    onSelect={() => go('/calls/$callId', { callId })}
                  >
                    Open call #{callId}
                  </Command.Item>
                </Command.Group>
              )}
              {phoneNumber !== null && (
                <Command.Group heading="Phone number" forceMount className={groupClass}>
                  <Command.Item
                    forceMount
                    value={`number ${term}`}
                    className={itemClass}
                    onSelect={() => listCalls({ phoneNumber })}
                  >
                    Calls with {phoneNumber}
                  </Command.Item>
                </Command.Group>
              )}
              <Command.Group heading="Pages" className={groupClass}>
                {navItemsFor(role).map(({ to, label, icon: Icon }) => (
                  <Command.Item key={to} value={`page ${label}`} className={itemClass} onSelect={() => go(to)}>
                    <Icon className="size-4 text-muted-foreground" aria-hidden />
                    {label}
                  </Command.Item>
                ))}
              </Command.Group>
              {term !== '' && (
                <Command.Group heading="Lines" className={groupClass}>
                  {lines.data?.numbers.map((line) => (
                    <Command.Item
                      key={line.id}
                      value={`line ${line.name} ${line.digits} ${line.digits.replace(/\D/g, '')}`}
                      className={itemClass}
                      onSelect={() => listCalls({ numberId: line.id })}
                    >
                      Calls on {line.name}
                      <span className="ml-auto text-xs whitespace-nowrap text-muted-foreground">{line.digits}</span>
                    </Command.Item>
                  ))}
                </Command.Group>
              )}
              {(contacts.data?.contacts.length ?? 0) > 0 && (
                <Command.Group heading="Contacts" className={groupClass}>
                  {contacts.data?.contacts.map((contact) => (
                    <Command.Item
                      key={contact.id}
                      value={`contact ${contact.id} ${contact.displayName} ${term}`}
                      className={itemClass}
                      onSelect={() => go('/contacts/$contactId', { contactId: contact.id })}
                    >
                      {contact.displayName}
                      <span className="ml-auto text-xs text-muted-foreground">{contact.companyName}</span>
                    </Command.Item>
                  ))}
                </Command.Group>
              )}
              {supervising && (
                <>
                  <Command.Group heading="Users" className={groupClass}>
                    {users.data?.users.map((user) => (
                      <Command.Item
                        key={user.id}
                        value={`user ${user.name} ${user.email}`}
                        className={itemClass}
                        onSelect={() => go('/users/$userId', { userId: user.id })}
                      >
                        {user.name}
                      </Command.Item>
                    ))}
                  </Command.Group>
                  <Command.Group heading="Teams" className={groupClass}>
                    {teams.data?.teams.map((team) => (
                      <Command.Item
                        key={team.id}
                        value={`team ${team.name}`}
                        className={itemClass}
                        onSelect={() => go('/teams/$teamId', { teamId: team.id })}
                      >
                        {team.name}
                      </Command.Item>
                    ))}
                  </Command.Group>
                </>
              )}
            </Command.List>
          </Command>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

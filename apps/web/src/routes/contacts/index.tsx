import type { ContactSearchQuery } from '@switchboard/contracts';
import { phoneDigitsPattern } from '@switchboard/contracts/values';
import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute, Link, stripSearchParams } from '@tanstack/react-router';
import { ChevronLeft, ChevronRight, Contact as ContactIcon, SearchX } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { PageHeader } from '../../components/page-header';
import { StateMessage } from '../../components/state-message';
import { Button } from '../../components/ui/button';
import { Input } from '../../components/ui/input';
import { Skeleton } from '../../components/ui/skeleton';
import { CreateContactDialog } from '../../features/contacts/contact-panel';
import { contactsSearchDefaults, validateContactsSearch } from '../../features/contacts/contact-search';
import { contactSearchQuery } from '../../features/contacts/contacts-queries';
import { RouteError } from '../../features/shell/route-error';
import { useListSearch } from '../../lib/list-search';

type SearchInput = Partial<Pick<ContactSearchQuery, 'q' | 'phoneNumber' | 'email'>>;

/** One search box: an @ means an email, mostly digits a phone number, anything else a name or company. */
function searchFor(text: string): SearchInput {
  const value = text.trim();
  if (value === '') return {};
  if (value.includes('@')) return { email: value };
  if (phoneDigitsPattern.test(value)) return { phoneNumber: value };
  return { q: value };
}

export const Route = createFileRoute('/contacts/')({
  validateSearch: validateContactsSearch,
  search: { middlewares: [stripSearchParams(contactsSearchDefaults)] },
  loaderDeps: ({ search }) => search,
  loader: ({ context, deps }) => context.queryClient.ensureQueryData(contactSearchQuery(deps)),
  component: ContactsPage,
  pendingComponent: () => (
    <div role="status" aria-label="Loading contacts" className="flex flex-col gap-2 p-4">
      {Array.from({ length: 8 }, (_, row) => (
        <Skeleton key={row} className="h-10 w-full" />
      ))}
    </div>
  ),
  errorComponent: RouteError,
});

function ContactsPage() {
  const { search: query, setFilters, setPage } = useListSearch(Route);
  const navigate = Route.useNavigate();
  const { data } = useSuspenseQuery(contactSearchQuery(query));
  const typed = query.q ?? query.phoneNumber ?? query.email ?? '';
  const [text, setText] = useState(typed);
  const searching = typed !== '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFilters({ q: undefined, phoneNumber: undefined, email: undefined, ...searchFor(text) });
  };

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <PageHeader title="Contacts">
        <CreateContactDialog
          triggerLabel="New contact"
          onCreated={(contact) => void navigate({ to: '/contacts/$contactId', params: { contactId: contact.id } })}
        />
      </PageHeader>
      <search className="px-4 pb-3">
        <form onSubmit={submit} className="flex gap-2">
          <Input
            type="search"
            aria-label="Search contacts"
            placeholder="Name, company, phone number or email"
            value={text}
            onChange={(event) => setText(event.target.value)}
            className="max-w-md"
          />
          <Button type="submit">Search</Button>
        </form>
      </search>
      {data.contacts.length === 0 ? (
        searching ? (
          <StateMessage role="status" icon={<SearchX />} title={`No contact matches “${typed}”`}>
            Check the spelling, or search by phone number or email instead.
          </StateMessage>
        ) : (
          <StateMessage role="status" icon={<ContactIcon />} title="No contacts yet">
            Create one here, or from a caller on a call’s page.
          </StateMessage>
        )
      ) : (
        <ul
          aria-label="Contacts"
          className="min-h-0 flex-1 divide-y divide-border overflow-y-auto border-t border-border"
        >
          {data.contacts.map((contact) => (
            <li key={contact.id}>
              <Link
                to="/contacts/$contactId"
                params={{ contactId: contact.id }}
                className="flex flex-wrap items-baseline gap-x-4 px-4 py-2.5 hover:bg-muted focus-visible:outline-2 focus-visible:outline-ring"
              >
                <span className="font-medium">{contact.displayName}</span>
                <span className="text-sm text-muted-foreground">{contact.companyName}</span>
                <span className="ml-auto text-sm text-muted-foreground tabular-nums">
                  {contact.phoneNumbers[0]?.value ?? contact.emails[0]?.value}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {(data.meta.page > 1 || data.meta.hasNextPage) && (
        <nav aria-label="Pagination" className="flex items-center justify-end gap-2 border-t border-border px-4 py-2">
          <Button size="sm" disabled={data.meta.page <= 1} onClick={() => setPage(query.page - 1)}>
            <ChevronLeft aria-hidden /> Previous
          </Button>
          <Button size="sm" disabled={!data.meta.hasNextPage} onClick={() => setPage(query.page + 1)}>
            Next <ChevronRight aria-hidden />
          </Button>
        </nav>
      )}
    </div>
  );
}

import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute, Link, notFound } from '@tanstack/react-router';
import { ArrowLeft, Pencil } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { Skeleton } from '../../components/ui/skeleton';
import { CallStatusBadge } from '../../features/calls/call-status';
import { ContactDetailsEditor } from '../../features/contacts/contact-details-editor';
import { EditContactForm } from '../../features/contacts/contact-form';
import { ContactInformation } from '../../features/contacts/contact-information';
import { contactQuery } from '../../features/contacts/contacts-queries';
import { RouteError } from '../../features/shell/route-error';
import { formatDuration, formatTimestamp } from '../../lib/format';

export const Route = createFileRoute('/contacts/$contactId')({
  params: {
    parse: ({ contactId }) => {
      const id = Number(contactId);
      if (!Number.isSafeInteger(id) || id <= 0) throw notFound();
      return { contactId: id };
    },
    stringify: ({ contactId }) => ({ contactId: String(contactId) }),
  },
  loader: ({ context, params }) => context.queryClient.ensureQueryData(contactQuery(params.contactId)),
  component: ContactPage,
  pendingComponent: () => (
    <div role="status" aria-label="Loading contact" className="flex flex-col gap-3 p-4">
      <Skeleton className="h-7 w-64" />
      <Skeleton className="h-48 w-full" />
    </div>
  ),
  errorComponent: RouteError,
});

function ContactPage() {
  const { contactId } = Route.useParams();
  const { data } = useSuspenseQuery(contactQuery(contactId));
  const { contact, calls } = data;
  const [editing, setEditing] = useState(false);

  return (
    <div className="min-h-0 flex-1 overflow-y-auto">
      <div className="mx-auto flex max-w-5xl flex-col gap-4 p-4">
        <Link
          to="/contacts"
          className="flex items-center gap-1 self-start text-sm text-muted-foreground hover:underline"
        >
          <ArrowLeft className="size-4" aria-hidden /> All contacts
        </Link>
        <header className="flex flex-wrap items-center gap-3">
          <div>
            <h1 className="text-xl font-semibold tracking-tight">{contact.displayName}</h1>
            {contact.companyName && <p className="text-sm text-muted-foreground">{contact.companyName}</p>}
          </div>
          {!editing && (
            <Button className="ml-auto" onClick={() => setEditing(true)}>
              <Pencil aria-hidden /> Edit
            </Button>
          )}
        </header>
        <div className="grid gap-4 lg:grid-cols-2">
          <section aria-label="Contact details" className="flex flex-col gap-4 rounded-xl border border-border p-4">
            {editing ? (
              <EditContactForm contact={contact} onSaved={() => setEditing(false)} />
            ) : (
              contact.information && <ContactInformation text={contact.information} />
            )}
            <ContactDetailsEditor contactId={contact.id} kind="phoneNumbers" details={contact.phoneNumbers} />
            <ContactDetailsEditor contactId={contact.id} kind="emails" details={contact.emails} />
          </section>
          <section aria-label="Recent calls" className="rounded-xl border border-border p-4">
            <h2 className="mb-3 text-sm font-semibold">Recent calls</h2>
            {calls.length === 0 ? (
              <p className="text-sm text-muted-foreground">No calls with this contact yet.</p>
            ) : (
              <ul className="divide-y divide-border text-sm">
                {calls.map((call) => (
                  <li key={call.id}>
                    <Link
                      to="/calls/$callId"
                      params={{ callId: call.id }}
                      className="flex items-center gap-3 py-2 hover:bg-muted"
                    >
                      <CallStatusBadge call={call} />
                      <span className="min-w-0 flex-1 truncate">
                        {call.direction === 'inbound' ? 'Inbound' : 'Outbound'} · {call.agent?.name ?? 'No agent'}
                      </span>
                      <span className="text-muted-foreground tabular-nums">{formatTimestamp(call.startedAt)}</span>
                      <span className="w-14 text-right tabular-nums">{formatDuration(call.duration)}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}

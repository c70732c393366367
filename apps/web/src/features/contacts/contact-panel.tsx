import type { Contact } from '@switchboard/contracts';
import { Link } from '@tanstack/react-router';
import { UserPlus } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { DialogContent, DialogRoot, DialogTrigger } from '../../components/ui/dialog';
import { notify } from '../../lib/notify';
import { CreateContactForm } from './contact-form';

/** A new contact from a form in a dialog; `initialPhone` pre-fills the first number (e.g. a caller's). */
export function CreateContactDialog({
  triggerLabel,
  initialPhone,
  onCreated,
}: {
  triggerLabel: string;
  initialPhone?: string;
  onCreated?: (contact: Contact) => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <DialogRoot open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <UserPlus aria-hidden /> {triggerLabel}
        </Button>
      </DialogTrigger>
      <DialogContent
        title="New contact"
        description="Shared with the whole company in Aircall. Aircall does not merge duplicates: search first."
      >
        <CreateContactForm
          initialPhone={initialPhone}
          onCreated={(contact) => {
            setOpen(false);
            notify.success(`Contact ${contact.displayName} created`);
            onCreated?.(contact);
          }}
        />
      </DialogContent>
    </DialogRoot>
  );
}

/** Who is on the other end: their contact card, or a way to create one from the caller's number. */
export function ContactPanel({ contact, callerNumber }: { contact: Contact | null; callerNumber: string | null }) {
  if (!contact) {
    const known = callerNumber !== null && callerNumber !== 'anonymous';
    return (
      <div className="flex flex-col items-start gap-3 text-sm">
        <p className="text-muted-foreground">
          {known ? 'This number is not in your contacts.' : 'The caller hid their number.'}
        </p>
        {known && <CreateContactDialog triggerLabel="Create contact from this caller" initialPhone={callerNumber} />}
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-2 text-sm">
      <Link
        to="/contacts/$contactId"
        params={{ contactId: contact.id }}
        className="text-base font-semibold hover:underline"
      >
        {contact.displayName}
      </Link>
      {contact.companyName && <p className="text-muted-foreground">{contact.companyName}</p>}
      <ul className="flex flex-col gap-0.5">
        {[...contact.phoneNumbers, ...contact.emails].map((detail) => (
          <li key={`${detail.id}-${detail.value}`} className="flex gap-2">
            <span className="w-16 shrink-0 truncate text-muted-foreground">{detail.label ?? '—'}</span>
            <span className="truncate tabular-nums">{detail.value}</span>
          </li>
        ))}
      </ul>
      {contact.information && <p className="whitespace-pre-wrap text-muted-foreground">{contact.information}</p>}
    </div>
  );
}

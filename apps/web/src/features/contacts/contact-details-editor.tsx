import type { ContactDetail } from '@switchboard/contracts';
import { Pencil, Trash2 } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { Button } from '../../components/ui/button';
import { FormError } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import { ApiError, formErrorOf, useContracts } from '../../lib/api-client';
import { type DetailKind, useContactDetail } from './contacts-queries';

const words = {
  phoneNumbers: { title: 'Phone numbers', one: 'phone number', type: 'tel', placeholder: 'Phone number' },
  emails: { title: 'Emails', one: 'email', type: 'email', placeholder: 'Email address' },
} as const;

/** Label + value inputs for one detail; the value's error from the BFF shows beside it. */
function DetailForm({
  kind,
  initial,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  kind: DetailKind;
  initial: { label: string; value: string };
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (detail: { label?: string | undefined; value: string }) => void;
  onCancel?: () => void;
}) {
  const [label, setLabel] = useState(initial.label);
  const [value, setValue] = useState(initial.value);
  const fieldErrors = error instanceof ApiError ? error.fieldErrors : {};
  const valueError = fieldErrors.value;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const typed = value.trim();
    // libphonenumber-js loads on first use: the contact page should not wait for its metadata.
    const normalised = kind === 'phoneNumbers' ? (await import('../../lib/phone')).toE164OrText(typed) : typed;
    onSubmit({ label: label.trim() === '' ? undefined : label.trim(), value: normalised });
  };
  return (
    <form onSubmit={(event) => void submit(event)} className="flex flex-col gap-1.5">
      <FormError>{formErrorOf(error)}</FormError>
      <div className="flex flex-wrap items-center gap-2">
        <Input
          aria-label="Label"
          placeholder="Label"
          className="max-w-28"
          value={label}
          onChange={(e) => setLabel(e.target.value)}
        />
        <Input
          aria-label={words[kind].one}
          aria-invalid={Boolean(valueError)}
          type={words[kind].type}
          placeholder={words[kind].placeholder}
          className="min-w-40 flex-1"
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
        <Button type="submit" size="sm" variant="primary" disabled={pending || value.trim() === ''}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" size="sm" variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
      {valueError && <p className="text-xs font-medium text-danger">{valueError}</p>}
    </form>
  );
}

/** A contact's phone numbers or emails, each edited or removed on its own (at most 20 of each). */
export function ContactDetailsEditor({
  contactId,
  kind,
  details,
}: {
  contactId: number;
  kind: DetailKind;
  details: ContactDetail[];
}) {
  const { limits } = useContracts();
  const { add, update, remove } = useContactDetail(contactId, kind);
  const [editing, setEditing] = useState<number | null>(null);
  const [adding, setAdding] = useState(0);
  const { title, one } = words[kind];
  const full = details.length >= limits.contactDetails;
  return (
    <section aria-label={title} className="flex flex-col gap-2">
      <h3 className="text-sm font-semibold">
        {title}{' '}
        <span className="font-normal text-muted-foreground">
          ({details.length} of {limits.contactDetails})
        </span>
      </h3>
      {remove.error && <FormError>{formErrorOf(remove.error)}</FormError>}
      <ul className="flex flex-col gap-1">
        {details.map((detail) =>
          editing === detail.id ? (
            <li key={detail.id}>
              <DetailForm
                kind={kind}
                initial={{ label: detail.label ?? '', value: detail.value }}
                submitLabel="Save"
                pending={update.isPending}
                error={update.error}
                onSubmit={(body) => update.mutate({ id: detail.id, ...body }, { onSuccess: () => setEditing(null) })}
                onCancel={() => setEditing(null)}
              />
            </li>
          ) : (
            <li key={detail.id} className="flex items-center gap-2 text-sm">
              <span className="w-24 truncate text-muted-foreground">{detail.label ?? '—'}</span>
              <span className="min-w-0 flex-1 truncate tabular-nums">{detail.value}</span>
              <Button
                size="icon"
                variant="ghost"
                aria-label={`Edit ${one} ${detail.value}`}
                onClick={() => setEditing(detail.id)}
              >
                <Pencil />
              </Button>
              <Button
                size="icon"
                variant="ghost"
                aria-label={`Remove ${one} ${detail.value}`}
                disabled={remove.isPending}
                onClick={() => remove.mutate(detail.id)}
              >
                <Trash2 />
              </Button>
            </li>
          ),
        )}
      </ul>
      {full ? (
        <p className="text-xs text-muted-foreground">Aircall keeps at most {limits.contactDetails} per contact.</p>
      ) : (
        <DetailForm
          key={adding}
          kind={kind}
          initial={{ label: '', value: '' }}
          submitLabel={`Add ${one}`}
          pending={add.isPending}
          error={add.error}
          onSubmit={(body) => add.mutate(body, { onSuccess: () => setAdding((n) => n + 1) })}
        />
      )}
    </section>
  );
}

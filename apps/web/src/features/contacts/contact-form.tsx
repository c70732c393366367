import type { Contact } from '@switchboard/contracts';
import { Plus, Trash2 } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { Button } from '../../components/ui/button';
import { Field, FormError } from '../../components/ui/field';
import { Input, Textarea } from '../../components/ui/input';
import { ApiError, formErrorOf, useContracts } from '../../lib/api-client';
import { useCreateContact, useUpdateContact } from './contacts-queries';

interface NameFields {
  firstName: string;
  lastName: string;
  companyName: string;
  information: string;
}
interface DetailDraft {
  key: number;
  label: string;
  value: string;
}

const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());

function NameInputs({
  fields,
  errors,
  onChange,
}: {
  fields: NameFields;
  errors: Readonly<Record<string, string>>;
  onChange: (fields: NameFields) => void;
}) {
  const input = (name: keyof Omit<NameFields, 'information'>, label: string) => (
    <Field label={label} error={errors[name]}>
      {(control) => (
        <Input {...control} value={fields[name]} onChange={(e) => onChange({ ...fields, [name]: e.target.value })} />
      )}
    </Field>
  );
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-2">
        {input('firstName', 'First name')}
        {input('lastName', 'Last name')}
      </div>
      {input('companyName', 'Company')}
      <Field label="Notes" error={errors.information}>
        {(control) => (
          <Textarea
            {...control}
            value={fields.information}
            onChange={(e) => onChange({ ...fields, information: e.target.value })}
          />
        )}
      </Field>
    </>
  );
}

let nextKey = 1;
const draft = (value = ''): DetailDraft => ({ key: nextKey++, label: '', value });

/** Rows of label + value (phones or emails) with add and remove, errors beside each value. */
function DetailRows({
  legend,
  rows,
  field,
  type,
  errors,
  max,
  onChange,
}: {
  legend: string;
  rows: DetailDraft[];
  field: 'phoneNumbers' | 'emails';
  type: 'tel' | 'email';
  errors: Readonly<Record<string, string>>;
  max: number;
  onChange: (rows: DetailDraft[]) => void;
}) {
  const singular = field === 'phoneNumbers' ? 'phone number' : 'email';
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      {errors[field] && <p className="text-xs font-medium text-danger">{errors[field]}</p>}
      {rows.map((row, index) => (
        <div key={row.key} className="grid grid-cols-[7rem_1fr_auto] items-start gap-2">
          <Field
            label={<span className="sr-only">{`Label of ${singular} ${index + 1}`}</span>}
            error={errors[`${field}.${index}.label`]}
          >
            {(control) => (
              <Input
                {...control}
                placeholder="Work"
                value={row.label}
                onChange={(e) => onChange(rows.map((r) => (r.key === row.key ? { ...r, label: e.target.value } : r)))}
              />
            )}
          </Field>
          <Field
            label={<span className="sr-only">{`${singular} ${index + 1}`}</span>}
            error={errors[`${field}.${index}.value`]}
          >
            {(control) => (
              <Input
                {...control}
                type={type}
                value={row.value}
                onChange={(e) => onChange(rows.map((r) => (r.key === row.key ? { ...r, value: e.target.value } : r)))}
              />
            )}
          </Field>
          <Button
            type="button"
            variant="ghost"
            size="icon"
            aria-label={`Remove ${singular} ${index + 1}`}
            onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
          >
            <Trash2 />
          </Button>
        </div>
      ))}
      <Button
        type="button"
        size="sm"
        variant="ghost"
        className="self-start"
        disabled={rows.length >= max}
        onClick={() => onChange([...rows, draft()])}
      >
        <Plus aria-hidden /> Add {singular}
      </Button>
    </fieldset>
  );
}

const emptyNames: NameFields = { firstName: '', lastName: '', companyName: '', information: '' };

/**
 * A new shared contact. Aircall needs at least one phone number and does not deduplicate (search first); numbers
 * are sent in E.164, read in the caller's country when typed without a +code.
 */
export function CreateContactForm({
  initialPhone = '',
  onCreated,
}: {
  initialPhone?: string;
  onCreated: (contact: Contact) => void;
}) {
  const { limits } = useContracts();
  const [names, setNames] = useState(emptyNames);
  const [phones, setPhones] = useState<DetailDraft[]>(() => [draft(initialPhone)]);
  const [emails, setEmails] = useState<DetailDraft[]>([]);
  const create = useCreateContact();
  const errors = create.error instanceof ApiError ? create.error.fieldErrors : {};

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // libphonenumber-js (tens of KB of metadata) loads on first use, not with the page.
    const { toE164OrText } = await import('../../lib/phone');
    const detail = (row: DetailDraft, value: string) => ({ label: optional(row.label), value });
    create.mutate(
      {
        firstName: optional(names.firstName),
        lastName: optional(names.lastName),
        companyName: optional(names.companyName),
        information: optional(names.information),
        phoneNumbers: phones.map((row) => detail(row, toE164OrText(row.value))),
        emails: emails.map((row) => detail(row, row.value.trim())),
      },
      { onSuccess: ({ contact }) => onCreated(contact) },
    );
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="flex flex-col gap-4" aria-label="New contact">
      <FormError>{formErrorOf(create.error)}</FormError>
      <NameInputs fields={names} errors={errors} onChange={setNames} />
      <DetailRows
        legend="Phone numbers"
        field="phoneNumbers"
        type="tel"
        rows={phones}
        errors={errors}
        max={limits.contactDetails}
        onChange={setPhones}
      />
      <DetailRows
        legend="Emails"
        field="emails"
        type="email"
        rows={emails}
        errors={errors}
        max={limits.contactDetails}
        onChange={setEmails}
      />
      <Button type="submit" variant="primary" disabled={create.isPending}>
        {create.isPending ? 'Creating…' : 'Create contact'}
      </Button>
    </form>
  );
}

/** Names, company and notes of an existing contact (phones and emails change one by one, as in Aircall). */
export function EditContactForm({ contact, onSaved }: { contact: Contact; onSaved: () => void }) {
  const [names, setNames] = useState<NameFields>({
    firstName: contact.firstName ?? '',
    lastName: contact.lastName ?? '',
    companyName: contact.companyName ?? '',
    information: contact.information ?? '',
  });
  const update = useUpdateContact(contact.id);
  const errors = update.error instanceof ApiError ? update.error.fieldErrors : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      {
        firstName: optional(names.firstName),
        lastName: optional(names.lastName),
        companyName: optional(names.companyName),
        information: optional(names.information),
      },
      { onSuccess: onSaved },
    );
  };
  return (
    <form onSubmit={submit} className="flex flex-col gap-4" aria-label="Edit contact">
      <FormError>{formErrorOf(update.error)}</FormError>
      <NameInputs fields={names} errors={errors} onChange={setNames} />
      <Button type="submit" variant="primary" disabled={update.isPending} className="self-start">
        {update.isPending ? 'Saving…' : 'Save changes'}
      </Button>
    </form>
  );
}

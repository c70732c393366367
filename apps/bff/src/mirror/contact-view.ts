import type { Contact as AircallContact } from '@switchboard/aircall';
import type { Contact } from '@switchboard/contracts';

/** A contact as Aircall nests it in a call: every field but the id may be missing. */
export type ContactLike = Partial<AircallContact> & { id: number };

export const onlyDigits = (text: string) => text.replace(/\D/g, '');

/** First and last name, else the company, else the first phone number (as the contracts define it). */
export function contactDisplayName(contact: ContactLike): string {
  const name = [contact.first_name, contact.last_name].filter(Boolean).join(' ');
  return name || contact.company_name || contact.phone_numbers?.[0]?.value || `Contact ${contact.id}`;
}

export const toDetail = (detail: AircallContact['emails'][number]) => ({
  id: detail.id,
  label: detail.label,
  value: detail.value,
});

export function toContact(contact: ContactLike): Contact {
  return {
    id: contact.id,
    firstName: contact.first_name ?? null,
    lastName: contact.last_name ?? null,
    companyName: contact.company_name ?? null,
    information: contact.information ?? null,
    displayName: contactDisplayName(contact),
    phoneNumbers: (contact.phone_numbers ?? []).map(toDetail),
    emails: (contact.emails ?? []).map(toDetail),
    // A nested copy without dates: 0 reads as "unknown" rather than inventing a time.
    createdAt: contact.created_at ?? 0,
    updatedAt: contact.updated_at ?? 0,
  };
}

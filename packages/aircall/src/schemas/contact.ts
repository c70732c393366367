import { z } from 'zod';
import { orDefault, tolerantArray } from '../tolerance';
import { referenceOf } from './common';

export const contactDetailSchema = z.looseObject({
  id: z.number().int(),
  label: orDefault(z.string().nullable(), null, 'contact_detail.label'),
  value: z.string(),
});
export type ContactDetail = z.infer<typeof contactDetailSchema>;

/** A contact; only `id` is required, the rest is defaulted (and counted) when missing or malformed. */
export const contactSchema = z.looseObject({
  id: z.number().int(),
  direct_link: orDefault(z.string(), '', 'contact.direct_link'),
  first_name: orDefault(z.string().nullable(), null, 'contact.first_name'),
  last_name: orDefault(z.string().nullable(), null, 'contact.last_name'),
  company_name: orDefault(z.string().nullable(), null, 'contact.company_name'),
  information: orDefault(z.string().nullable(), null, 'contact.information'),
  description: orDefault(z.string().nullish(), null, 'contact.description'),
  is_shared: orDefault(z.boolean(), true, 'contact.is_shared'),
  /** UNIX seconds; 0 when Aircall left it out. */
  created_at: orDefault(z.number().int(), 0, 'contact.created_at'),
  updated_at: orDefault(z.number().int(), 0, 'contact.updated_at'),
  emails: tolerantArray(contactDetailSchema, 'contact.emails'),
  phone_numbers: tolerantArray(contactDetailSchema, 'contact.phone_numbers'),
});
export type Contact = z.infer<typeof contactSchema>;

export const contactReferenceSchema = referenceOf(contactSchema);

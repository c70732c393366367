import { z } from 'zod';
import { referenceOf } from './common';

export const contactDetailSchema = z.looseObject({
  id: z.number().int(),
  label: z.string().nullable(),
  value: z.string(),
});
export type ContactDetail = z.infer<typeof contactDetailSchema>;

export const contactSchema = z.looseObject({
  id: z.number().int(),
  direct_link: z.string(),
  first_name: z.string().nullable(),
  last_name: z.string().nullable(),
  company_name: z.string().nullable(),
  information: z.string().nullable(),
  description: z.string().nullish(),
  is_shared: z.boolean(),
  created_at: z.number().int(),
  updated_at: z.number().int(),
  emails: z.array(contactDetailSchema),
  phone_numbers: z.array(contactDetailSchema),
});
export type Contact = z.infer<typeof contactSchema>;

export const contactReferenceSchema = referenceOf(contactSchema);

import { z } from 'zod';
import { referenceOf } from './common';
import { numberReferenceSchema } from './number';

export const userSchema = z.looseObject({
  id: z.number().int(),
  direct_link: z.string(),
  name: z.string(),
  email: z.string(),
  available: z.boolean(),
  availability_status: z.string(),
  created_at: z.string(),
  time_zone: z.string(),
  language: z.string(),
  wrap_up_time: z.number().int().optional(),
  default_number_id: z.number().int().nullish(),
  numbers: z.array(numberReferenceSchema).optional(),
});
export type User = z.infer<typeof userSchema>;

export const userReferenceSchema = referenceOf(userSchema);
export type UserReference = z.infer<typeof userReferenceSchema>;

/** Granular statuses shown in the Dashboard's activity feed; Aircall may add more. */
export const userAvailabilitySchema = z.looseObject({ id: z.number().int(), availability: z.string() });
export type UserAvailability = z.infer<typeof userAvailabilitySchema>;

import { z } from 'zod';
import { nullableObject, optionalField, orDefault, tolerantArray } from '../tolerance';
import { referenceOf } from './common';
import { numberReferenceSchema } from './number';

/**
 * A user as Users V2 (`/v2/users`) and, on older plans, V1 (`/v1/users`) answer it. V2 has no `numbers` (read them
 * with `users.numbers(id)`) and adds `substatus`, `state`, `extension`; V1 answers carry `numbers`. Only `id` and
 * `name` are required: any other field missing or malformed is defaulted (and counted), so one odd user never
 * stops a listing.
 */
export const userSchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  email: orDefault(z.string(), '', 'user.email'),
  direct_link: orDefault(z.string(), '', 'user.direct_link'),
  available: orDefault(z.boolean(), false, 'user.available'),
  availability_status: orDefault(z.string(), 'unavailable', 'user.availability_status'),
  created_at: orDefault(z.string(), '', 'user.created_at'),
  time_zone: orDefault(z.string(), 'Etc/UTC', 'user.time_zone'),
  language: orDefault(z.string(), 'en-US', 'user.language'),
  wrap_up_time: optionalField(z.number().int(), 'user.wrap_up_time'),
  default_number_id: orDefault(z.number().int().nullish(), null, 'user.default_number_id'),
  /** V2: e.g. `always_opened`, `always_closed`. */
  state: optionalField(z.string(), 'user.state'),
  /** V2: the detailed status (e.g. `in_call`, `after_call_work`). */
  substatus: optionalField(z.string(), 'user.substatus'),
  /** V2: the internal extension. */
  extension: optionalField(z.union([z.string(), z.number().transform(String)]), 'user.extension'),
  /** V1 only. */
  numbers: tolerantArray(numberReferenceSchema, 'user.numbers').optional(),
});
export type User = z.infer<typeof userSchema>;

/** A user nested in another object (a call's agent, a comment's author, a team's members): abridged, all optional. */
export const userReferenceSchema = referenceOf(userSchema);
export type UserReference = z.infer<typeof userReferenceSchema>;

/** A nullable nested user: null when absent, null (and counted) when unusable. */
export const nestedUser = (label: string) => nullableObject(userReferenceSchema, label);

/** Granular statuses shown in the Dashboard's activity feed; Aircall may add more. */
export const userAvailabilitySchema = z.looseObject({ id: z.number().int(), availability: z.string() });
export type UserAvailability = z.infer<typeof userAvailabilitySchema>;

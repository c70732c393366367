import { z } from 'zod';
import { optionalField, orDefault, tolerantArray } from '../tolerance';
import { referenceOf } from './common';

const messageUrls = [
  'welcome',
  'waiting',
  'ringing_tone',
  'unanswered_call',
  'after_hours',
  'ivr',
  'voicemail',
  'closed',
  'callback_later',
] as const;

export const numberMessagesSchema = z.looseObject(
  Object.fromEntries(messageUrls.map((key) => [key, z.string().nullish()])) as Record<
    (typeof messageUrls)[number],
    z.ZodOptional<z.ZodNullable<z.ZodString>>
  >,
);
export type NumberMessages = z.infer<typeof numberMessagesSchema>;

/** A Number; only `id` and `digits` are required (the rest is defaulted and counted when missing or malformed). */
export const numberSchema = z.looseObject({
  id: z.number().int(),
  digits: z.string(),
  direct_link: orDefault(z.string(), '', 'number.direct_link'),
  name: orDefault(z.string(), '', 'number.name'),
  created_at: orDefault(z.string(), '', 'number.created_at'),
  country: orDefault(z.string(), '', 'number.country'),
  time_zone: orDefault(z.string(), 'Etc/UTC', 'number.time_zone'),
  open: orDefault(z.boolean(), true, 'number.open'),
  availability_status: orDefault(z.string(), 'open', 'number.availability_status'),
  is_ivr: orDefault(z.boolean(), false, 'number.is_ivr'),
  live_recording_activated: orDefault(z.boolean(), false, 'number.live_recording_activated'),
  priority: orDefault(z.number().int().nullable(), null, 'number.priority'),
  messages: optionalField(numberMessagesSchema, 'number.messages'),
  /** Users V2's numbers of a user may say whether the number runs on Smartflows. */
  flow_editor_enabled: optionalField(z.boolean(), 'number.flow_editor_enabled'),
  users: tolerantArray(z.looseObject({ id: z.number().int() }), 'number.users').optional(),
});
export type AircallNumber = z.infer<typeof numberSchema>;

export const numberReferenceSchema = referenceOf(numberSchema);

import { z } from 'zod';
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

export const numberSchema = z.looseObject({
  id: z.number().int(),
  direct_link: z.string(),
  name: z.string(),
  digits: z.string(),
  created_at: z.string(),
  country: z.string(),
  time_zone: z.string(),
  open: z.boolean(),
  availability_status: z.string(),
  is_ivr: z.boolean(),
  live_recording_activated: z.boolean(),
  priority: z.number().int().nullable(),
  messages: numberMessagesSchema.optional(),
  users: z.array(z.looseObject({ id: z.number().int() })).optional(),
});
export type AircallNumber = z.infer<typeof numberSchema>;

export const numberReferenceSchema = referenceOf(numberSchema);

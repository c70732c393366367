import { z } from 'zod';
import { contactReferenceSchema } from './contact';
import { numberReferenceSchema } from './number';
import { callTagSchema } from './tag';
import { teamReferenceSchema } from './team';
import { userReferenceSchema } from './user';

export const callCommentSchema = z.looseObject({
  id: z.number().int(),
  content: z.string(),
  posted_at: z.number().int(),
  /** null when posted through the Public API. */
  posted_by: userReferenceSchema.nullable(),
});
export type CallComment = z.infer<typeof callCommentSchema>;

export const participantSchema = z.looseObject({
  type: z.string(),
  id: z.union([z.number(), z.string()]).optional(),
  name: z.string().optional(),
  phone_number: z.string().optional(),
});
export type Participant = z.infer<typeof participantSchema>;

export const callSchema = z.looseObject({
  id: z.number().int(),
  direct_link: z.string(),
  direction: z.enum(['inbound', 'outbound']),
  status: z.enum(['initial', 'answered', 'done']),
  missed_call_reason: z.string().nullable(),
  /** UNIX seconds. */
  started_at: z.number().int(),
  answered_at: z.number().int().nullable(),
  ended_at: z.number().int().nullable(),
  /** Seconds from start to end; null until the call has ended. */
  duration: z.number().int().nullable(),
  raw_digits: z.string(),
  /** Recording and voicemail URLs expire (10 minutes to 1 hour): fetch a fresh call before playing one. */
  voicemail: z.string().nullable(),
  recording: z.string().nullable(),
  asset: z.string().nullable(),
  archived: z.boolean(),
  cost: z.string().nullish(),
  user: userReferenceSchema.nullable(),
  assigned_to: userReferenceSchema.nullable(),
  transferred_by: userReferenceSchema.nullable(),
  transferred_to: userReferenceSchema.nullable(),
  /** Only filled with `fetch_contact: true`. */
  contact: contactReferenceSchema.nullish(),
  number: numberReferenceSchema.nullable(),
  teams: z.array(teamReferenceSchema),
  comments: z.array(callCommentSchema),
  tags: z.array(callTagSchema),
  participants: z.array(participantSchema).optional(),
});
export type Call = z.infer<typeof callSchema>;

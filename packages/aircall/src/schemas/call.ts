import { z } from 'zod';
import { nullableObject, optionalField, orDefault, tolerantArray } from '../tolerance';
import { contactReferenceSchema } from './contact';
import { numberReferenceSchema } from './number';
import { callTagSchema } from './tag';
import { teamReferenceSchema } from './team';
import { nestedUser } from './user';

export const callCommentSchema = z.looseObject({
  id: z.number().int(),
  content: z.string(),
  posted_at: orDefault(z.number().int(), 0, 'comment.posted_at'),
  /** null when posted through the Public API. */
  posted_by: nestedUser('comment.posted_by'),
});
export type CallComment = z.infer<typeof callCommentSchema>;

export const participantSchema = z.looseObject({
  type: z.string(),
  id: optionalField(z.union([z.number(), z.string()]), 'participant.id'),
  name: optionalField(z.string(), 'participant.name'),
  phone_number: optionalField(z.string(), 'participant.phone_number'),
});
export type Participant = z.infer<typeof participantSchema>;

const unixOrNull = (field: string) => orDefault(z.number().int().nullable(), null, `call.${field}`);
const linkOrNull = (field: string) => orDefault(z.string().nullable(), null, `call.${field}`);

/**
 * A call. Required: what identifies and places it (`id`, `direction`, `status`, `started_at`); every other field
 * missing or malformed is defaulted (and counted), and an odd comment, tag or team is left out rather than the call.
 */
export const callSchema = z.looseObject({
  id: z.number().int(),
  direction: z.enum(['inbound', 'outbound']),
  status: z.enum(['initial', 'answered', 'done']),
  /** UNIX seconds. */
  started_at: z.number().int(),
  direct_link: orDefault(z.string(), '', 'call.direct_link'),
  missed_call_reason: orDefault(z.string().nullable(), null, 'call.missed_call_reason'),
  answered_at: unixOrNull('answered_at'),
  ended_at: unixOrNull('ended_at'),
  /** Seconds from start to end; null until the call has ended. */
  duration: unixOrNull('duration'),
  raw_digits: orDefault(z.string(), '', 'call.raw_digits'),
  /** Recording and voicemail URLs expire (10 minutes to 1 hour): fetch a fresh call before playing one. */
  voicemail: linkOrNull('voicemail'),
  recording: linkOrNull('recording'),
  asset: linkOrNull('asset'),
  archived: orDefault(z.boolean(), false, 'call.archived'),
  cost: orDefault(z.string().nullish(), null, 'call.cost'),
  user: nestedUser('call.user'),
  assigned_to: nestedUser('call.assigned_to'),
  transferred_by: nestedUser('call.transferred_by'),
  transferred_to: nestedUser('call.transferred_to'),
  /** Only filled with `fetch_contact: true`. */
  contact: nullableObject(contactReferenceSchema, 'call.contact'),
  number: nullableObject(numberReferenceSchema, 'call.number'),
  teams: tolerantArray(teamReferenceSchema, 'call.teams'),
  comments: tolerantArray(callCommentSchema, 'call.comments'),
  tags: tolerantArray(callTagSchema, 'call.tags'),
  participants: tolerantArray(participantSchema, 'call.participants').optional(),
});
export type Call = z.infer<typeof callSchema>;

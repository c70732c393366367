import { z } from 'zod';
import { idSchema, namedRefSchema, oneOf, unixSecondsSchema } from './common';
import { tagRefSchema } from './tags';
import { callDirections, missedCallReasons } from './values';

export const callDirectionSchema = oneOf(callDirections);
export const callStatusSchema = oneOf(['initial', 'answered', 'done']);
export type CallDirection = z.infer<typeof callDirectionSchema>;
export type CallStatus = z.infer<typeof callStatusSchema>;

export { missedCallReasons };
export const missedCallReasonSchema = oneOf(missedCallReasons);
export type MissedCallReason = z.infer<typeof missedCallReasonSchema>;

/** The number a call came in on or went out from. */
export const numberRefSchema = z.object({ id: idSchema, name: z.string(), digits: z.string() });
export type NumberRef = z.infer<typeof numberRefSchema>;

/** Where a text search matched a call, with the matched words' character ranges in `text`. */
export const searchSnippetSchema = z.object({
  source: oneOf(['transcript', 'comment', 'contact']),
  text: z.string(),
  highlights: z.array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })),
});
export type SearchSnippet = z.infer<typeof searchSnippetSchema>;

/**
 * One row of the call list: what the table shows, flattened from Aircall's call object.
 * The fields after `archived` are optional so older producers still type-check; the BFF fills them from the mirror.
 */
export const callRowSchema = z.object({
  id: idSchema,
  direction: callDirectionSchema,
  status: callStatusSchema,
  /** One of `missedCallReasons` when the call was missed; kept as text so a reason Aircall adds later still shows. */
  missedCallReason: z.string().nullable(),
  /** The external party's number as Aircall formats it (`anonymous` for a hidden caller). */
  rawDigits: z.string().nullable(),
  number: numberRefSchema.nullable(),
  agent: namedRefSchema.nullable(),
  /** UNIX seconds. */
  startedAt: unixSecondsSchema,
  answeredAt: unixSecondsSchema.nullable(),
  endedAt: unixSecondsSchema.nullable(),
  /** Seconds from start to end, ringing included, as Aircall counts it. */
  duration: z.number().int().nonnegative(),
  archived: z.boolean(),
  /** Seconds from answer to end (the reference's "talking time"); null when never answered or still going. */
  talkTime: z.number().int().nonnegative().nullable().optional(),
  /** A voicemail was left (inbound only). */
  hasVoicemail: z.boolean().optional(),
  hasRecording: z.boolean().optional(),
  tags: z.array(tagRefSchema).optional(),
  teams: z.array(namedRefSchema).optional(),
  /** The matched contact's display name. */
  contact: namedRefSchema.nullable().optional(),
  commentCount: z.number().int().nonnegative().optional(),
  /** Only in the results of a text search (`q`): what matched. */
  snippet: searchSnippetSchema.nullable().optional(),
});
export type CallRow = z.infer<typeof callRowSchema>;

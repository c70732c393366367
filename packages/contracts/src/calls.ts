import { z } from 'zod';
import { callRowSchema, missedCallReasonSchema } from './call-row';
import {
  booleanParamSchema,
  e164Schema,
  httpUrlSchema,
  idListParamSchema,
  idParamSchema,
  idParams,
  idSchema,
  limits,
  namedRefSchema,
  oneOf,
  pageOf,
  paginationShape,
  plainText,
  queryRules,
  secondsParamSchema,
  sortOrderSchema,
  unixSecondsParamSchema,
  unixSecondsSchema,
  withRules,
} from './common';
import { contactSchema } from './contacts';
import { defineEndpoint, everyone } from './endpoint';
import { sentimentSchema } from './insights';
import { jobResponseSchema } from './jobs';
import { tagRefSchema } from './tags';
import { callDirections, callSortFields, callTypes, phoneDigitsPattern, tagMatches } from './values';

/**
 * What the calls list means by a call's type:
 * - answered: someone picked up (`answeredAt` set);
 * - missed: an inbound call nobody answered (any missed reason);
 * - voicemail: the caller left a voicemail;
 * - abandoned: the caller hung up first (`short_abandoned`, `abandoned_in_ivr`, `abandoned_in_classic`).
 */
export const callTypeSchema = oneOf(callTypes);
export type CallType = z.infer<typeof callTypeSchema>;

/** `relevance` (how well a call matches `q`) is the default sort of a text search, and needs `q`. */
export const callSortFieldSchema = oneOf(callSortFields);
export type CallSortField = z.infer<typeof callSortFieldSchema>;

/** `any`: calls carrying at least one of the tags; `all`: calls carrying every one (Aircall's own search). */
export const tagMatchSchema = oneOf(tagMatches);

/**
 * The call-list query as it lives in the SPA's URL and the BFF's query string.
 * Fields without a default are optional, absent meaning "no filter" (sort: `startedAt`, tag match: `any`).
 */
const callListQueryShape = {
  page: paginationShape.page,
  perPage: paginationShape.perPage,
  cursor: paginationShape.cursor,
  order: sortOrderSchema.default('desc'),
  sort: callSortFieldSchema.optional(),
  /** Inclusive lower bound of `startedAt`, UNIX seconds. */
  from: unixSecondsParamSchema.optional(),
  /** Inclusive upper bound of `startedAt`, UNIX seconds. */
  to: unixSecondsParamSchema.optional(),
  /** Shortest and longest call (`duration`, seconds), inclusive. */
  minDuration: secondsParamSchema.optional(),
  maxDuration: secondsParamSchema.optional(),
  direction: oneOf(callDirections).optional(),
  type: callTypeSchema.optional(),
  missedReason: missedCallReasonSchema.optional(),
  agentId: idParamSchema.optional(),
  teamId: idParamSchema.optional(),
  numberId: idParamSchema.optional(),
  contactId: idParamSchema.optional(),
  tagIds: idListParamSchema.optional(),
  tagMatch: tagMatchSchema.optional(),
  archived: booleanParamSchema.optional(),
  /** Digits of the external party's number, any format; matched on the digits it contains. */
  phoneNumber: z.coerce.string().regex(phoneDigitsPattern, 'must be at least 3 digits of a phone number').optional(),
  /**
   * Free text: contained in a comment or the contact's name, or said in the call (words of the transcript, in any
   * form: "refund" finds "refunded"; "a phrase", `or` and `-word` work as in web search).
   */
  q: z.coerce.string().trim().min(2, 'must be at least 2 characters').max(100).optional(),
  /** The overall sentiment of the conversation, as Aircall AI Assist read it. */
  sentiment: sentimentSchema.optional(),
  /** A topic of the conversation (case-insensitive). */
  topic: z.coerce.string().trim().min(1, 'must not be empty').max(100).optional(),
};

export const callListQueryStrictSchema = withRules(
  z.object(callListQueryShape),
  queryRules.dateRange,
  queryRules.durationRange,
  queryRules.cursorOrPage,
).refine((query) => query.sort !== 'relevance' || query.q !== undefined, {
  message: 'sorting by relevance needs q, the text to match',
  path: ['sort'],
});
export type CallListQuery = z.infer<typeof callListQueryStrictSchema>;

export const callListResponseSchema = pageOf('calls', callRowSchema);
export type CallListResponse = z.infer<typeof callListResponseSchema>;

export const callCommentSchema = z.object({
  /** Null for a comment just posted here, until Aircall's id arrives (its call.commented webhook, or the sync). */
  id: idSchema.nullable(),
  content: z.string(),
  postedAt: unixSecondsSchema,
  /** The Aircall user who wrote it; null when posted through the API (the audit log knows who, on our side). */
  postedBy: namedRefSchema.nullable(),
  /** The dashboard account that posted it through Switchboard, when it did. */
  postedVia: z.object({ accountId: idSchema, email: z.string() }).nullable(),
});
export type CallComment = z.infer<typeof callCommentSchema>;

export const callTagSchema = tagRefSchema.extend({
  taggedAt: unixSecondsSchema.nullable(),
  taggedBy: namedRefSchema.nullable(),
});
export type CallTag = z.infer<typeof callTagSchema>;

/** Aircall's call webhook events (without the `call.` prefix), which make up a call's timeline. */
export const callEventTypes = [
  'created',
  'ringing_on_agent',
  'agent_declined',
  'answered',
  'transferred',
  'unsuccessful_transfer',
  'hold',
  'unhold',
  'hungup',
  'ended',
  'voicemail_left',
  'assigned',
  'commented',
  'tagged',
  'untagged',
  'archived',
  'ivr_option_selected',
  'comm_assets_generated',
] as const;
export const callEventTypeSchema = oneOf(callEventTypes);

export const callTimelineEventSchema = z.object({
  type: callEventTypeSchema,
  at: unixSecondsSchema,
  /** The agent the event concerns (who rang, answered, transferred, tagged …), when there is one. */
  user: namedRefSchema.nullable(),
  /** Short human detail: the transfer target, the tag name … */
  detail: z.string().nullable(),
});
export type CallTimelineEvent = z.infer<typeof callTimelineEventSchema>;

/** Everything the call page shows. The row's optional fields are always present here. */
export const callDetailSchema = callRowSchema.extend({
  talkTime: z.number().int().nonnegative().nullable(),
  hasVoicemail: z.boolean(),
  hasRecording: z.boolean(),
  teams: z.array(namedRefSchema),
  commentCount: z.number().int().nonnegative(),
  tags: z.array(callTagSchema),
  comments: z.array(callCommentSchema).max(limits.commentsPerCall),
  contact: contactSchema.nullable(),
  assignedTo: namedRefSchema.nullable(),
  transferredBy: namedRefSchema.nullable(),
  transferredTo: namedRefSchema.nullable(),
  /** Cost in U.S. cents, as Aircall reports it. */
  cost: z.string().nullable(),
  /** Ringing or ongoing: live actions (transfer, insight card, recording) apply. */
  live: z.boolean(),
  /** Live recording is paused right now. */
  recordingPaused: z.boolean(),
  timeline: z.array(callTimelineEventSchema),
});
export type CallDetail = z.infer<typeof callDetailSchema>;

export const callResponseSchema = z.object({ call: callDetailSchema });
export type CallResponse = z.infer<typeof callResponseSchema>;

export const callMediaKindSchema = oneOf(['recording', 'voicemail']);
export type CallMediaKind = z.infer<typeof callMediaKindSchema>;
export const callMediaParamsSchema = z.object({ callId: idParamSchema, kind: callMediaKindSchema });
/** Aircall's media links expire (10 minutes to 1 hour): fetch one just before playing. */
export const callMediaResponseSchema = z.object({
  kind: callMediaKindSchema,
  url: z.url(),
  /** When the link stops working, UNIX seconds (an estimate: Aircall does not say). */
  expiresAt: unixSecondsSchema,
});
export type CallMediaResponse = z.infer<typeof callMediaResponseSchema>;

export const callCommentBodySchema = z.strictObject({ content: plainText(limits.commentLength) });
export type CallCommentBody = z.infer<typeof callCommentBodySchema>;

const tagIdsSchema = z
  .array(idSchema, { error: 'must be a list of tag ids' })
  .min(1, 'must hold at least one tag id')
  .max(20, 'must hold at most 20 tag ids')
  .refine((ids) => new Set(ids).size === ids.length, 'must not repeat a tag id');

export const callTagBodySchema = z.strictObject({ tagIds: tagIdsSchema });
export type CallTagBody = z.infer<typeof callTagBodySchema>;

/** How Aircall rings a team's members on a team transfer (default `simultaneous`). */
export const dispatchingStrategySchema = oneOf(['simultaneous', 'random', 'longest_idle']);
export type DispatchingStrategy = z.infer<typeof dispatchingStrategySchema>;

const noDispatchingStrategy = z.never({ error: 'dispatching strategy applies only to team transfers' }).optional();

/**
 * Cold transfer of a live call. Rules the schema cannot see, checked by the BFF against the mirror and explained by
 * the UI: a ringing call goes only to a team of at most 25 users; an external number only takes unanswered inbound
 * calls.
 */
export const callTransferBodySchema = z.discriminatedUnion(
  'target',
  [
    z.strictObject({ target: z.literal('user'), userId: idSchema, dispatchingStrategy: noDispatchingStrategy }),
    z.strictObject({
      target: z.literal('team'),
      teamId: idSchema,
      dispatchingStrategy: dispatchingStrategySchema.default('simultaneous'),
    }),
    z.strictObject({ target: z.literal('number'), number: e164Schema, dispatchingStrategy: noDispatchingStrategy }),
  ],
  { error: 'target must be one of user, team, number' },
);
export type CallTransferBody = z.infer<typeof callTransferBodySchema>;

/** Emojis are welcome on insight cards (the reference shows them there). */
const cardText = plainText(limits.insightCardTextLength, { allowEmojis: true });

/** Lines of an insight card (reference: title, shortText and user lines). */
export const insightCardLineSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('title'), text: cardText, link: httpUrlSchema.optional() }),
    z.strictObject({
      type: z.literal('shortText'),
      label: cardText.optional(),
      text: cardText,
      link: httpUrlSchema.optional(),
    }),
    z.strictObject({ type: z.literal('user'), label: cardText, userId: idSchema }),
  ],
  { error: 'type must be one of title, shortText, user' },
);
export type InsightCardLine = z.infer<typeof insightCardLineSchema>;

export const insightCardBodySchema = z.strictObject({
  lines: z
    .array(insightCardLineSchema)
    .min(1, 'an insight card needs at least one line')
    .max(limits.insightCardLines, `an insight card holds at most ${limits.insightCardLines} lines`)
    .refine((lines) => lines.filter((line) => line.type === 'title').length <= 1, 'an insight card has one title'),
});
export type InsightCardBody = z.infer<typeof insightCardBodySchema>;

const callIdsSchema = z
  .array(idSchema, { error: 'must be a list of call ids' })
  .min(1, 'must hold at least one call id')
  .max(limits.callsPerBulkJob, `must hold at most ${limits.callsPerBulkJob} call ids`)
  .refine((ids) => new Set(ids).size === ids.length, 'must not repeat a call id');

export const bulkTagBodySchema = z.strictObject({ callIds: callIdsSchema, tagIds: tagIdsSchema });
export type BulkTagBody = z.infer<typeof bulkTagBodySchema>;
/** `archived: false` unarchives: the undo of a bulk archive. */
export const bulkArchiveBodySchema = z.strictObject({ callIds: callIdsSchema, archived: z.boolean().default(true) });
export type BulkArchiveBody = z.infer<typeof bulkArchiveBodySchema>;

const callParams = idParams('callId');
const callEndpoint = { params: callParams, roles: everyone, audit: true } as const;

export const callEndpoints = [
  defineEndpoint({
    id: 'calls.list',
    method: 'GET',
    path: '/api/calls',
    query: callListQueryStrictSchema,
    response: callListResponseSchema,
    status: 200,
    roles: everyone,
    audit: false,
    lane: null,
    summary: 'Filtered, sorted page of calls from the mirror (no Aircall request).',
  }),
  defineEndpoint({
    id: 'calls.get',
    method: 'GET',
    path: '/api/calls/:callId',
    params: callParams,
    response: callResponseSchema,
    status: 200,
    roles: everyone,
    audit: false,
    lane: null,
    summary: 'One call with its timeline, comments, tags and contact, from the mirror.',
  }),
  defineEndpoint({
    id: 'calls.media',
    method: 'GET',
    path: '/api/calls/:callId/media/:kind',
    params: callMediaParamsSchema,
    response: callMediaResponseSchema,
    status: 200,
    roles: everyone,
    audit: false,
    lane: 'interactive',
    summary: 'A fresh recording or voicemail URL (fetched from Aircall just now: its links expire).',
  }),
  defineEndpoint({
    ...callEndpoint,
    id: 'calls.comment',
    method: 'POST',
    path: '/api/calls/:callId/comments',
    body: callCommentBodySchema,
    response: callResponseSchema,
    status: 201,
    lane: 'interactive',
    summary: 'Add a comment (at most 5 per call; comments cannot be edited or deleted).',
  }),
  defineEndpoint({
    ...callEndpoint,
    id: 'calls.tag',
    method: 'POST',
    path: '/api/calls/:callId/tags',
    body: callTagBodySchema,
    response: callResponseSchema,
    status: 200,
    lane: 'interactive',
    summary: 'Add tags to a call.',
  }),
  defineEndpoint({
    ...callEndpoint,
    id: 'calls.untag',
    method: 'DELETE',
    path: '/api/calls/:callId/tags/:tagId',
    params: idParams('callId', 'tagId'),
    response: callResponseSchema,
    status: 200,
    lane: 'interactive',
    summary: 'Remove a tag from a call. Aircall’s public API has no untag operation: 422 when upstream refuses.',
  }),
  defineEndpoint({
    ...callEndpoint,
    id: 'calls.archive',
    method: 'PUT',
    path: '/api/calls/:callId/archive',
    response: callResponseSchema,
    status: 200,
    lane: 'interactive',
    summary: 'Mark a call as done.',
  }),
  defineEndpoint({
    ...callEndpoint,
    id: 'calls.unarchive',
    method: 'PUT',
    path: '/api/calls/:callId/unarchive',
    response: callResponseSchema,
    status: 200,
    lane: 'interactive',
    summary: 'Put a call back in the to-do view (the undo of archive).',
  }),
  defineEndpoint({
    ...callEndpoint,
    id: 'calls.transfer',
    method: 'POST',
    path: '/api/calls/:callId/transfers',
    body: callTransferBodySchema,
    response: null,
    status: 204,
    lane: 'live',
    summary: 'Cold-transfer a live call to a user, a team (dispatching strategy) or an external E.164 number.',
  }),
  defineEndpoint({
    ...callEndpoint,
    id: 'calls.insightCard',
    method: 'POST',
    path: '/api/calls/:callId/insight-cards',
    body: insightCardBodySchema,
    response: null,
    status: 204,
    lane: 'live',
    summary: 'Push an insight card to the agent’s phone during a live call.',
  }),
  defineEndpoint({
    ...callEndpoint,
    id: 'calls.pauseRecording',
    method: 'POST',
    path: '/api/calls/:callId/recording/pause',
    response: null,
    status: 204,
    lane: 'live',
    summary: 'Pause the live recording (405 upstream when the number does not record).',
  }),
  defineEndpoint({
    ...callEndpoint,
    id: 'calls.resumeRecording',
    method: 'POST',
    path: '/api/calls/:callId/recording/resume',
    response: null,
    status: 204,
    lane: 'live',
    summary: 'Resume a paused live recording.',
  }),
  defineEndpoint({
    ...callEndpoint,
    id: 'calls.deleteRecording',
    method: 'DELETE',
    path: '/api/calls/:callId/recording',
    roles: ['admin'],
    response: null,
    status: 204,
    lane: 'interactive',
    summary: 'Delete the recording for good (Aircall takes 10–15 minutes).',
  }),
  defineEndpoint({
    ...callEndpoint,
    id: 'calls.deleteVoicemail',
    method: 'DELETE',
    path: '/api/calls/:callId/voicemail',
    roles: ['admin'],
    response: null,
    status: 204,
    lane: 'interactive',
    summary: 'Delete the voicemail for good.',
  }),
  defineEndpoint({
    id: 'calls.bulkTag',
    method: 'POST',
    path: '/api/calls/bulk/tag',
    body: bulkTagBodySchema,
    response: jobResponseSchema,
    status: 202,
    roles: everyone,
    audit: true,
    lane: 'interactive',
    summary: 'Tag many calls as a job; progress through jobs.get and `job.progress` events.',
  }),
  defineEndpoint({
    id: 'calls.bulkArchive',
    method: 'POST',
    path: '/api/calls/bulk/archive',
    body: bulkArchiveBodySchema,
    response: jobResponseSchema,
    status: 202,
    roles: everyone,
    audit: true,
    lane: 'interactive',
    summary: 'Archive (or, with archived: false, unarchive) many calls as a job.',
  }),
] as const;

import { z } from 'zod';
import { callRowSchema } from './call-row';
import { idSchema, oneOf, unixSecondsSchema } from './common';
import { defineEndpoint, everyone } from './endpoint';
import { jobSchema } from './jobs';
import { availabilitySchema } from './users';

/**
 * Payloads of `GET /api/events` (server-sent events). Each message is
 *   `id: <opaque id>` — send it back as `Last-Event-ID` (EventSource does on reconnect) to resume without gaps;
 *   `event: <type>` — one of `serverEventTypes`;
 *   `data: <JSON of the payload below>`.
 * Comment lines (`: keep-alive`) keep proxies from closing an idle stream.
 */
const eventBase = { at: unixSecondsSchema };

export const serverEventSchema = z.discriminatedUnion('type', [
  /** A call started, rang, was answered, ended, commented, tagged, archived …: its newest row. */
  z.object({ ...eventBase, type: z.literal('call.upserted'), call: callRowSchema }),
  z.object({
    ...eventBase,
    type: z.literal('availability.changed'),
    userId: idSchema,
    availability: availabilitySchema,
  }),
  z.object({ ...eventBase, type: z.literal('job.progress'), job: jobSchema }),
  /**
   * Anything else whose lists should be refetched (a new tag, a renamed team …); id null for "many".
   * `callInsights`: a call's transcript, summary, sentiment, topics or action items arrived (id: the call).
   * `company`: an admin changed the company's settings (time zone, thresholds); id null.
   */
  z.object({
    ...eventBase,
    type: z.literal('resource.changed'),
    resource: oneOf(['tags', 'teams', 'users', 'numbers', 'contacts', 'dialerCampaigns', 'callInsights', 'company']),
    id: idSchema.nullable(),
  }),
  /** The stream could not replay from Last-Event-ID (too old): refetch everything shown. */
  z.object({ ...eventBase, type: z.literal('stream.reset') }),
]);
export type ServerEvent = z.infer<typeof serverEventSchema>;
export type ServerEventType = ServerEvent['type'];
export const serverEventTypes = serverEventSchema.options.map((option) => option.shape.type.value);

export const eventStreamQuerySchema = z.object({
  /** For clients that cannot set the Last-Event-ID header; the header wins when both are present. */
  lastEventId: z.string().min(1).max(128).optional(),
});

export const eventEndpoints = [
  defineEndpoint({
    id: 'events.stream',
    method: 'GET',
    path: '/api/events',
    query: eventStreamQuerySchema,
    response: null,
    contentType: 'text/event-stream',
    status: 200,
    roles: everyone,
    audit: false,
    lane: null,
    summary: 'Server-sent events (`serverEventSchema`): call and availability changes, job progress; resumable.',
  }),
] as const;

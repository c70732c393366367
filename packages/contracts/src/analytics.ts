import { z } from 'zod';
import { missedCallReasonSchema } from './call-row';
import {
  idParamSchema,
  limits,
  namedRefSchema,
  oneOf,
  unixSecondsParamSchema,
  unixSecondsSchema,
  urlSearchSchema,
} from './common';
import { defineEndpoint, supervisors } from './endpoint';
import { availabilitySchema } from './users';

const secondsPerDay = 86_400;

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** IANA name; days and hours are counted in it. */
export const timeZoneSchema = z.string().refine(isTimeZone, 'must be an IANA time zone like Europe/Paris');

const analyticsFilterShape = {
  teamId: idParamSchema.optional(),
  direction: oneOf(['inbound', 'outbound']).optional(),
  timeZone: timeZoneSchema.default('UTC'),
};

/** A date range (both ends, UNIX seconds) within the 3 months Aircall keeps. */
export const analyticsQueryStrictSchema = z
  .object({ ...analyticsFilterShape, from: unixSecondsParamSchema, to: unixSecondsParamSchema })
  .refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['from'] })
  .refine((q) => q.to - q.from <= limits.rangeDays * secondsPerDay, {
    message: `range must be at most ${limits.rangeDays} days (Aircall keeps 3 months)`,
    path: ['from'],
  });
export type AnalyticsQuery = z.infer<typeof analyticsQueryStrictSchema>;
/** In the URL the range may be missing: the page then picks its default (the last 7 days). */
export const analyticsSearchSchema = urlSearchSchema({
  ...analyticsFilterShape,
  from: unixSecondsParamSchema.optional(),
  to: unixSecondsParamSchema.optional(),
});

const count = z.number().int().nonnegative();
const seconds = z.number().int().nonnegative();
/** A calendar day in the query's time zone. */
const dateSchema = z.iso.date();

export const volumeResponseSchema = z.object({
  byDay: z.array(z.object({ date: dateSchema, inbound: count, outbound: count })),
  /** 24 entries, hour 0 to 23 in the query's time zone, summed over the range. */
  byHour: z.array(z.object({ hour: z.number().int().min(0).max(23), inbound: count, outbound: count })),
});
export type VolumeResponse = z.infer<typeof volumeResponseSchema>;

/** Inbound calls by outcome (the calls list's `type` filter counts the same way). */
export const outcomesResponseSchema = z.object({
  total: count,
  answered: count,
  missed: count,
  voicemail: count,
  abandoned: count,
  missedReasons: z.array(z.object({ reason: missedCallReasonSchema, count })),
  byDay: z.array(z.object({ date: dateSchema, answered: count, missed: count })),
});
export type OutcomesResponse = z.infer<typeof outcomesResponseSchema>;

const performanceShape = {
  inbound: count,
  outbound: count,
  answered: count,
  missed: count,
  /** Seconds from answer to end, summed. */
  talkTime: seconds,
  averageTalkTime: seconds,
};
export const agentAnalyticsResponseSchema = z.object({
  agents: z.array(z.object({ user: namedRefSchema, ...performanceShape })),
});
export const teamAnalyticsResponseSchema = z.object({
  teams: z.array(z.object({ team: namedRefSchema, ...performanceShape, averageWaitTime: seconds })),
});

export const talkTimeResponseSchema = z.object({
  total: seconds,
  average: seconds,
  longest: seconds,
  byDay: z.array(z.object({ date: dateSchema, total: seconds, calls: count })),
});
export type TalkTimeResponse = z.infer<typeof talkTimeResponseSchema>;

/** The live monitoring wall, per team and for everyone (team null); "today" is in the query's time zone. */
export const boardQuerySchema = z.object({ timeZone: analyticsFilterShape.timeZone });
export const boardResponseSchema = z.object({
  at: unixSecondsSchema,
  rows: z.array(
    z.object({
      team: namedRefSchema.nullable(),
      waiting: count,
      /** Seconds the longest-waiting caller has been ringing. */
      longestWait: seconds,
      answeredToday: count,
      unansweredToday: count,
      /** unanswered / inbound today, 0 to 1. */
      unansweredShare: z.number().min(0).max(1),
      outboundToday: count,
      agentsByStatus: z.record(availabilitySchema, count),
    }),
  ),
});
export type BoardResponse = z.infer<typeof boardResponseSchema>;

function analyticsEndpoint<const Id extends string, const Path extends `/api/analytics/${string}`, R extends z.ZodType>(
  id: Id,
  path: Path,
  response: R,
  summary: string,
) {
  return defineEndpoint({
    id,
    method: 'GET',
    path,
    query: analyticsQueryStrictSchema,
    response,
    status: 200,
    roles: supervisors,
    audit: false,
    lane: null,
    summary,
  });
}

export const analyticsEndpoints = [
  analyticsEndpoint('analytics.volume', '/api/analytics/volume', volumeResponseSchema, 'Calls by day and by hour.'),
  analyticsEndpoint(
    'analytics.outcomes',
    '/api/analytics/outcomes',
    outcomesResponseSchema,
    'Answered vs missed, and missed reasons.',
  ),
  analyticsEndpoint('analytics.agents', '/api/analytics/agents', agentAnalyticsResponseSchema, 'Figures per agent.'),
  analyticsEndpoint('analytics.teams', '/api/analytics/teams', teamAnalyticsResponseSchema, 'Figures per team.'),
  analyticsEndpoint('analytics.talkTime', '/api/analytics/talk-time', talkTimeResponseSchema, 'Talk time.'),
  defineEndpoint({
    id: 'analytics.board',
    method: 'GET',
    path: '/api/analytics/board',
    query: boardQuerySchema,
    response: boardResponseSchema,
    status: 200,
    roles: supervisors,
    audit: false,
    lane: null,
    summary: 'Live board figures per team; call.upserted and availability.changed events say when to refresh.',
  }),
] as const;

import { z } from 'zod';
import { missedCallReasonSchema } from './call-row';
import {
  idParamSchema,
  idSchema,
  limits,
  namedRefSchema,
  oneOf,
  unixSecondsParamSchema,
  unixSecondsSchema,
  urlSearchSchema,
} from './common';
import { defineEndpoint, supervisors } from './endpoint';
import { availabilitySchema } from './users';
import { boardSpans } from './values';

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
  /** Default: the company's time zone. */
  timeZone: timeZoneSchema.optional(),
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

export type BoardSpan = (typeof boardSpans)[number];

export const boardQuerySchema = z.object({
  span: oneOf(boardSpans).default('today'),
  teamId: idParamSchema.optional(),
  numberId: idParamSchema.optional(),
});
export type BoardQuery = z.infer<typeof boardQuerySchema>;

const share = z.number().min(0).max(1);
/** Calls of the span (and callers waiting now) for one scope: the floor, a team, a number. */
export const liveFiguresSchema = z.object({
  inbound: count,
  outbound: count,
  /** Inbound calls picked up, those going on included. */
  answered: count,
  answeredInTime: count,
  /** Inbound calls over without an answer; short abandons left out when the company says so. */
  unanswered: count,
  abandoned: count,
  shortAbandoned: count,
  /** answeredInTime / (answered + unanswered); null without such calls. */
  serviceLevel: share.nullable(),
  /** Average speed of answer, seconds. */
  asa: seconds.nullable(),
  /** Average handle time: talk time plus the agent's wrap-up time, seconds. */
  aht: seconds.nullable(),
  /** abandoned / (answered + unanswered). */
  abandonRate: share.nullable(),
  /** Inbound callers ringing now. */
  waiting: count,
  /** When the longest-waiting caller's call started (the wait ticks from it); null when nobody waits. */
  longestWaitSince: unixSecondsSchema.nullable(),
});
export type LiveFigures = z.infer<typeof liveFiguresSchema>;

const agentsByStatusSchema = z.record(availabilitySchema, count);

export const boardAgentSchema = z.object({
  user: namedRefSchema,
  availability: availabilitySchema,
  /** When the agent entered that status, UNIX seconds; null when the mirror has not seen it change. */
  availabilitySince: unixSecondsSchema.nullable(),
  /** Calls the agent picked up today, in the company's zone. */
  handledToday: count,
  liveCall: z
    .object({
      id: idSchema,
      direction: oneOf(['inbound', 'outbound']),
      startedAt: unixSecondsSchema,
      answeredAt: unixSecondsSchema.nullable(),
      contactName: z.string().nullable(),
    })
    .nullable(),
  teamIds: z.array(idSchema),
});
export type BoardAgent = z.infer<typeof boardAgentSchema>;

/** The live board: figures over the span in the company's zone with its thresholds, per team, number and agent. */
export const boardResponseSchema = z.object({
  at: unixSecondsSchema,
  /** The span's first second. */
  from: unixSecondsSchema,
  timeZone: z.string(),
  serviceLevelSeconds: z.number().int().positive(),
  excludeShortAbandons: z.boolean(),
  floor: liveFiguresSchema.extend({ agentsByStatus: agentsByStatusSchema }),
  teams: z.array(liveFiguresSchema.extend({ team: namedRefSchema, agentsByStatus: agentsByStatusSchema })),
  numbers: z.array(liveFiguresSchema.extend({ number: namedRefSchema })),
  agents: z.array(boardAgentSchema),
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
    summary:
      'Live board: service level, ASA, AHT, abandon rate, callers waiting, per team, number and agent, over a span in the company’s time zone; call.upserted and availability.changed events say when to refresh.',
  }),
] as const;

import { and, asc, count, desc, eq, gte, lte, type SQL, sql, sum } from 'drizzle-orm';
import type { CallType } from './calls';
import type { Database } from './db';
import { calls, teams, users } from './schema';

export interface AnalyticsRange {
  /** started_at bounds, inclusive, UNIX seconds. */
  from: number;
  to: number;
  /** IANA zone the days and hours are counted in. Default 'UTC'. */
  timeZone?: string;
}

export interface VolumeByDay {
  /** YYYY-MM-DD in the range's time zone. */
  day: string;
  inbound: number;
  outbound: number;
}

export interface VolumeByHour {
  /** 0–23 in the range's time zone, over every day of the range. */
  hour: number;
  inbound: number;
  outbound: number;
}

export interface Outcomes {
  total: number;
  byType: Record<CallType, number>;
  /** Still ringing or going on. */
  ongoing: number;
  missedReasons: { reason: string; count: number }[];
}

export interface Performance {
  calls: number;
  inbound: number;
  outbound: number;
  answered: number;
  /** Missed, voicemail and abandoned. */
  unanswered: number;
  /** Σ (ended_at − answered_at) of answered calls, seconds. */
  talkTimeSeconds: number;
}

export class InvalidTimeZoneError extends Error {
  constructor(timeZone: string) {
    super(`Unknown time zone: ${timeZone}`);
    this.name = 'InvalidTimeZoneError';
  }
}

/**
 * The zone as an SQL literal, not a parameter: GROUP BY must see the very expression the SELECT has, and two
 * parameters never compare equal. Only a name Intl knows gets there, its quotes doubled all the same.
 */
function zoneLiteral(range: AnalyticsRange): SQL {
  const timeZone = range.timeZone ?? 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new InvalidTimeZoneError(timeZone);
  }
  return sql.raw(`'${timeZone.replaceAll("'", "''")}'`);
}

const inRange = (range: AnalyticsRange) => and(gte(calls.startedAt, range.from), lte(calls.startedAt, range.to));
const countWhere = (condition: SQL) => sql<number>`count(*) FILTER (WHERE ${condition})`.mapWith(Number);
const directionCounts = {
  inbound: countWhere(sql`${calls.direction} = 'inbound'`),
  outbound: countWhere(sql`${calls.direction} = 'outbound'`),
};
const performanceColumns = {
  calls: count(),
  ...directionCounts,
  answered: countWhere(sql`${calls.type} = 'answered'`),
  unanswered: countWhere(sql`${calls.type} IN ('missed', 'voicemail', 'abandoned')`),
  talkTimeSeconds: sql<number>`coalesce(${sum(sql`${calls.endedAt} - ${calls.answeredAt}`)}, 0)`.mapWith(Number),
};

/** Aggregates over the mirror; every query is bounded by a started_at range (the calls_started index). */
export function createCallAnalytics(db: Database) {
  const localTime = (range: AnalyticsRange) =>
    sql`(to_timestamp(${calls.startedAt}) AT TIME ZONE ${zoneLiteral(range)})`;

  return {
    async volumeByDay(range: AnalyticsRange): Promise<VolumeByDay[]> {
      const day = sql<string>`to_char(${localTime(range)}, 'YYYY-MM-DD')`;
      return db
        .select({ day, ...directionCounts })
        .from(calls)
        .where(inRange(range))
        .groupBy(day)
        .orderBy(asc(day));
    },

    /** All 24 hours, empty ones included. */
    async volumeByHour(range: AnalyticsRange): Promise<VolumeByHour[]> {
      const hour = sql<number>`extract(hour FROM ${localTime(range)})::int`.mapWith(Number);
      const rows = await db
        .select({ hour, ...directionCounts })
        .from(calls)
        .where(inRange(range))
        .groupBy(hour);
      const byHour = new Map(rows.map((row) => [row.hour, row]));
      return Array.from({ length: 24 }, (_, hour) => byHour.get(hour) ?? { hour, inbound: 0, outbound: 0 });
    },

    async outcomes(range: AnalyticsRange): Promise<Outcomes> {
      const [totals, reasons] = await Promise.all([
        db
          .select({
            total: count(),
            answered: countWhere(sql`${calls.type} = 'answered'`),
            missed: countWhere(sql`${calls.type} = 'missed'`),
            voicemail: countWhere(sql`${calls.type} = 'voicemail'`),
            abandoned: countWhere(sql`${calls.type} = 'abandoned'`),
            ongoing: countWhere(sql`${calls.type} IS NULL`),
          })
          .from(calls)
          .where(inRange(range)),
        db
          .select({ reason: sql<string>`${calls.missedCallReason}`, count: count() })
          .from(calls)
          .where(and(inRange(range), sql`${calls.missedCallReason} IS NOT NULL`))
          .groupBy(calls.missedCallReason)
          .orderBy(desc(count()), asc(calls.missedCallReason)),
      ]);
      const { total = 0, ongoing = 0, answered = 0, missed = 0, voicemail = 0, abandoned = 0 } = totals[0] ?? {};
      return { total, ongoing, byType: { answered, missed, voicemail, abandoned }, missedReasons: reasons };
    },

    /** One row per agent who had a call in the range, busiest first; `name` from the users mirror when known. */
    async perAgent(range: AnalyticsRange): Promise<(Performance & { userId: number; name: string | null })[]> {
      return db
        .select({ userId: sql<number>`${calls.userId}`.mapWith(Number), name: users.name, ...performanceColumns })
        .from(calls)
        .leftJoin(users, eq(users.id, calls.userId))
        .where(and(inRange(range), sql`${calls.userId} IS NOT NULL`))
        .groupBy(calls.userId, users.name)
        .orderBy(desc(count()), asc(calls.userId));
    },

    /** One row per team a call of the range was routed to (a call may count for several teams). */
    async perTeam(range: AnalyticsRange): Promise<(Performance & { teamId: number; name: string | null })[]> {
      const teamId = sql<number>`team_id`.mapWith(Number);
      return db
        .select({ teamId, name: teams.name, ...performanceColumns })
        .from(calls)
        .innerJoin(sql`unnest(${calls.teamIds}) AS team_id`, sql`true`)
        .leftJoin(teams, eq(teams.id, teamId))
        .where(inRange(range))
        .groupBy(teamId, teams.name)
        .orderBy(desc(count()), asc(teamId));
    },
  };
}

export type CallAnalytics = ReturnType<typeof createCallAnalytics>;

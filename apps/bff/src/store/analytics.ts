import { and, asc, count, desc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { Database } from './db';
import { queryRows } from './db';
import { calls, teams, users } from './schema';

export interface AnalyticsQuery {
  /** started_at bounds, inclusive, UNIX seconds. */
  from: number;
  to: number;
  /** IANA zone the days and hours are counted in. Default 'UTC'. */
  timeZone?: string;
  /** Only calls routed to this team. */
  teamId?: number;
  direction?: 'inbound' | 'outbound';
}

export interface Volume {
  /** Every day of the range (YYYY-MM-DD in the zone), empty ones included. */
  byDay: { date: string; inbound: number; outbound: number }[];
  /** 24 entries, hour 0–23 in the zone, summed over the range. */
  byHour: { hour: number; inbound: number; outbound: number }[];
}

/** Inbound calls by outcome; `missed` per day counts every unanswered one (missed, voicemail, abandoned). */
export interface Outcomes {
  total: number;
  answered: number;
  missed: number;
  voicemail: number;
  abandoned: number;
  missedReasons: { reason: string; count: number }[];
  byDay: { date: string; answered: number; missed: number }[];
}

/** Over finished answered calls; seconds from answer to end. */
export interface TalkTime {
  total: number;
  average: number;
  longest: number;
  byDay: { date: string; total: number; calls: number }[];
}

export interface Performance {
  inbound: number;
  outbound: number;
  answered: number;
  /** Inbound calls nobody answered (an outbound call nobody picked up is not one the agent missed). */
  missed: number;
  talkTime: number;
  /** talkTime / answered, rounded. */
  averageTalkTime: number;
  /** Inbound callers' wait, until answered or until they gave up, rounded. */
  averageWaitTime: number;
}

/** Today's calls on the live board: inbound by outcome so far, callers still waiting, outbound. */
export interface BoardCalls {
  inbound: number;
  answered: number;
  /** Inbound calls over without an answer (missed, voicemail, abandoned). */
  unanswered: number;
  /** Inbound calls ringing now. */
  waiting: number;
  /** Seconds the longest-waiting caller has been ringing; 0 when nobody waits. */
  longestWait: number;
  outbound: number;
}

export interface BoardQuery {
  /** UNIX seconds; "today" runs from the midnight of this day in the zone until now. */
  now: number;
  timeZone?: string;
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
function zoneLiteral(timeZone = 'UTC'): SQL {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new InvalidTimeZoneError(timeZone);
  }
  return sql.raw(`'${timeZone.replaceAll("'", "''")}'`);
}

const countWhere = (condition: SQL) => sql<number>`count(*) FILTER (WHERE ${condition})`.mapWith(Number);
const sumOf = (value: SQL) => sql<number>`coalesce(sum(${value}), 0)`.mapWith(Number);
const roundedRatio = (numerator: SQL, denominator: SQL) =>
  sql<number>`coalesce(round(${numerator}::numeric / nullif(${denominator}, 0)), 0)`.mapWith(Number);

const isInbound = sql`${calls.direction} = 'inbound'`;
const isUnanswered = sql`${calls.type} IN ('missed', 'voicemail', 'abandoned')`;
/** Talk time of a finished answered call, else NULL (sums, counts and maxima skip it). */
const talkSeconds = sql`CASE WHEN ${calls.type} = 'answered' THEN ${calls.talkTime} END`;
/** An inbound caller's wait: until answered, or until the call ended unanswered; NULL otherwise. */
const waitSeconds = sql`CASE WHEN ${calls.direction} = 'inbound' THEN
  CASE WHEN ${calls.answeredAt} IS NOT NULL THEN greatest(0, ${calls.answeredAt} - ${calls.startedAt})
       WHEN ${calls.endedAt} IS NOT NULL THEN greatest(0, ${calls.endedAt} - ${calls.startedAt}) END END`;

const isWaiting = sql`${isInbound} AND ${calls.type} IS NULL AND ${calls.status} = 'initial'`;

const directionCounts = {
  inbound: countWhere(isInbound),
  outbound: countWhere(sql`${calls.direction} = 'outbound'`),
};

const performanceColumns = {
  ...directionCounts,
  answered: countWhere(sql`${calls.type} = 'answered'`),
  missed: countWhere(sql`${isInbound} AND ${isUnanswered}`),
  talkTime: sumOf(talkSeconds),
  averageTalkTime: roundedRatio(sql`sum(${talkSeconds})`, sql`count(*) FILTER (WHERE ${calls.type} = 'answered')`),
  averageWaitTime: roundedRatio(sql`sum(${waitSeconds})`, sql`count(${waitSeconds})`),
};

/** Aggregates over the mirror, in SQL; every query is bounded by a started_at range (the calls_started index). */
export function createCallAnalytics(db: Database) {
  const conditions = (query: AnalyticsQuery, ...more: SQL[]) =>
    and(
      gte(calls.startedAt, query.from),
      lte(calls.startedAt, query.to),
      query.direction ? eq(calls.direction, query.direction) : undefined,
      query.teamId === undefined ? undefined : sql`${calls.teamIds} && ARRAY[${query.teamId}::int]`,
      ...more,
    );
  const localDate = (query: AnalyticsQuery) =>
    sql<string>`to_char(to_timestamp(${calls.startedAt}) AT TIME ZONE ${zoneLiteral(query.timeZone)}, 'YYYY-MM-DD')`;

  /** Every local date from the range's first to its last, for charts without holes. */
  async function daysOf(query: AnalyticsQuery): Promise<string[]> {
    const zone = zoneLiteral(query.timeZone);
    const localDay = (seconds: number) => sql`(to_timestamp(${seconds}::bigint) AT TIME ZONE ${zone})::date`;
    const rows = await queryRows<{ date: string }>(
      db,
      sql`SELECT to_char(day, 'YYYY-MM-DD') AS date
          FROM generate_series(${localDay(query.from)}, ${localDay(query.to)}, interval '1 day') AS day`,
    );
    return rows.map((row) => row.date);
  }

  /** Sparse per-day rows spread over every day of the range, zeros where nothing happened. */
  async function everyDay<Row extends { date: string }>(query: AnalyticsQuery, rows: Row[], empty: Omit<Row, 'date'>) {
    const byDate = new Map(rows.map((row) => [row.date, row]));
    return (await daysOf(query)).map((date) => byDate.get(date) ?? ({ ...empty, date } as Row));
  }

  return {
    async volume(query: AnalyticsQuery): Promise<Volume> {
      const date = localDate(query);
      const hour =
        sql<number>`extract(hour FROM to_timestamp(${calls.startedAt}) AT TIME ZONE ${zoneLiteral(query.timeZone)})::int`.mapWith(
          Number,
        );
      const [days, hours] = await Promise.all([
        db
          .select({ date, ...directionCounts })
          .from(calls)
          .where(conditions(query))
          .groupBy(date),
        db
          .select({ hour, ...directionCounts })
          .from(calls)
          .where(conditions(query))
          .groupBy(hour),
      ]);
      const byHour = new Map(hours.map((row) => [row.hour, row]));
      return {
        byDay: await everyDay(query, days, { inbound: 0, outbound: 0 }),
        byHour: Array.from({ length: 24 }, (_, each) => byHour.get(each) ?? { hour: each, inbound: 0, outbound: 0 }),
      };
    },

    async outcomes(query: AnalyticsQuery): Promise<Outcomes> {
      const inboundDone = conditions(query, isInbound, sql`${calls.type} IS NOT NULL`);
      const date = localDate(query);
      const [totals, reasons, days] = await Promise.all([
        db
          .select({
            total: count(),
            answered: countWhere(sql`${calls.type} = 'answered'`),
            missed: countWhere(sql`${calls.type} = 'missed'`),
            voicemail: countWhere(sql`${calls.type} = 'voicemail'`),
            abandoned: countWhere(sql`${calls.type} = 'abandoned'`),
          })
          .from(calls)
          .where(inboundDone),
        db
          .select({ reason: sql<string>`${calls.missedCallReason}`, count: count() })
          .from(calls)
          .where(conditions(query, isInbound, isUnanswered, sql`${calls.missedCallReason} IS NOT NULL`))
          .groupBy(calls.missedCallReason)
          .orderBy(desc(count()), asc(calls.missedCallReason)),
        db
          .select({ date, answered: countWhere(sql`${calls.type} = 'answered'`), missed: countWhere(isUnanswered) })
          .from(calls)
          .where(inboundDone)
          .groupBy(date),
      ]);
      const { total = 0, answered = 0, missed = 0, voicemail = 0, abandoned = 0 } = totals[0] ?? {};
      return {
        total,
        answered,
        missed,
        voicemail,
        abandoned,
        missedReasons: reasons,
        byDay: await everyDay(query, days, { answered: 0, missed: 0 }),
      };
    },

    async talkTime(query: AnalyticsQuery): Promise<TalkTime> {
      const talked = conditions(query, sql`${talkSeconds} IS NOT NULL`);
      const date = localDate(query);
      const [totals, days] = await Promise.all([
        db
          .select({
            total: sumOf(talkSeconds),
            average: roundedRatio(sql`sum(${talkSeconds})`, sql`count(*)`),
            longest: sql<number>`coalesce(max(${talkSeconds}), 0)`.mapWith(Number),
          })
          .from(calls)
          .where(talked),
        db
          .select({ date, total: sumOf(talkSeconds), calls: count() })
          .from(calls)
          .where(talked)
          .groupBy(date),
      ]);
      const { total = 0, average = 0, longest = 0 } = totals[0] ?? {};
      return { total, average, longest, byDay: await everyDay(query, days, { total: 0, calls: 0 }) };
    },

    /**
     * One row per agent with a call in the range, busiest first; the name from the users mirror, else from the
     * calls themselves.
     */
    async perAgent(query: AnalyticsQuery): Promise<(Performance & { userId: number; name: string | null })[]> {
      const name = sql<string | null>`coalesce(${users.name}, max(${calls.data}->'user'->>'name'))`;
      return db
        .select({ userId: sql<number>`${calls.userId}`.mapWith(Number), name, ...performanceColumns })
        .from(calls)
        .leftJoin(users, eq(users.id, calls.userId))
        .where(conditions(query, sql`${calls.userId} IS NOT NULL`))
        .groupBy(calls.userId, users.name)
        .orderBy(desc(count()), asc(calls.userId));
    },

    /**
     * One row per team a call of the range was routed to (a call counts for each of its teams), busiest first; the
     * name from the teams mirror, else from the calls themselves.
     */
    async perTeam(query: AnalyticsQuery): Promise<(Performance & { teamId: number; name: string | null })[]> {
      const teamId = sql<number>`routed.id`.mapWith(Number);
      const name = sql<string | null>`coalesce(${teams.name}, max(routed.name))`;
      return db
        .select({ teamId, name, ...performanceColumns })
        .from(calls)
        .innerJoin(sql`jsonb_to_recordset(${calls.data}->'teams') AS routed(id int, name text)`, sql`true`)
        .leftJoin(teams, eq(teams.id, teamId))
        .where(and(conditions(query), query.teamId === undefined ? undefined : sql`${teamId} = ${query.teamId}`))
        .groupBy(teamId, teams.name)
        .orderBy(desc(count()), asc(teamId));
    },

    /**
     * The live board's call figures since midnight in the zone, for everyone and per team a call of the day was
     * routed to (a call counts for each of its teams).
     */
    async board(query: BoardQuery): Promise<{ everyone: BoardCalls; perTeam: (BoardCalls & { teamId: number })[] }> {
      const zone = zoneLiteral(query.timeZone);
      const midnight = sql`extract(epoch FROM date_trunc('day', to_timestamp(${query.now}::bigint) AT TIME ZONE ${zone})
        AT TIME ZONE ${zone})`;
      const today = and(sql`${calls.startedAt} >= ${midnight}`, lte(calls.startedAt, query.now));
      const columns = {
        ...directionCounts,
        answered: countWhere(sql`${isInbound} AND ${calls.type} = 'answered'`),
        unanswered: countWhere(sql`${isInbound} AND ${isUnanswered}`),
        waiting: countWhere(isWaiting),
        longestWait: sql<number>`coalesce(max(greatest(0, ${query.now}::int - ${calls.startedAt}))
          FILTER (WHERE ${isWaiting}), 0)`.mapWith(Number),
      };
      const teamId = sql<number>`routed.team_id`.mapWith(Number);
      const [everyone, perTeam] = await Promise.all([
        db.select(columns).from(calls).where(today),
        db
          .select({ teamId, ...columns })
          .from(calls)
          .innerJoin(sql`unnest(${calls.teamIds}) AS routed(team_id)`, sql`true`)
          .where(today)
          .groupBy(teamId)
          .orderBy(teamId),
      ]);
      const none = { inbound: 0, outbound: 0, answered: 0, unanswered: 0, waiting: 0, longestWait: 0 };
      return { everyone: everyone[0] ?? none, perTeam };
    },
  };
}

export type CallAnalytics = ReturnType<typeof createCallAnalytics>;

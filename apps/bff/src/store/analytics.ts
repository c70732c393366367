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

/** What the live board counts over a time span (15 min, 1 h, today) and right now, for one scope. */
export interface LiveQuery {
  /** UNIX seconds: calls started from `from` until `now` make up the span. */
  from: number;
  now: number;
  /** An inbound call answered within this many seconds counts toward the service level. */
  serviceLevelSeconds: number;
  /** Leave short abandons (missed_call_reason short_abandoned) out of the service level and the abandon rate. */
  excludeShortAbandons: boolean;
  teamId?: number;
  numberId?: number;
}

/**
 * The live board's figures. Shares are of the inbound calls of the span that have an outcome (answered, or over
 * without an answer), short abandons left out when the company says so; null when there is none.
 */
export interface LiveFigures {
  inbound: number;
  outbound: number;
  /** Inbound calls picked up (those going on included). */
  answered: number;
  answeredInTime: number;
  /** Inbound calls over without an answer (missed, voicemail, abandoned), short abandons left out when asked. */
  unanswered: number;
  abandoned: number;
  shortAbandoned: number;
  /** answeredInTime / (answered + unanswered). */
  serviceLevel: number | null;
  /** Average speed of answer: seconds from start to answer of the answered inbound calls, rounded. */
  asa: number | null;
  /**
   * Average handle time of the span's finished answered calls (both directions): talk time plus the agent's wrap-up
   * time. Aircall reports no wrap-up per call; it holds the agent in after-call work for their wrap-up setting.
   */
  aht: number | null;
  abandonRate: number | null;
  /** Inbound callers ringing now (the span does not matter). */
  waiting: number;
  /** When the longest-waiting caller's call started, UNIX seconds; null when nobody waits. */
  longestWaitSince: number | null;
}

/** An agent's calls on the board: handled since `since` and the call they are on now. */
export interface AgentCalls {
  userId: number;
  handled: number;
  liveCall: {
    id: number;
    direction: 'inbound' | 'outbound';
    startedAt: number;
    answeredAt: number | null;
    contactName: string | null;
  } | null;
}

/** A caller ringing longer than this is a call Aircall lost track of, not one waiting. */
const waitingHorizonSeconds = 86_400;

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

const isShortAbandon = sql`${calls.type} IS NOT NULL AND ${calls.answeredAt} IS NULL
  AND ${calls.missedCallReason} IS NOT DISTINCT FROM 'short_abandoned'`;

/** The live board's sums; `withShares` turns them into its figures. */
function liveColumns(query: LiveQuery) {
  const inSpan = sql`${calls.startedAt} >= ${query.from}`;
  const spanCount = (condition: SQL) => countWhere(sql`${inSpan} AND ${condition}`);
  const counted = query.excludeShortAbandons ? sql`NOT (${isShortAbandon})` : sql`true`;
  const answeredInbound = sql`${isInbound} AND ${calls.answeredAt} IS NOT NULL`;
  const speedOfAnswer = sql`CASE WHEN ${inSpan} AND ${answeredInbound} THEN ${calls.answeredAt} - ${calls.startedAt} END`;
  const wrapUp = sql`coalesce((${users.data}->>'wrap_up_time')::int, 0)`;
  const handleTime = sql`CASE WHEN ${inSpan} AND ${calls.type} = 'answered' THEN ${calls.talkTime} + ${wrapUp} END`;
  return {
    inbound: spanCount(isInbound),
    outbound: spanCount(sql`${calls.direction} = 'outbound'`),
    answered: spanCount(answeredInbound),
    answeredInTime: spanCount(
      sql`${answeredInbound} AND ${calls.answeredAt} - ${calls.startedAt} <= ${query.serviceLevelSeconds}`,
    ),
    unanswered: spanCount(sql`${isInbound} AND ${isUnanswered} AND ${calls.answeredAt} IS NULL AND ${counted}`),
    abandoned: spanCount(sql`${isInbound} AND ${calls.type} = 'abandoned' AND ${counted}`),
    shortAbandoned: spanCount(sql`${isInbound} AND ${isShortAbandon}`),
    asa: sql<number | null>`round(avg(${speedOfAnswer}))::int`,
    aht: sql<number | null>`round(avg(${handleTime}))::int`,
    waiting: countWhere(isWaiting),
    longestWaitSince: sql<number | null>`min(${calls.startedAt}) FILTER (WHERE ${isWaiting})`,
  };
}

type LiveCounts = Omit<LiveFigures, 'serviceLevel' | 'abandonRate'>;

/** The figures of a scope without a call. */
export const noLiveFigures: LiveFigures = {
  inbound: 0,
  outbound: 0,
  answered: 0,
  answeredInTime: 0,
  unanswered: 0,
  abandoned: 0,
  shortAbandoned: 0,
  asa: null,
  aht: null,
  waiting: 0,
  longestWaitSince: null,
  serviceLevel: null,
  abandonRate: null,
};

/** Drivers answer int8 and numeric as strings or numbers: every figure is read as a number (or null). */
function withShares<Row extends LiveCounts>(row: Row): Row & LiveFigures {
  const number = (value: unknown) => (value === null || value === undefined ? null : Number(value));
  const figures = Object.fromEntries(Object.entries(row).map(([key, value]) => [key, number(value)])) as Row;
  const outcomes = figures.answered + figures.unanswered;
  return {
    ...figures,
    serviceLevel: outcomes === 0 ? null : figures.answeredInTime / outcomes,
    abandonRate: outcomes === 0 ? null : figures.abandoned / outcomes,
  };
}

/** Aggregates over the mirror, in SQL; every query is bounded by a started_at range (the calls_started index). */
export function createCallAnalytics(db: Database) {
  const conditions = (query: AnalyticsQuery, ...more: SQL[]) =>
    and(
      gte(calls.startedAt, query.from),
      lte(calls.startedAt, query.to),
      query.direction ? eq(calls.direction, query.direction) : undefined,
      query.teamId === undefined ? undefined : sql`${calls.teamIds} && ARRAY[${query.teamId}::bigint]`,
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

    /** Midnight of `now`'s day in the zone, UNIX seconds (a daylight-saving change included). */
    async startOfDay(now: number, timeZone?: string): Promise<number> {
      const zone = zoneLiteral(timeZone);
      const [row] = await queryRows<{ midnight: number }>(
        db,
        sql`SELECT extract(epoch FROM date_trunc('day', to_timestamp(${now}::bigint) AT TIME ZONE ${zone})
          AT TIME ZONE ${zone})::bigint::int AS midnight`,
      );
      return Number(row?.midnight);
    },

    /** The live board's figures for the whole scope, per team a call went to and per number it came in on. */
    async live(query: LiveQuery): Promise<{
      everyone: LiveFigures;
      perTeam: (LiveFigures & { teamId: number })[];
      perNumber: (LiveFigures & { numberId: number })[];
    }> {
      const columns = liveColumns(query);
      const scope = and(
        gte(calls.startedAt, Math.min(query.from, query.now - waitingHorizonSeconds)),
        lte(calls.startedAt, query.now),
        query.teamId === undefined ? undefined : sql`${calls.teamIds} && ARRAY[${query.teamId}::bigint]`,
        query.numberId === undefined ? undefined : eq(calls.numberId, query.numberId),
      );
      const teamId = sql<number>`routed.team_id`.mapWith(Number);
      const numberId = sql<number>`${calls.numberId}`.mapWith(Number);
      const [everyone, perTeam, perNumber] = await Promise.all([
        db.select(columns).from(calls).leftJoin(users, eq(users.id, calls.userId)).where(scope),
        db
          .select({ teamId, ...columns })
          .from(calls)
          .innerJoin(sql`unnest(${calls.teamIds}) AS routed(team_id)`, sql`true`)
          .leftJoin(users, eq(users.id, calls.userId))
          .where(and(scope, query.teamId === undefined ? undefined : sql`routed.team_id = ${query.teamId}`))
          .groupBy(teamId)
          .orderBy(teamId),
        db
          .select({ numberId, ...columns })
          .from(calls)
          .leftJoin(users, eq(users.id, calls.userId))
          .where(and(scope, sql`${calls.numberId} IS NOT NULL`))
          .groupBy(calls.numberId)
          .orderBy(calls.numberId),
      ]);
      return {
        everyone: everyone[0] ? withShares(everyone[0]) : noLiveFigures,
        perTeam: perTeam.map(withShares),
        perNumber: perNumber.map(withShares),
      };
    },

    /** Per agent with a call since `since` or on one now: calls answered since then, and the call going on. */
    async agents(query: { since: number; now: number }): Promise<AgentCalls[]> {
      const onCall = sql`${calls.status} = 'answered'`;
      const rows = await db
        .select({
          userId: sql<number>`${calls.userId}`.mapWith(Number),
          handled: countWhere(sql`${calls.startedAt} >= ${query.since} AND ${calls.answeredAt} IS NOT NULL`),
          liveCall: sql<AgentCalls['liveCall']>`(array_agg(json_build_object(
              'id', ${calls.id}, 'direction', ${calls.direction}, 'startedAt', ${calls.startedAt},
              'answeredAt', ${calls.answeredAt}, 'contactName', ${calls.contactName})
            ORDER BY ${calls.startedAt} DESC) FILTER (WHERE ${onCall}))[1]`,
        })
        .from(calls)
        .where(
          and(
            sql`${calls.userId} IS NOT NULL`,
            gte(calls.startedAt, Math.min(query.since, query.now - waitingHorizonSeconds)),
            lte(calls.startedAt, query.now),
          ),
        )
        .groupBy(calls.userId)
        .orderBy(calls.userId);
      return rows.map((row) => ({ ...row, liveCall: row.liveCall ?? null }));
    },
  };
}

export type CallAnalytics = ReturnType<typeof createCallAnalytics>;

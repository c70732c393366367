import type { Call } from '@switchboard/aircall';
import { and, asc, count, desc, eq, gte, inArray, like, lte, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { cursorCodec, cursorValues, InvalidCursorError } from '../cursor';
import type { CachedTable, CacheVersions } from './cache-versions';
import { hasTopic, relevance, sentimentIs, textMatch } from './call-search';
import type { Database } from './db';
import { cacheVersions, callEvents, calls, type SentimentValue } from './schema';
import { containsPattern, excludedColumns, lastByKey, rowsAsJson } from './sql-helpers';

export type CallType = NonNullable<(typeof calls.$inferSelect)['type']>;

/** Missed-call reasons that mean the caller hung up before anyone could answer. */
const abandonedReasons = new Set(['short_abandoned', 'abandoned_in_ivr', 'abandoned_in_classic']);
/** How far along a call is: a stored state is only replaced by one at least as far (then at least as recent). */
export const callStatusRank: Record<Call['status'], number> = { initial: 0, answered: 1, done: 2 };

/** What a finished call was, for filters and analytics; null while it rings or goes on. */
export function deriveCallType(call: Call): CallType | null {
  if (call.status !== 'done') return null;
  if (call.answered_at !== null) return 'answered';
  if (call.direction === 'inbound' && (call.voicemail ?? call.asset) !== null) return 'voicemail';
  if (call.missed_call_reason !== null && abandonedReasons.has(call.missed_call_reason)) return 'abandoned';
  return 'missed';
}

/** Seconds from answer to end of a finished answered call (Aircall's "talking time"); null otherwise. */
export function talkTimeOf(call: Call): number | null {
  if (call.status !== 'done' || call.answered_at === null || call.ended_at === null) return null;
  return Math.max(0, call.ended_at - call.answered_at);
}

export const onlyDigits = (text: string) => text.replace(/\D/g, '');

function contactName(call: Call): string | null {
  const contact = call.contact;
  const fromContact = contact
    ? [contact.first_name, contact.last_name].filter(Boolean).join(' ') || contact.company_name
    : undefined;
  const fromParticipants = call.participants?.find((participant) => participant.type === 'contact')?.name;
  return fromContact || fromParticipants || null;
}

/** The indexed columns of a call, all derived from its JSON. */
export function callColumns(call: Call, sourceUpdatedAt: number): typeof calls.$inferInsert {
  const name = contactName(call);
  return {
    id: call.id,
    data: call,
    direction: call.direction,
    status: call.status,
    statusRank: callStatusRank[call.status],
    type: deriveCallType(call),
    missedCallReason: call.missed_call_reason,
    userId: call.user?.id ?? null,
    numberId: call.number?.id ?? null,
    teamIds: call.teams.map((team) => team.id),
    tagIds: call.tags.map((tag) => tag.id),
    archived: call.archived,
    startedAt: call.started_at,
    answeredAt: call.answered_at,
    endedAt: call.ended_at,
    duration: call.duration,
    talkTime: talkTimeOf(call) ?? 0,
    digits: onlyDigits(call.raw_digits),
    contactName: name,
    searchText: [name ?? '', ...call.comments.map((comment) => comment.content)].join('\n').toLowerCase(),
    sourceUpdatedAt,
  };
}

/** `relevance` needs `text`: how well each call matches it (see call-search.ts). */
export type CallSort = 'started_at' | 'duration' | 'talk_time' | 'relevance';

export interface CallListQuery {
  direction?: Call['direction'];
  types?: CallType[];
  missedReasons?: string[];
  /** Agents (Aircall user ids). */
  userIds?: number[];
  teamIds?: number[];
  numberIds?: number[];
  tagIds?: number[];
  /** 'any' (default): at least one of tagIds; 'all': every one. */
  tagMatch?: 'any' | 'all';
  archived?: boolean;
  /** started_at bounds, inclusive, UNIX seconds. */
  from?: number;
  to?: number;
  /** duration bounds, inclusive, seconds. */
  minDuration?: number;
  maxDuration?: number;
  /** Digits the external number contains (anything else in the text is ignored). */
  phone?: string;
  /** Text the contact's name or a comment contains (case-insensitive), or words the transcript says (stemmed). */
  text?: string;
  /** The overall sentiment of the call's conversation. */
  sentiment?: SentimentValue;
  /** A topic the call's conversation was about (case-insensitive). */
  topic?: string;
  sort?: CallSort;
  order?: 'asc' | 'desc';
  perPage: number;
  /** Offset pagination (1-based); ignored when `cursor` is given. */
  page?: number;
  /** Keyset pagination: the `nextCursor` of the previous page, for the same sort and order. */
  cursor?: string;
  /** Counting every match costs a second query; off for infinite scrolling. Default true. */
  withTotal?: boolean;
}

export interface CallListPage {
  calls: Call[];
  /** null when `withTotal` was false. */
  total: number | null;
  hasNextPage: boolean;
  /** Continues after the last row of this page; null on the last page. */
  nextCursor: string | null;
}

/** A relevance rank is a float4 (real): 0, or between the smallest normal float4 and the largest (as PostgreSQL reads it). */
const rankValue = z
  .number()
  .max(3.4028234663852886e38)
  .refine((value) => value === 0 || value >= 1.1754943508222875e-38);

/** The last row of a page: its sort, order, sort value and id, for the keyset comparison of the next page. */
const callCursor = cursorCodec(
  z.union([
    z.tuple([
      z.enum(['started_at', 'duration', 'talk_time']),
      cursorValues.order,
      cursorValues.seconds,
      cursorValues.aircallId,
    ]),
    z.tuple([z.literal('relevance'), cursorValues.order, rankValue, cursorValues.aircallId]),
  ]),
);

function decodeCursor(cursor: string, sort: CallSort, order: 'asc' | 'desc') {
  const [cursorSort, cursorOrder, value, id] = callCursor.decode(cursor);
  if (cursorSort !== sort || cursorOrder !== order) throw new InvalidCursorError();
  return { value, id };
}

/** What each sort orders by; a call going on has no duration yet and sorts as 0 (calls_duration_idx). */
const sortColumns = {
  started_at: calls.startedAt,
  duration: sql<number>`coalesce(${calls.duration}, 0)`.mapWith(Number),
  talk_time: calls.talkTime,
} as const;

function sortExpression(sort: CallSort, text: string | undefined) {
  if (sort !== 'relevance') return { column: sortColumns[sort], type: sql`int` };
  if (!text) throw new InvalidSortError();
  return { column: relevance(text), type: sql`real` };
}

export class InvalidSortError extends Error {
  constructor() {
    super('Sorting by relevance needs a text to match');
    this.name = 'InvalidSortError';
  }
}

function filterConditions(query: CallListQuery): SQL[] {
  const conditions: SQL[] = [];
  const nonEmpty = <T>(values: T[] | undefined): values is T[] => values !== undefined && values.length > 0;
  if (query.direction) conditions.push(eq(calls.direction, query.direction));
  if (nonEmpty(query.types)) conditions.push(inArray(calls.type, query.types));
  if (nonEmpty(query.missedReasons)) conditions.push(inArray(calls.missedCallReason, query.missedReasons));
  if (nonEmpty(query.userIds)) conditions.push(inArray(calls.userId, query.userIds));
  if (nonEmpty(query.numberIds)) conditions.push(inArray(calls.numberId, query.numberIds));
  if (nonEmpty(query.teamIds)) conditions.push(sql`${calls.teamIds} && ${idArray(query.teamIds)}`);
  if (nonEmpty(query.tagIds)) {
    const operator = query.tagMatch === 'all' ? sql`@>` : sql`&&`;
    conditions.push(sql`${calls.tagIds} ${operator} ${idArray(query.tagIds)}`);
  }
  if (query.archived !== undefined) conditions.push(eq(calls.archived, query.archived));
  if (query.from !== undefined) conditions.push(gte(calls.startedAt, query.from));
  if (query.minDuration !== undefined) conditions.push(gte(calls.duration, query.minDuration));
  if (query.maxDuration !== undefined) conditions.push(lte(calls.duration, query.maxDuration));
  if (query.to !== undefined) conditions.push(lte(calls.startedAt, query.to));
  const digits = query.phone === undefined ? '' : onlyDigits(query.phone);
  if (digits) conditions.push(like(calls.digits, containsPattern(digits)));
  const text = query.text?.trim();
  if (text) conditions.push(textMatch(text));
  if (query.sentiment) conditions.push(sentimentIs(query.sentiment));
  if (query.topic?.trim()) conditions.push(hasTopic(query.topic));
  return conditions;
}

/** A cached table's version, read in the snapshot of the query it is part of. */
const versionOf = (table: CachedTable) =>
  sql<number>`(SELECT ${cacheVersions.version} FROM ${cacheVersions} WHERE ${cacheVersions.name} = ${table})`.mapWith(
    Number,
  );

/** Filters whose count is remembered; the least recently counted is forgotten first. */
const maxCachedCounts = 1_000;
/** Pages remembered (about 30 kB each); the least recently served is forgotten first. */
const maxCachedPages = 200;

/** A query's own SQL and parameters (and what else shapes its answer): every filter is part of the key. */
function queryKey(query: { toSQL(): { sql: string; params: unknown[] } }, ...shape: unknown[]): string {
  const { sql: text, params } = query.toSQL();
  return JSON.stringify([text, params, ...shape]);
}

/** Remembers `value` as the most recent entry of a bounded cache, forgetting the oldest when full. */
function remember<Value>(cache: Map<string, Value>, limit: number, key: string, value: Value): void {
  cache.delete(key);
  if (cache.size >= limit) cache.delete(cache.keys().next().value as string);
  cache.set(key, value);
}

/** An int[] parameter both drivers accept. */
const idArray = (values: number[]) => sql`${`{${values.map((value) => Math.trunc(value)).join(',')}}`}::bigint[]`;

/**
 * The mirror's calls.
 *
 * Counting: the exact count of a filter costs a scan of every match (tens of ms over 100,000 calls) where the page
 * costs under one. So counts are cached per filter, each labelled with the `calls` version (bumped by a trigger on
 * every write to the table, whoever makes it) read in the same snapshot as the count. Every page query reads the
 * current version too, in its own snapshot, at no extra round trip: a cached count is served only while no write
 * has happened since it was taken, so a write is visible in the total of the very next list, on every instance.
 *
 * Pages: the same pages are asked for again and again (a floor of agents on the same filters). A page is remembered
 * with the version its own snapshot read; asked again, one probe of the current version (a primary-key read, no
 * planning of the page's query, no rows to send and parse) says whether it may be served as it is.
 */
export function createCallsRepository(db: Database, versions: CacheVersions) {
  const counts = new Map<string, { version: number; total: number }>();
  const pages = new Map<string, { version: number; page: CallListPage }>();

  /** The versions of the calls and their tags now; heard by every cache of this instance. */
  async function currentVersions(): Promise<Record<'calls' | 'tags', number>> {
    const [row] = await db
      .select({ calls: versionOf('calls'), tags: versionOf('tags') })
      .from(sql`(VALUES (1)) AS now`);
    const current = { calls: row?.calls ?? 0, tags: row?.tags ?? 0 };
    versions.observe('calls', current.calls);
    versions.observe('tags', current.tags);
    return current;
  }

  const countQuery = (filters: SQL[]) =>
    db
      .select({ total: count(), version: versionOf('calls') })
      .from(calls)
      .where(and(...filters));

  /** The count's own SQL and parameters: every filter, present or future, is part of the key by construction. */
  const countKey = (filters: SQL[]) => queryKey(countQuery(filters));

  async function countMatches(key: string, filters: SQL[]): Promise<number> {
    const [row] = await countQuery(filters);
    const total = row?.total ?? 0;
    remember(counts, maxCachedCounts, key, { version: row?.version ?? 0, total });
    return total;
  }

  /**
   * Inserts or refreshes calls. A stored call is replaced only by a state at least as far along (initial →
   * answered → done) and at least as recent: a late or replayed event never undoes a newer one. Answers the ids
   * that were written.
   */
  async function upsertMany(items: { call: Call; sourceUpdatedAt: number }[]): Promise<number[]> {
    if (items.length === 0) return [];
    const rows = lastByKey(items, (item) => item.call.id).map((item) => callColumns(item.call, item.sourceUpdatedAt));
    const written = await db
      .insert(calls)
      .select(rowsAsJson(calls, rows))
      .onConflictDoUpdate({
        target: calls.id,
        set: excludedColumns(calls, calls.id),
        setWhere: sql`(excluded.status_rank, excluded.source_updated_at) >= (${calls.statusRank}, ${calls.sourceUpdatedAt})`,
      })
      .returning({ id: calls.id });
    return written.map((row) => row.id);
  }

  return {
    upsertMany,

    /** Answers whether this state was written (false: the mirror already held a newer one). */
    async upsert(call: Call, sourceUpdatedAt: number): Promise<boolean> {
      return (await upsertMany([{ call, sourceUpdatedAt }])).length === 1;
    },

    async get(id: number): Promise<Call | undefined> {
      const [row] = await db.select({ data: calls.data }).from(calls).where(eq(calls.id, id));
      return row?.data;
    },

    /**
     * Edits the stored call without making it newer, so the next webhook or sync read of the call replaces the edit
     * as usual (a change made here whose full result Aircall sends later). Answers the edited call, or undefined
     * when the call is not mirrored.
     */
    async amend(id: number, edit: (call: Call) => Call): Promise<Call | undefined> {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .select({ data: calls.data, version: calls.sourceUpdatedAt })
          .from(calls)
          .where(eq(calls.id, id))
          .for('update');
        if (!row) return undefined;
        const { id: _id, ...columns } = callColumns(edit(row.data), row.version);
        await tx.update(calls).set(columns).where(eq(calls.id, id));
        return columns.data;
      });
    },

    async delete(id: number): Promise<boolean> {
      return (await db.delete(calls).where(eq(calls.id, id)).returning({ id: calls.id })).length > 0;
    },

    async count(): Promise<number> {
      return db.$count(calls);
    },

    /**
     * Refreshes the planner's statistics (PGlite has no autovacuum) and the visibility map that lets counts read
     * only the index. Run after a bulk load or a backfill.
     */
    async refreshStatistics(): Promise<void> {
      await db.execute(sql`VACUUM (ANALYZE) ${calls}`);
    },

    async list(query: CallListQuery): Promise<CallListPage> {
      const sort = query.sort ?? 'started_at';
      const order = query.order ?? 'desc';
      const perPage = Math.max(1, Math.trunc(query.perPage));
      const { column: sortColumn, type: sortType } = sortExpression(sort, query.text?.trim());
      const filters = filterConditions(query);
      const conditions = [...filters];
      if (query.cursor !== undefined) {
        const position = decodeCursor(query.cursor, sort, order);
        const comparison = order === 'desc' ? sql`<` : sql`>`;
        conditions.push(
          sql`(${sortColumn}, ${calls.id}) ${comparison} (${position.value}::${sortType}, ${position.id}::bigint)`,
        );
      }
      const direction = order === 'desc' ? desc : asc;
      const offset = query.cursor === undefined ? (Math.max(1, Math.trunc(query.page ?? 1)) - 1) * perPage : 0;
      const key = query.withTotal === false ? undefined : countKey(filters);
      const pageQuery = db
        .select({
          data: calls.data,
          sortValue: sortColumn,
          id: calls.id,
          callsVersion: versionOf('calls'),
          tagsVersion: versionOf('tags'),
        })
        .from(calls)
        .where(and(...conditions))
        .orderBy(direction(sortColumn), direction(calls.id))
        .limit(perPage + 1)
        .offset(offset);
      const pageKey = queryKey(pageQuery, key !== undefined);
      const remembered = pages.get(pageKey);
      if (remembered && (await currentVersions()).calls === remembered.version) {
        pages.delete(pageKey);
        pages.set(pageKey, remembered);
        return { ...remembered.page };
      }
      const cached = key === undefined ? undefined : counts.get(key);
      const [rows, uncachedTotal] = await Promise.all([
        pageQuery,
        // Never counted: count beside the page rather than after it.
        key !== undefined && cached === undefined ? countMatches(key, filters) : null,
      ]);
      const first = rows[0];
      if (first) {
        versions.observe('calls', first.callsVersion);
        versions.observe('tags', first.tagsVersion);
      }
      let total = uncachedTotal;
      if (key !== undefined && cached !== undefined) {
        // An empty page says nothing of the version: count again (cheap, the filter matched little or the page is past the end).
        total = first && cached.version >= first.callsVersion ? cached.total : await countMatches(key, filters);
      }
      const hasNextPage = rows.length > perPage;
      const page = rows.slice(0, perPage);
      const last = page.at(-1);
      const answer: CallListPage = {
        calls: page.map((row) => row.data),
        total,
        hasNextPage,
        nextCursor: hasNextPage && last ? callCursor.encode([sort, order, last.sortValue, last.id]) : null,
      };
      // An empty page says nothing of the version: not remembered.
      if (first) remember(pages, maxCachedPages, pageKey, { version: first.callsVersion, page: answer });
      return { ...answer };
    },
  };
}

export type CallsRepository = ReturnType<typeof createCallsRepository>;

export interface CallEventInput {
  callId: number;
  /** Aircall's event name, e.g. 'call.answered'. */
  event: string;
  /** UNIX seconds, Aircall's event timestamp. */
  at: number;
  /** A few fields worth showing on the timeline (who, to whom, which tag); never a whole phone number. */
  summary?: Record<string, unknown>;
}

export type CallEvent = typeof callEvents.$inferSelect;

/** A call's timeline; the same event delivered twice is stored once. */
export function createCallEventsRepository(db: Database) {
  /** One statement for many; answers how many were new. */
  async function recordMany(inputs: CallEventInput[]): Promise<number> {
    if (inputs.length === 0) return 0;
    const inserted = await db
      .insert(callEvents)
      .values(inputs.map((input) => ({ ...input, summary: input.summary ?? {} })))
      .onConflictDoNothing()
      .returning({ id: callEvents.id });
    return inserted.length;
  }
  return {
    record: async (input: CallEventInput): Promise<boolean> => (await recordMany([input])) > 0,
    recordMany,

    async list(callId: number): Promise<CallEvent[]> {
      return db
        .select()
        .from(callEvents)
        .where(eq(callEvents.callId, callId))
        .orderBy(asc(callEvents.at), asc(callEvents.id));
    },
  };
}

export type CallEventsRepository = ReturnType<typeof createCallEventsRepository>;

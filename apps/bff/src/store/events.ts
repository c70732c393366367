import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { asc, eq, gt, lt, sql } from 'drizzle-orm';
import pg from 'pg';
import { type CacheVersions, cacheChannel } from './cache-versions';
import { advisoryLocks, type Database } from './db';
import { events } from './schema';
import { storableJson } from './storable';
import type { StoreClock } from './time';

/** A change worth telling the consoles about (call updated, availability changed, job progressed…). */
export interface LiveEvent<Data = unknown> {
  /** Grows with every event: the SSE id a client resumes from (Last-Event-ID). */
  id: number;
  type: string;
  data: Data;
  at: Date;
}

export type LiveEventListener = (event: LiveEvent) => void;

export interface EventBus {
  /** Stores the event and tells every subscriber of every instance on the database. */
  publish(event: { type: string; data: unknown }): Promise<LiveEvent>;
  /** `publish` for many, in order, in one transaction. */
  publishMany(events: { type: string; data: unknown }[]): Promise<LiveEvent[]>;
  /** Answers the unsubscribe function. */
  subscribe(listener: LiveEventListener): () => void;
  /** Events after `lastId`, oldest first: what a reconnecting client missed. */
  since(lastId: number, limit?: number): Promise<LiveEvent[]>;
  /** Deletes events older than `olderThanMs`; answers how many. */
  prune(olderThanMs: number): Promise<number>;
  close(): Promise<void>;
}

const channel = 'switchboard_events';
/** NOTIFY payloads must stay under 8000 bytes; bigger events travel as their id and are read back. */
const maxInlinePayloadBytes = 7_000;

type StoredEvent = typeof events.$inferSelect;
const toLiveEvent = (row: StoredEvent): LiveEvent => ({ id: row.id, type: row.type, data: row.data, at: row.at });

function createEventLog(db: Database, clock: StoreClock) {
  return {
    insert: async (executor: Database, batch: { type: string; data: unknown }[]) => {
      if (batch.length === 0) return [];
      const at = clock.date();
      const rows = await executor
        .insert(events)
        // As JSON text: drizzle would turn a JS null into SQL NULL, and `data: null` is a valid event.
        .values(batch.map((event) => ({ type: event.type, data: sql`${storableJson(event.data ?? null)}::jsonb`, at })))
        .returning();
      if (rows.length !== batch.length) throw new Error('event insert returned fewer rows');
      return rows.sort((a, b) => a.id - b.id).map(toLiveEvent);
    },
    async get(id: number): Promise<LiveEvent | undefined> {
      const [row] = await db.select().from(events).where(eq(events.id, id));
      return row && toLiveEvent(row);
    },
    async latestId(): Promise<number> {
      const [row] = await db.select({ id: sql<number>`coalesce(max(${events.id}), 0)`.mapWith(Number) }).from(events);
      return row?.id ?? 0;
    },
    async since(lastId: number, limit = 500): Promise<LiveEvent[]> {
      const rows = await db.select().from(events).where(gt(events.id, lastId)).orderBy(asc(events.id)).limit(limit);
      return rows.map(toLiveEvent);
    },
    async prune(olderThanMs: number): Promise<number> {
      const deleted = await db
        .delete(events)
        .where(lt(events.at, new Date(clock.now() - olderThanMs)))
        .returning({ id: events.id });
      return deleted.length;
    },
  };
}

/** Calls every listener; one that throws is reported and does not keep the others from hearing. */
function fanOut(emitter: EventEmitter, onError: (error: unknown) => void) {
  return {
    subscribe(listener: LiveEventListener) {
      const safe = (event: LiveEvent) => {
        try {
          listener(event);
        } catch (error) {
          onError(error);
        }
      };
      emitter.on('event', safe);
      return () => void emitter.off('event', safe);
    },
    deliver: (event: LiveEvent) => emitter.emit('event', event),
  };
}

/** PGlite serves one process: an in-process emitter is the whole fan-out. */
export function createLocalEventBus(db: Database, clock: StoreClock, onError: (error: unknown) => void): EventBus {
  const log = createEventLog(db, clock);
  const emitter = new EventEmitter().setMaxListeners(0);
  const { subscribe, deliver } = fanOut(emitter, onError);
  async function publishMany(batch: { type: string; data: unknown }[]) {
    const stored = await log.insert(db, batch);
    for (const event of stored) deliver(event);
    return stored;
  }
  return {
    publish: async (event) => (await publishMany([event]))[0] as LiveEvent,
    publishMany,
    subscribe,
    since: log.since,
    prune: log.prune,
    async close() {
      emitter.removeAllListeners();
    },
  };
}

/**
 * PostgreSQL: every instance LISTENs on one channel over a connection of its own, and publishing NOTIFYs in the
 * transaction that stores the event, so the notice leaves only once the event can be read. A lost LISTEN
 * connection is re-opened, and what was published meanwhile is replayed from the table.
 */
export async function createPostgresEventBus(
  db: Database,
  clock: StoreClock,
  connectionString: string,
  onError: (error: unknown) => void,
  /** Also heard on the LISTEN connection: cached tables' new versions (see cache-versions.ts). */
  caches: CacheVersions,
): Promise<EventBus> {
  const log = createEventLog(db, clock);
  const emitter = new EventEmitter().setMaxListeners(0);
  const { subscribe, deliver } = fanOut(emitter, onError);
  let lastDeliveredId = 0;
  let listener: pg.Client | undefined;
  const closing = new AbortController();

  const deliverTracked = (event: LiveEvent) => {
    lastDeliveredId = Math.max(lastDeliveredId, event.id);
    deliver(event);
  };

  async function onNotification(payload: string | undefined) {
    if (!payload) return;
    const notice = JSON.parse(payload) as { id: number } | (Omit<LiveEvent, 'at'> & { at: string });
    const event = 'type' in notice ? { ...notice, at: new Date(notice.at) } : await log.get(notice.id);
    if (event) deliverTracked(event);
  }

  async function connect(): Promise<void> {
    const client = new pg.Client({ connectionString });
    client.on('notification', (message) => {
      if (message.channel === cacheChannel) caches.onNotice(message.payload ?? '');
      else onNotification(message.payload).catch(onError);
    });
    client.on('error', (error) => {
      onError(error);
      lost(client);
    });
    client.on('end', () => lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${channel}; LISTEN ${cacheChannel}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    listener = client;
  }

  function lost(client: pg.Client) {
    if (closing.signal.aborted || listener !== client) return;
    listener = undefined;
    client.end().catch(() => undefined);
    void reconnect();
  }

  async function reconnect(): Promise<void> {
    for (let delayMs = 500; !closing.signal.aborted; delayMs = Math.min(delayMs * 2, 10_000)) {
      await sleep(delayMs, undefined, { signal: closing.signal }).catch(() => undefined);
      if (closing.signal.aborted) return;
      try {
        await connect();
        caches.forgetAll(); // what changed while deaf is unknown
        for (const event of await log.since(lastDeliveredId)) deliverTracked(event);
        return;
      } catch (error) {
        onError(error);
      }
    }
  }

  await connect();
  // A reconnect replays only what was published while this instance was deaf, not the table's history.
  lastDeliveredId = await log.latestId();

  async function publishMany(batch: { type: string; data: unknown }[]): Promise<LiveEvent[]> {
    if (batch.length === 0) return [];
    return db.transaction(async (tx) => {
      // Publishers take turns until commit, so ids become visible in order: a client resuming after id N can
      // never miss an N−1 that committed late. Batches are small; the wait is a few milliseconds at most.
      await tx.execute(sql`SELECT pg_advisory_xact_lock(${advisoryLocks.eventPublish})`);
      const stored = await log.insert(tx, batch);
      const payloads = stored.map((event) => {
        const inline = JSON.stringify(event);
        return Buffer.byteLength(inline) <= maxInlinePayloadBytes ? inline : JSON.stringify({ id: event.id });
      });
      await tx.execute(
        sql`SELECT pg_notify(${channel}, payload) FROM jsonb_array_elements_text(${JSON.stringify(payloads)}::jsonb) AS payload`,
      );
      return stored;
    });
  }

  return {
    publish: async (event) => (await publishMany([event]))[0] as LiveEvent,
    publishMany,
    subscribe,
    since: log.since,
    prune: log.prune,
    async close() {
      closing.abort();
      emitter.removeAllListeners();
      await listener?.end().catch(() => undefined);
    },
  };
}

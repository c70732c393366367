import { and, asc, count, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Database } from './db';
import { webhookInbox } from './schema';
import type { StoreClock } from './time';

export type InboxEntry = typeof webhookInbox.$inferSelect;

/** A delivery as the receiver stores it. */
export interface InboxInput {
  dedupKey: string;
  event: string;
  payload: Record<string, unknown>;
}

export interface ClaimOptions {
  /** How long the claimer owns the rows; past it (the worker died) another worker may take them. Default 60 s. */
  leaseMs?: number;
  /** Rows that failed this many times are left for a human (they keep their error). Default 10. */
  maxAttempts?: number;
}

/**
 * Raw webhook events, stored before Aircall gets its 200 and applied afterwards by workers. A delivery seen twice
 * (same dedup key) is stored once; a worker that dies between claiming and applying loses its claim when the lease
 * ends, so every stored event is applied eventually.
 */
export function createWebhookInboxRepository(db: Database, clock: StoreClock) {
  /**
   * Stores many deliveries in one statement (group commit: the receiver gathers the deliveries that arrive while
   * the previous batch is being written). Answers, in input order, each row's id and whether its key was already
   * stored — by an earlier batch or earlier in this one.
   */
  async function storeMany(inputs: InboxInput[]): Promise<{ id: number; duplicate: boolean }[]> {
    if (inputs.length === 0) return [];
    const receivedAt = clock.date();
    const inserted = await db
      .insert(webhookInbox)
      .values(inputs.map((input) => ({ ...input, receivedAt })))
      .onConflictDoNothing({ target: webhookInbox.dedupKey })
      .returning({ id: webhookInbox.id, dedupKey: webhookInbox.dedupKey });
    const fresh = new Map(inserted.map((row) => [row.dedupKey, row.id]));
    const missing = inputs.map((input) => input.dedupKey).filter((key) => !fresh.has(key));
    const existing =
      missing.length === 0
        ? new Map<string, number>()
        : new Map(
            (
              await db
                .select({ id: webhookInbox.id, dedupKey: webhookInbox.dedupKey })
                .from(webhookInbox)
                .where(inArray(webhookInbox.dedupKey, [...new Set(missing)]))
            ).map((row) => [row.dedupKey, row.id]),
          );
    return inputs.map((input) => {
      const id = fresh.get(input.dedupKey);
      if (id !== undefined) {
        fresh.delete(input.dedupKey); // a second copy in the same batch is a duplicate of the first
        existing.set(input.dedupKey, id);
        return { id, duplicate: false };
      }
      const known = existing.get(input.dedupKey);
      if (known === undefined) throw new Error('webhook inbox: a conflicting row vanished');
      return { id: known, duplicate: true };
    });
  }

  async function markAllApplied(ids: number[]): Promise<void> {
    if (ids.length === 0) return;
    await db
      .update(webhookInbox)
      .set({ appliedAt: clock.date(), claimedUntil: null, error: null })
      .where(inArray(webhookInbox.id, ids));
  }

  return {
    /** Answers the row's id and whether this key was already stored. */
    store: async (input: InboxInput): Promise<{ id: number; duplicate: boolean }> =>
      (await storeMany([input]))[0] as { id: number; duplicate: boolean },

    storeMany,

    /**
     * Takes up to `limit` unapplied events, oldest first, for this worker alone: rows another worker holds are
     * skipped (SKIP LOCKED), not waited for.
     */
    async claimUnapplied(limit: number, options: ClaimOptions = {}): Promise<InboxEntry[]> {
      const now = clock.now();
      const claimable = db
        .select({ id: webhookInbox.id })
        .from(webhookInbox)
        .where(
          and(
            isNull(webhookInbox.appliedAt),
            lt(webhookInbox.attempts, options.maxAttempts ?? 10),
            or(isNull(webhookInbox.claimedUntil), lt(webhookInbox.claimedUntil, new Date(now))),
          ),
        )
        .orderBy(asc(webhookInbox.id))
        .limit(limit)
        .for('update', { skipLocked: true });
      const claimed = await db
        .update(webhookInbox)
        .set({ claimedUntil: new Date(now + (options.leaseMs ?? 60_000)), attempts: sql`${webhookInbox.attempts} + 1` })
        .where(inArray(webhookInbox.id, claimable))
        .returning();
      return claimed.sort((a, b) => a.id - b.id);
    },

    markApplied: (id: number) => markAllApplied([id]),

    /** One statement for a worker's whole batch. */
    markAllApplied,

    /** Releases the claim at once so the event is retried by the next claim; keeps the error for the status page. */
    async markFailed(id: number, error: string): Promise<void> {
      await db.update(webhookInbox).set({ claimedUntil: null, error }).where(eq(webhookInbox.id, id));
    },

    async get(id: number): Promise<InboxEntry | undefined> {
      const [row] = await db.select().from(webhookInbox).where(eq(webhookInbox.id, id));
      return row;
    },

    async pendingCount(): Promise<number> {
      const [row] = await db.select({ n: count() }).from(webhookInbox).where(isNull(webhookInbox.appliedAt));
      return row?.n ?? 0;
    },

    /** When the newest stored delivery arrived (rows are numbered as they arrive); null before the first. */
    async lastReceivedAt(): Promise<Date | null> {
      const [row] = await db
        .select({ receivedAt: webhookInbox.receivedAt })
        .from(webhookInbox)
        .orderBy(desc(webhookInbox.id))
        .limit(1);
      return row?.receivedAt ?? null;
    },

    /** Deletes applied events received more than `olderThanMs` ago; answers how many. */
    async pruneApplied(olderThanMs: number): Promise<number> {
      const deleted = await db
        .delete(webhookInbox)
        .where(
          and(
            sql`${webhookInbox.appliedAt} IS NOT NULL`,
            lt(webhookInbox.receivedAt, new Date(clock.now() - olderThanMs)),
          ),
        )
        .returning({ id: webhookInbox.id });
      return deleted.length;
    },
  };
}

export type WebhookInboxRepository = ReturnType<typeof createWebhookInboxRepository>;

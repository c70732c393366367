import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Database } from './db';
import { type JobItemResult, jobs } from './schema';
import { storableJson } from './storable';
import type { StoreClock } from './time';

export type Job = typeof jobs.$inferSelect;
export type JobStatus = Job['status'];
export type { JobItemResult };

/** Bulk operations (tag 200 calls, import numbers for a team) with their progress, visible from every instance. */
export function createJobsRepository(db: Database, clock: StoreClock) {
  return {
    async create(input: { kind: string; total: number; input?: unknown; accountId?: number | null }): Promise<Job> {
      const now = clock.date();
      const [row] = await db
        .insert(jobs)
        .values({
          id: randomUUID(),
          kind: input.kind,
          status: 'queued',
          total: input.total,
          input: input.input ?? null,
          results: [],
          accountId: input.accountId ?? null,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      if (!row) throw new Error('job insert returned no row');
      return row;
    },

    async get(id: string): Promise<Job | undefined> {
      const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
      return row;
    },

    async list(options: { kind?: string; limit?: number } = {}): Promise<Job[]> {
      return db
        .select()
        .from(jobs)
        .where(options.kind === undefined ? undefined : eq(jobs.kind, options.kind))
        .orderBy(desc(jobs.createdAt), desc(jobs.id))
        .limit(options.limit ?? 50);
    },

    async setStatus(id: string, status: JobStatus): Promise<Job | undefined> {
      const now = clock.date();
      const finished = status === 'succeeded' || status === 'failed' || status === 'cancelled';
      const [row] = await db
        .update(jobs)
        .set({ status, updatedAt: now, finishedAt: finished ? now : null })
        .where(eq(jobs.id, id))
        .returning();
      return row;
    },

    /**
     * Jobs whose runner is gone (its instance died or restarted mid-job): queued or running with no progress for
     * `staleMs` are failed with the reason, so nobody waits for them. Answers the jobs failed.
     */
    async failAbandoned(staleMs: number): Promise<Job[]> {
      const now = clock.now();
      const minutes = Math.round(staleMs / 60_000);
      return db
        .update(jobs)
        .set({
          status: 'failed',
          error: `Stopped: no progress for ${minutes} minutes (the instance running it went away); items not done were not tried.`,
          updatedAt: new Date(now),
          finishedAt: new Date(now),
        })
        .where(and(inArray(jobs.status, ['queued', 'running']), lt(jobs.updatedAt, new Date(now - staleMs))))
        .returning();
    },

    /** Counts one processed item and appends its result, atomically (items may finish concurrently). */
    async recordItem(id: string, result: JobItemResult): Promise<Job | undefined> {
      const [row] = await db
        .update(jobs)
        .set({
          done: sql`${jobs.done} + ${result.ok ? 1 : 0}`,
          failed: sql`${jobs.failed} + ${result.ok ? 0 : 1}`,
          results: sql`${jobs.results} || ${storableJson([result])}::jsonb`,
          updatedAt: clock.date(),
        })
        .where(eq(jobs.id, id))
        .returning();
      return row;
    },
  };
}

export type JobsRepository = ReturnType<typeof createJobsRepository>;

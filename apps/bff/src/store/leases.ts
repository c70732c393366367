import { and, eq, sql } from 'drizzle-orm';
import type { Database } from './db';
import { leases } from './schema';
import type { StoreClock } from './time';

export type Lease = Omit<typeof leases.$inferSelect, 'name'>;

/**
 * Named leases in a table: only one instance holds "sync" at a time, and when it dies (stops renewing) another
 * takes over once the lease expires. Works the same on PGlite and PostgreSQL; instants come from the store's clock,
 * so instances sharing a database need clocks in step to well under the TTL (NTP gives milliseconds).
 */
export function createLeasesRepository(db: Database, clock: StoreClock) {
  return {
    /** Takes the lease if it is free, expired, or already ours (then extends it). */
    async tryAcquire(name: string, holderId: string, ttlMs: number): Promise<boolean> {
      const now = clock.now();
      const taken = await db
        .insert(leases)
        .values({ name, holderId, acquiredAt: now, expiresAt: now + ttlMs })
        .onConflictDoUpdate({
          target: leases.name,
          set: {
            holderId,
            expiresAt: now + ttlMs,
            acquiredAt: sql`CASE WHEN ${leases.holderId} = ${holderId} THEN ${leases.acquiredAt} ELSE ${now}::bigint END`,
          },
          setWhere: sql`${leases.holderId} = ${holderId} OR ${leases.expiresAt} <= ${now}::bigint`,
        })
        .returning({ name: leases.name });
      return taken.length === 1;
    },

    /** Extends our lease; false if another holder has taken it over (stop working then). */
    async renew(name: string, holderId: string, ttlMs: number): Promise<boolean> {
      const renewed = await db
        .update(leases)
        .set({ expiresAt: clock.now() + ttlMs })
        .where(and(eq(leases.name, name), eq(leases.holderId, holderId)))
        .returning({ name: leases.name });
      return renewed.length === 1;
    },

    /** Lets another instance take over at once (graceful shutdown). */
    async release(name: string, holderId: string): Promise<void> {
      await db.delete(leases).where(and(eq(leases.name, name), eq(leases.holderId, holderId)));
    },

    /** The current holder, if the lease is live. */
    async holder(name: string): Promise<Lease | undefined> {
      const [row] = await db
        .select({ holderId: leases.holderId, acquiredAt: leases.acquiredAt, expiresAt: leases.expiresAt })
        .from(leases)
        .where(and(eq(leases.name, name), sql`${leases.expiresAt} > ${clock.now()}::bigint`));
      return row;
    },
  };
}

export type LeasesRepository = ReturnType<typeof createLeasesRepository>;

import { asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Database } from './db';
import { loginThrottle } from './schema';
import type { StoreClock } from './time';

/** How attempts on one key are spaced: a few free, then a delay that doubles with every further attempt. */
export interface ThrottlePolicy {
  freeAttempts: number;
  firstDelayMs: number;
  maxDelayMs: number;
  /** A key quiet for this long starts again from zero. */
  forgetAfterMs: number;
}

/** The wait after `attempts` counted attempts before the next one may be checked. */
export function delayAfter(policy: ThrottlePolicy, attempts: number): number {
  if (attempts < policy.freeAttempts) return 0;
  return Math.min(policy.firstDelayMs * 2 ** (attempts - policy.freeAttempts), policy.maxDelayMs);
}

export type Reservation = { ok: true } | { ok: false; retryAfterMs: number };

/**
 * Sign-in attempts counted per key (an account, a client) before the password is checked, so that parallel
 * attempts cannot all pass a check made before any of them was counted: each reservation locks its keys' rows.
 */
export function createLoginThrottleRepository(db: Database, clock: StoreClock) {
  return {
    /** Counts one attempt on every key, or on none when any key must still wait (answering how long). */
    async reserve(keys: ReadonlyArray<{ key: string; policy: ThrottlePolicy }>): Promise<Reservation> {
      return db.transaction(async (tx) => {
        const now = clock.now();
        const names = [...new Set(keys.map(({ key }) => key))].sort();
        await tx
          .insert(loginThrottle)
          .values(names.map((key) => ({ key, attempts: 0, lastAt: new Date(now) })))
          .onConflictDoNothing();
        // Locked in key order, so two reservations on the same keys never deadlock.
        const rows = await tx
          .select()
          .from(loginThrottle)
          .where(inArray(loginThrottle.key, names))
          .orderBy(asc(loginThrottle.key))
          .for('update');
        const counted = keys.map(({ key, policy }) => {
          const row = rows.find((candidate) => candidate.key === key);
          const last = row?.lastAt.getTime() ?? now;
          const attempts = row && now - last < policy.forgetAfterMs ? row.attempts : 0;
          return { key, attempts, waitMs: last + delayAfter(policy, attempts) - now };
        });
        const waitMs = Math.max(0, ...counted.map((entry) => entry.waitMs));
        if (waitMs > 0) return { ok: false, retryAfterMs: waitMs };
        for (const { key, attempts } of counted)
          await tx
            .update(loginThrottle)
            .set({ attempts: attempts + 1, lastAt: new Date(now) })
            .where(eq(loginThrottle.key, key));
        return { ok: true };
      });
    },

    /** Gives a reserved attempt back (it turned out not to be a failure). */
    async release(keys: readonly string[]): Promise<void> {
      await db
        .update(loginThrottle)
        .set({ attempts: sql`greatest(${loginThrottle.attempts} - 1, 0)` })
        .where(inArray(loginThrottle.key, [...keys]));
    },

    /** Forgets every attempt on a key (an account after its owner signed in). */
    async clear(key: string): Promise<void> {
      await db.delete(loginThrottle).where(eq(loginThrottle.key, key));
    },

    /** Forgets keys quiet for longer than `olderThanMs`; answers how many went. */
    async prune(olderThanMs: number): Promise<number> {
      const deleted = await db
        .delete(loginThrottle)
        .where(lte(loginThrottle.lastAt, new Date(clock.now() - olderThanMs)))
        .returning({ key: loginThrottle.key });
      return deleted.length;
    },
  };
}

export type LoginThrottleRepository = ReturnType<typeof createLoginThrottleRepository>;

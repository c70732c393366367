import { and, count, eq, gt, lte } from 'drizzle-orm';
import type { Database } from './db';
import { loginAttempts } from './schema';
import type { StoreClock } from './time';

const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** Failed logins, counted over a sliding window per email (known or not) and per client IP, for throttling. */
export function createLoginAttemptsRepository(db: Database, clock: StoreClock) {
  const countSince = async (where: ReturnType<typeof and>) => {
    const [row] = await db.select({ n: count() }).from(loginAttempts).where(where);
    return row?.n ?? 0;
  };

  return {
    async recordFailure(input: { email: string; ip: string }): Promise<void> {
      await db.insert(loginAttempts).values({ email: normaliseEmail(input.email), ip: input.ip, at: clock.date() });
    },

    /** Failures within the last `windowMs`, for the email and for the IP. */
    async recentFailures(input: {
      email: string;
      ip: string;
      windowMs: number;
    }): Promise<{ email: number; ip: number }> {
      const since = new Date(clock.now() - input.windowMs);
      const [email, ip] = await Promise.all([
        countSince(and(eq(loginAttempts.email, normaliseEmail(input.email)), gt(loginAttempts.at, since))),
        countSince(and(eq(loginAttempts.ip, input.ip), gt(loginAttempts.at, since))),
      ]);
      return { email, ip };
    },

    /** After a successful login the account's counter starts again (the IP's does not). */
    async clearForEmail(email: string): Promise<void> {
      await db.delete(loginAttempts).where(eq(loginAttempts.email, normaliseEmail(email)));
    },

    /** Forgets failures older than `olderThanMs`; answers how many rows went. */
    async prune(olderThanMs: number): Promise<number> {
      const deleted = await db
        .delete(loginAttempts)
        .where(lte(loginAttempts.at, new Date(clock.now() - olderThanMs)))
        .returning({ id: loginAttempts.id });
      return deleted.length;
    },
  };
}

export type LoginAttemptsRepository = ReturnType<typeof createLoginAttemptsRepository>;

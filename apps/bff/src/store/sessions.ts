import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lte, or } from 'drizzle-orm';
import { type Account, accountColumns } from './accounts';
import type { Database } from './db';
import { accounts, sessions } from './schema';
import type { StoreClock } from './time';

export interface SessionPolicy {
  /** A session unused this long ends. */
  idleTimeoutMs: number;
  /** A session ends this long after login, used or not. */
  absoluteTimeoutMs: number;
}

export interface Session {
  accountId: number;
  createdAt: Date;
  lastSeenAt: Date;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
}

export interface ValidSession {
  session: Session;
  account: Account;
}

/** Only the hash is stored: a leaked table opens no session. */
const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/** 256 random bits, base64url: the cookie value. */
export const newSessionToken = () => randomBytes(32).toString('base64url');

const sessionColumns = {
  accountId: sessions.accountId,
  createdAt: sessions.createdAt,
  lastSeenAt: sessions.lastSeenAt,
  idleExpiresAt: sessions.idleExpiresAt,
  absoluteExpiresAt: sessions.absoluteExpiresAt,
};

/** A short public name of a session, for telling streams their session ended; the token cannot be derived from it. */
export const sessionKey = (token: string) => hashToken(token).slice(0, 16);

/** The token's session, unexpired, of an enabled account (joined with accounts). */
const liveSession = (tokenHash: string, now: number) =>
  and(
    eq(sessions.tokenHash, tokenHash),
    gt(sessions.idleExpiresAt, new Date(now)),
    gt(sessions.absoluteExpiresAt, new Date(now)),
    eq(accounts.disabled, false),
  );

export function createSessionsRepository(db: Database, clock: StoreClock) {
  return {
    /** A fresh session (a new id at every login). The token is returned once and never stored. */
    async create(accountId: number, policy: SessionPolicy): Promise<{ token: string; session: Session }> {
      const token = newSessionToken();
      const now = clock.now();
      const absoluteExpiresAt = new Date(now + policy.absoluteTimeoutMs);
      const [session] = await db
        .insert(sessions)
        .values({
          tokenHash: hashToken(token),
          accountId,
          createdAt: new Date(now),
          lastSeenAt: new Date(now),
          idleTimeoutMs: policy.idleTimeoutMs,
          idleExpiresAt: new Date(Math.min(now + policy.idleTimeoutMs, absoluteExpiresAt.getTime())),
          absoluteExpiresAt,
        })
        .returning(sessionColumns);
      if (!session) throw new Error('session insert returned no row');
      return { token, session };
    },

    /**
     * The session and its account if the token is live and the account enabled; slides the idle expiry. Unknown,
     * expired and revoked tokens all answer undefined.
     */
    async validate(token: string): Promise<ValidSession | undefined> {
      const now = clock.now();
      const tokenHash = hashToken(token);
      const [row] = await db
        .select({ session: sessionColumns, account: accountColumns, idleTimeoutMs: sessions.idleTimeoutMs })
        .from(sessions)
        .innerJoin(accounts, eq(accounts.id, sessions.accountId))
        .where(liveSession(tokenHash, now));
      if (!row) return undefined;
      const { session, account, idleTimeoutMs } = row;
      // Sliding on every request would turn each read into a write; a fraction of the timeout is precise enough.
      if (now - session.lastSeenAt.getTime() >= Math.min(60_000, idleTimeoutMs / 10)) {
        session.lastSeenAt = new Date(now);
        session.idleExpiresAt = new Date(Math.min(now + idleTimeoutMs, session.absoluteExpiresAt.getTime()));
        await db
          .update(sessions)
          .set({ lastSeenAt: session.lastSeenAt, idleExpiresAt: session.idleExpiresAt })
          .where(eq(sessions.tokenHash, tokenHash));
      }
      return { session, account };
    },

    /** Whether the token's session is still live, without sliding its idle expiry (an open stream is no activity). */
    async isLive(token: string): Promise<boolean> {
      const live = await db
        .select({ accountId: sessions.accountId })
        .from(sessions)
        .innerJoin(accounts, eq(accounts.id, sessions.accountId))
        .where(liveSession(hashToken(token), clock.now()));
      return live.length > 0;
    },

    /** Logout. */
    async revoke(token: string): Promise<boolean> {
      const deleted = await db
        .delete(sessions)
        .where(eq(sessions.tokenHash, hashToken(token)))
        .returning({ accountId: sessions.accountId });
      return deleted.length > 0;
    },

    /** Ends every session of an account (disabled, password changed, role changed); answers how many ended. */
    async revokeAllForAccount(accountId: number): Promise<number> {
      const deleted = await db
        .delete(sessions)
        .where(eq(sessions.accountId, accountId))
        .returning({ accountId: sessions.accountId });
      return deleted.length;
    },

    async countForAccount(accountId: number): Promise<number> {
      return db.$count(sessions, eq(sessions.accountId, accountId));
    },

    /** Deletes expired sessions; answers how many. */
    async pruneExpired(): Promise<number> {
      const now = clock.date();
      const deleted = await db
        .delete(sessions)
        .where(or(lte(sessions.idleExpiresAt, now), lte(sessions.absoluteExpiresAt, now)))
        .returning({ accountId: sessions.accountId });
      return deleted.length;
    },
  };
}

export type SessionsRepository = ReturnType<typeof createSessionsRepository>;

import type { Request } from 'express';
import type { Actor } from '../http/endpoints';
import { HttpError } from '../http/errors';
import type { SessionsEnded } from '../live/event-stream';
import { type LoginThrottleRepository, PasswordChecksBusyError, sessionKey, type ThrottlePolicy } from '../store';
import type { Account, createAccountsRepository } from '../store/accounts';
import type { SessionPolicy, SessionsRepository } from '../store/sessions';
import type { SessionCookie } from './session-cookie';

/**
 * Sign-in attempts are spaced per account (guessing one password) and per client address (trying many accounts):
 * a few go through at once, then each further one waits twice as long as the last, up to a ceiling. There is no
 * hard lock, so the account's owner gets in as soon as the current delay has passed, and an office behind one NAT
 * address shares a generous allowance rather than a lock. Every attempt is counted before its password is checked.
 */
export interface LoginThrottle {
  account: ThrottlePolicy;
  client: ThrottlePolicy;
}

export const defaultLoginThrottle: LoginThrottle = {
  account: { freeAttempts: 5, firstDelayMs: 1_000, maxDelayMs: 5 * 60_000, forgetAfterMs: 60 * 60_000 },
  client: { freeAttempts: 20, firstDelayMs: 1_000, maxDelayMs: 60_000, forgetAfterMs: 60 * 60_000 },
};
export const defaultSessionPolicy: SessionPolicy = { idleTimeoutMs: 30 * 60_000, absoluteTimeoutMs: 12 * 3_600_000 };

export interface AuthDeps {
  accounts: ReturnType<typeof createAccountsRepository>;
  sessions: SessionsRepository;
  loginThrottle: LoginThrottleRepository;
  cookie: SessionCookie;
  sessionPolicy?: SessionPolicy;
  throttle?: LoginThrottle;
  /** Tells every instance sessions ended, so their open streams close. */
  sessionsEnded(ended: SessionsEnded): Promise<void>;
  /** The mirrored Aircall user with this email, to link an account to the user it acts as. */
  findAircallUserIdByEmail(email: string): Promise<number | null>;
}

const invalidCredentials = () => new HttpError(401, 'unauthenticated', 'Wrong email or password.');

export function createAuthService(deps: AuthDeps) {
  const policy = deps.sessionPolicy ?? defaultSessionPolicy;
  const throttle = deps.throttle ?? defaultLoginThrottle;

  const toActor = (account: Account, sessionToken: string): Actor => ({
    accountId: account.id,
    email: account.email,
    role: account.role,
    aircallUserId: account.aircallUserId,
    sessionToken,
  });

  const tooMany = (message: string, retryAfterMs: number) =>
    new HttpError(429, 'rate_limited', message, undefined, Math.max(1, Math.ceil(retryAfterMs / 1000)));

  /** Counts the attempt on the account and the client before anything is checked; throws 429 while they must wait. */
  async function reserveAttempt(keys: { account: string; client: string }): Promise<void> {
    const reservation = await deps.loginThrottle.reserve([
      { key: keys.account, policy: throttle.account },
      { key: keys.client, policy: throttle.client },
    ]);
    if (!reservation.ok)
      throw tooMany('Too many sign-in attempts; wait a moment before trying again.', reservation.retryAfterMs);
  }

  async function checkCredentials(
    input: { email: string; password: string },
    keys: { account: string; client: string },
  ) {
    try {
      return await deps.accounts.verifyCredentials(input.email, input.password);
    } catch (error) {
      if (!(error instanceof PasswordChecksBusyError)) throw error;
      // Nothing was checked, so the attempt counts against no one.
      await deps.loginThrottle.release([keys.account, keys.client]);
      throw tooMany('Too many sign-ins at once; try again in a moment.', 1_000);
    }
  }

  return {
    /** The signed-in actor of a request, or null; unknown, expired and revoked sessions are all null. */
    async authenticate(req: Request): Promise<Actor | null> {
      const token = deps.cookie.read(req);
      if (!token) return null;
      const valid = await deps.sessions.validate(token);
      return valid ? toActor(valid.account, token) : null;
    },

    /**
     * Checks the password, then opens a brand-new session (a fresh id at every login, so a planted cookie is
     * worthless). An account or client that must still wait answers 429 before the password is even checked, and so
     * does every attempt past the password checks the server runs and queues at once.
     */
    async login(input: { email: string; password: string; ip: string }): Promise<{ actor: Actor; maxAgeMs: number }> {
      const keys = { account: `account:${input.email.trim().toLowerCase()}`, client: `client:${input.ip}` };
      await reserveAttempt(keys);
      const check = await checkCredentials(input, keys);
      if (!check.ok) {
        if (check.reason === 'disabled') throw new HttpError(403, 'forbidden', 'This account is disabled.');
        throw invalidCredentials();
      }
      // The owner is in: the account starts afresh, and the client's attempt was no failure.
      await Promise.all([deps.loginThrottle.clear(keys.account), deps.loginThrottle.release([keys.client])]);
      let account = check.account;
      if (account.aircallUserId === null) {
        const aircallUserId = await deps.findAircallUserIdByEmail(account.email);
        if (aircallUserId !== null)
          account = (await deps.accounts.linkAircallUser(account.id, aircallUserId)) ?? account;
      }
      const { token } = await deps.sessions.create(account.id, policy);
      return { actor: toActor(account, token), maxAgeMs: policy.absoluteTimeoutMs };
    },

    async logout(actor: Actor): Promise<void> {
      await deps.sessions.revoke(actor.sessionToken);
      await deps.sessionsEnded({ accountId: actor.accountId, session: sessionKey(actor.sessionToken) });
    },
  };
}
export type AuthService = ReturnType<typeof createAuthService>;

import type { Request } from 'express';
import type { Actor } from '../http/endpoints';
import { HttpError } from '../http/errors';
import type { Account, createAccountsRepository } from '../store/accounts';
import type { createLoginAttemptsRepository } from '../store/login-attempts';
import type { SessionPolicy, SessionsRepository } from '../store/sessions';
import type { SessionCookie } from './session-cookie';

export interface LoginThrottle {
  windowMs: number;
  /** Failed attempts on one email within the window before it is locked for the rest of the window. */
  maxPerAccount: number;
  /** Failed attempts from one IP within the window, across emails (credential stuffing). */
  maxPerIp: number;
}

export const defaultLoginThrottle: LoginThrottle = { windowMs: 15 * 60_000, maxPerAccount: 5, maxPerIp: 30 };
export const defaultSessionPolicy: SessionPolicy = { idleTimeoutMs: 30 * 60_000, absoluteTimeoutMs: 12 * 3_600_000 };

export interface AuthDeps {
  accounts: ReturnType<typeof createAccountsRepository>;
  sessions: SessionsRepository;
  loginAttempts: ReturnType<typeof createLoginAttemptsRepository>;
  cookie: SessionCookie;
  sessionPolicy?: SessionPolicy;
  throttle?: LoginThrottle;
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

  async function assertNotThrottled(email: string, ip: string): Promise<void> {
    const failures = await deps.loginAttempts.recentFailures({ email, ip, windowMs: throttle.windowMs });
    if (failures.email >= throttle.maxPerAccount || failures.ip >= throttle.maxPerIp) {
      throw new HttpError(
        429,
        'rate_limited',
        'Too many failed sign-ins; wait a few minutes before trying again.',
        undefined,
        Math.ceil(throttle.windowMs / 1000),
      );
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
     * worthless). Locked accounts answer 429 before the password is even checked.
     */
    async login(input: { email: string; password: string; ip: string }): Promise<{ actor: Actor; maxAgeMs: number }> {
      await assertNotThrottled(input.email, input.ip);
      const check = await deps.accounts.verifyCredentials(input.email, input.password);
      if (!check.ok) {
        await deps.loginAttempts.recordFailure({ email: input.email, ip: input.ip });
        if (check.reason === 'disabled') throw new HttpError(403, 'forbidden', 'This account is disabled.');
        throw invalidCredentials();
      }
      await deps.loginAttempts.clearForEmail(input.email);
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
    },
  };
}
export type AuthService = ReturnType<typeof createAuthService>;

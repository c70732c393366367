import { z } from 'zod';
import { emailSchema, idSchema, roleSchema } from './common';
import { defineEndpoint, everyone } from './endpoint';

/**
 * Every non-GET /api request carries this header (with any value): a cross-site form cannot set it, so together
 * with the same-origin check it stops CSRF.
 */
export const csrfHeaderName = 'x-switchboard-request';

/** The signed-in dashboard account, as the shell needs it. */
export const sessionAccountSchema = z.object({
  id: idSchema,
  email: z.string(),
  role: roleSchema,
  /** The Aircall user this account acts as (own dialer campaign, click-to-call), matched by email. */
  aircallUser: z.object({ id: idSchema, name: z.string() }).nullable(),
});
export type SessionAccount = z.infer<typeof sessionAccountSchema>;

export const loginBodySchema = z.strictObject({
  email: emailSchema,
  password: z.string({ error: 'must be text' }).min(1, "can't be blank").max(1024),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

export const meResponseSchema = z.object({ account: sessionAccountSchema });
export type MeResponse = z.infer<typeof meResponseSchema>;

/** The session if there is one: a signed-out browser is a normal state, not an error (no 401 in its console). */
export const sessionResponseSchema = z.object({ account: sessionAccountSchema.nullable() });

export const authEndpoints = [
  defineEndpoint({
    id: 'auth.login',
    method: 'POST',
    path: '/api/auth/login',
    body: loginBodySchema,
    response: meResponseSchema,
    status: 200,
    roles: 'public',
    audit: true,
    lane: null,
    summary: 'Sign in: sets a fresh session cookie. 401 for a wrong pair, 429 when attempts are throttled.',
  }),
  defineEndpoint({
    id: 'auth.logout',
    method: 'POST',
    path: '/api/auth/logout',
    response: null,
    status: 204,
    roles: everyone,
    audit: true,
    lane: null,
    summary: 'Sign out: ends the session and clears its cookie.',
  }),
  defineEndpoint({
    id: 'auth.session',
    method: 'GET',
    path: '/api/auth/session',
    response: sessionResponseSchema,
    status: 200,
    roles: 'public',
    audit: false,
    lane: null,
    summary: 'The signed-in account, or null without a session (where auth.me answers 401).',
  }),
  defineEndpoint({
    id: 'auth.me',
    method: 'GET',
    path: '/api/auth/me',
    response: meResponseSchema,
    status: 200,
    roles: everyone,
    audit: false,
    lane: null,
    summary: 'The signed-in account (401 without a session).',
  }),
] as const;

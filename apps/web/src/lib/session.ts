import type { Role, SessionAccount } from '@switchboard/contracts';
import { queryOptions } from '@tanstack/react-query';
import { redirect, useRouteContext } from '@tanstack/react-router';
import { ApiError, api } from './api-client';

export const sessionKey = ['auth', 'me'] as const;

/** The signed-in account, or null without a session. */
export function sessionQuery() {
  return queryOptions({
    queryKey: sessionKey,
    // auth.session answers null when signed out (auth.me's 401 would print an error in every signed-out console).
    queryFn: async ({ signal }): Promise<SessionAccount | null> => (await api('auth.session', { signal })).account,
    // Changes only through login, logout, or a 401 on any request (see router.tsx).
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The signed-in account inside the shell (the root route has made sure there is one). */
export function useAccount(): SessionAccount {
  const account = useRouteContext({ from: '__root__', select: (context) => context.account });
  if (!account) throw new Error('useAccount is used outside the signed-in shell');
  return account;
}

export function hasRole(account: Pick<SessionAccount, 'role'> | null, roles: readonly Role[]): boolean {
  return account !== null && roles.includes(account.role);
}

/** A page the account's role may not use; the route's error component shows the 403 page for it. */
export class ForbiddenError extends Error {
  override readonly name = 'ForbiddenError';
  constructor(readonly roles: readonly Role[]) {
    super(`This page is for ${roles.join(' and ')} accounts.`);
  }
}

/** Whether a page's error is "not allowed", from a role check in the SPA or the BFF's own 403. */
export function isForbidden(error: unknown): error is ForbiddenError | ApiError {
  return error instanceof ForbiddenError || (error instanceof ApiError && error.status === 403);
}

/**
 * For a route's `beforeLoad`: `beforeLoad: ({ context }) => requireRole(context.account, ['supervisor', 'admin'])`.
 * Signed out → login page; wrong role → the 403 page (a direct URL to a page a role may not use).
 */
export function requireRole(account: SessionAccount | null, roles: readonly Role[]): void {
  if (!account) throw redirect({ to: '/login' });
  if (!hasRole(account, roles)) throw new ForbiddenError(roles);
}

/** Only same-site paths: `?redirect=https://evil.example` must not take a fresh session elsewhere. */
export function safeRedirectTarget(target: string | undefined): string {
  return target?.startsWith('/') && !target.startsWith('//') ? target : '/calls';
}

import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import { createRouter, type RouterHistory } from '@tanstack/react-router';
import { ApiError } from './lib/api-client';
import { type Clock, ClockContext, systemClock } from './lib/clock';
import {
  browserEventSource,
  type ConnectEventSource,
  createServerEvents,
  ServerEventsContext,
} from './lib/server-events';
import { sessionKey } from './lib/session';
import { routeTree } from './routeTree.gen';

export interface RouterContext {
  queryClient: QueryClient;
  /** The same clock components get through ClockContext, for loaders. */
  clock: Clock;
}

export interface AppRouterOptions {
  queryClient: QueryClient;
  /** Browser history by default; tests pass a memory history. */
  history?: RouterHistory;
  clock?: Clock;
  /** How to open the BFF's event stream; tests pass a fake EventSource. */
  connectEvents?: ConnectEventSource;
  /** How long a route may load before its pending component shows (ms). */
  pendingMs?: number;
  /** Once shown, how long the pending component stays at least, to avoid flashes (ms). */
  pendingMinMs?: number;
}

export function createAppRouter({
  queryClient,
  history,
  clock = systemClock,
  connectEvents = browserEventSource,
  pendingMs = 300,
  pendingMinMs = 300,
}: AppRouterOptions) {
  const serverEvents = createServerEvents(connectEvents);
  const router = createRouter({
    routeTree,
    ...(history ? { history } : {}),
    context: { queryClient, clock },
    defaultPreload: 'intent',
    // The query cache decides freshness; the router must not keep its own copy of loader data.
    defaultPreloadStaleTime: 0,
    defaultPendingMs: pendingMs,
    defaultPendingMinMs: pendingMinMs,
    scrollRestoration: true,
    Wrap: ({ children }) => (
      <ClockContext value={clock}>
        <ServerEventsContext value={serverEvents}>
          <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
        </ServerEventsContext>
      </ClockContext>
    ),
  });
  signOutOnExpiredSession(router, queryClient);
  return router;
}

/**
 * A session can end while a page is open (expired, or an admin disabled the account): the first request answered
 * 401 sends the agent to the login page, which brings them back here afterwards.
 */
function signOutOnExpiredSession(router: ReturnType<typeof createRouter<typeof routeTree>>, queryClient: QueryClient) {
  const onError = (error: unknown) => {
    if (!(error instanceof ApiError) || error.status !== 401) return;
    const { pathname, href } = router.state.location;
    if (pathname === '/login') return;
    queryClient.setQueryData(sessionKey, null);
    void router.navigate({ to: '/login', search: { redirect: href }, replace: true });
  };
  queryClient.getQueryCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'error') onError(event.action.error);
  });
  queryClient.getMutationCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'error') onError(event.action.error);
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}

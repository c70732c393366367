import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import { createRouter, type RouterHistory } from '@tanstack/react-router';
import { type Clock, ClockContext, systemClock } from './lib/clock';
import { routeTree } from './routeTree.gen';

export interface RouterContext {
  queryClient: QueryClient;
}

export interface AppRouterOptions {
  queryClient: QueryClient;
  /** Browser history by default; tests pass a memory history. */
  history?: RouterHistory;
  clock?: Clock;
  /** How long a route may load before its pending component shows (ms). */
  pendingMs?: number;
  /** Once shown, how long the pending component stays at least, to avoid flashes (ms). */
  pendingMinMs?: number;
}

export function createAppRouter({
  queryClient,
  history,
  clock = systemClock,
  pendingMs = 300,
  pendingMinMs = 300,
}: AppRouterOptions) {
  return createRouter({
    routeTree,
    ...(history ? { history } : {}),
    context: { queryClient },
    defaultPreload: 'intent',
    // The query cache decides freshness; the router must not keep its own copy of loader data.
    defaultPreloadStaleTime: 0,
    defaultPendingMs: pendingMs,
    defaultPendingMinMs: pendingMinMs,
    scrollRestoration: true,
    Wrap: ({ children }) => (
      <ClockContext value={clock}>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </ClockContext>
    ),
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}

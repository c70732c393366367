import {
  createRootRouteWithContext,
  lazyRouteComponent,
  Outlet,
  redirect,
  useRouterState,
} from '@tanstack/react-router';
import { AppShell } from '../features/shell/app-shell';
import { Toasts } from '../features/shell/toasts';
import { sessionQuery } from '../lib/session';
import type { RouterContext } from '../router';

export const Route = createRootRouteWithContext<RouterContext>()({
  // Every page but the login page needs a session; the account it finds is in every route's context.
  beforeLoad: async ({ context, location }) => {
    const account = await context.queryClient.ensureQueryData(sessionQuery());
    if (!account && location.pathname !== '/login') {
      throw redirect({ to: '/login', search: { redirect: location.href }, replace: true });
    }
    return { account };
  },
  component: RootLayout,
  // The root route is not code-split by the router plugin; these are rare, so they load when needed.
  errorComponent: lazyRouteComponent(() => import('../features/shell/route-error'), 'RouteError'),
  notFoundComponent: lazyRouteComponent(() => import('../features/shell/not-found'), 'NotFound'),
});

/** Pages for a screen on the wall: signed in, but without the console's header and navigation. */
const fullScreenPaths = new Set(['/wallboard']);

function RootLayout() {
  const account = Route.useRouteContext({ select: (context) => context.account });
  const fullScreen = useRouterState({ select: (state) => fullScreenPaths.has(state.location.pathname) });
  return (
    <>
      {account && !fullScreen ? (
        <AppShell account={account}>
          <Outlet />
        </AppShell>
      ) : (
        <Outlet />
      )}
      <Toasts />
    </>
  );
}

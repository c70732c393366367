import type { SessionAccount } from '@switchboard/contracts';
import {
  createRootRouteWithContext,
  lazyRouteComponent,
  Outlet,
  redirect,
  useRouterState,
} from '@tanstack/react-router';
import { use } from 'react';
import { NavigationProgress } from '../features/shell/navigation-progress';
import { Toasts } from '../features/shell/toasts';
import { readableImport } from '../lib/readable-import';
import { sessionQuery } from '../lib/session';
import type { RouterContext } from '../router';

// The signed-in frame (header, navigation, banners, live events) is no part of the entry chunk: it loads while the
// session is checked, and the session check waits for it, so the shell renders without suspending.
const loadAppShell = readableImport(() => import('../features/shell/app-shell'));

export const Route = createRootRouteWithContext<RouterContext>()({
  // Every page but the login page needs a session; the account it finds is in every route's context.
  beforeLoad: async ({ context, location }) => {
    const shell = loadAppShell();
    const account = await context.queryClient.ensureQueryData(sessionQuery());
    if (!account && location.pathname !== '/login') {
      throw redirect({ to: '/login', search: { redirect: location.href }, replace: true });
    }
    if (account) await shell;
    return { account };
  },
  component: RootLayout,
  // The root route is not code-split by the router plugin; these are rare, so they load when needed.
  errorComponent: lazyRouteComponent(() => import('../features/shell/route-error'), 'RouteError'),
  notFoundComponent: lazyRouteComponent(() => import('../features/shell/not-found'), 'NotFound'),
});

function RootLayout() {
  const account = Route.useRouteContext({ select: (context) => context.account });
  // The wallboard is for a screen on the wall: signed in, but without the console's header and navigation.
  const fullScreen = useRouterState({ select: (state) => state.location.pathname === '/wallboard' });
  return (
    <>
      <NavigationProgress />
      {account && !fullScreen ? <SignedIn account={account} /> : <Outlet />}
      <Toasts />
    </>
  );
}

function SignedIn({ account }: { account: SessionAccount }) {
  const { AppShell } = use(loadAppShell());
  return (
    <AppShell account={account}>
      <Outlet />
    </AppShell>
  );
}

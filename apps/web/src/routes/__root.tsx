import { createRootRouteWithContext, Link, Outlet } from '@tanstack/react-router';
import { SearchX } from 'lucide-react';
import { StateMessage } from '../components/state-message';
import { Button } from '../components/ui/button';
import { AppShell } from '../features/shell/app-shell';
import type { RouterContext } from '../router';

export const Route = createRootRouteWithContext<RouterContext>()({
  component: () => (
    <AppShell>
      <Outlet />
    </AppShell>
  ),
  notFoundComponent: () => (
    <StateMessage
      icon={<SearchX />}
      title="Page not found"
      action={
        <Button asChild>
          <Link to="/calls">Go to calls</Link>
        </Button>
      }
    >
      This address does not match any page in Switchboard.
    </StateMessage>
  ),
});

import type { ServerEvent, SessionAccount } from '@switchboard/contracts';
import { createMemoryHistory, RouterProvider } from '@tanstack/react-router';
import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { rootOptions } from '../../src/lib/caught-errors';
import type { Clock } from '../../src/lib/clock';
import type { ConnectEventSource } from '../../src/lib/server-events';
import { createAppQueryClient } from '../../src/query-client';
import { createAppRouter } from '../../src/router';
import { sessionAccount } from './fixtures';
import { server } from './server';

export interface RenderRouteOptions {
  clock?: Clock;
  /** Who is signed in (an agent by default); null for no session (the BFF answers 401). */
  account?: SessionAccount | null;
  /** The BFF's event stream; by default a fake the test drives with `events.emit()`. */
  connectEvents?: ConnectEventSource;
}

/** Stands in for EventSource (jsdom has none): `emit` delivers a message as the BFF's /api/events would. */
function fakeEvents() {
  const listeners: { type: string; listener: (event: MessageEvent<string>) => void }[] = [];
  return {
    connect: (() => ({
      addEventListener: (type, listener) => listeners.push({ type, listener }),
      close: () => listeners.splice(0),
    })) satisfies ConnectEventSource,
    emit(event: ServerEvent) {
      const message = new MessageEvent(event.type, { data: JSON.stringify(event) });
      for (const entry of listeners.filter(({ type }) => type === event.type)) act(() => entry.listener(message));
    },
  };
}

/** Serves `GET /api/auth/session` for `account` (null when signed out), as the BFF would. */
export function serveSession(account: SessionAccount | null) {
  server.use(http.get('/api/auth/session', () => HttpResponse.json({ account })));
}

/** Renders the whole app at `path`, with a memory history, a fresh query cache and pending states shown at once. */
export function renderRoute(path: string, { account = sessionAccount(), ...options }: RenderRouteOptions = {}) {
  serveSession(account);
  const events = fakeEvents();
  const queryClient = createAppQueryClient();
  const router = createAppRouter({
    queryClient,
    history: createMemoryHistory({ initialEntries: [path] }),
    pendingMs: 0,
    pendingMinMs: 0,
    connectEvents: events.connect,
    ...options,
  });
  const user = userEvent.setup();
  const view = render(<RouterProvider router={router} />, rootOptions);
  return { ...view, router, queryClient, user, events };
}

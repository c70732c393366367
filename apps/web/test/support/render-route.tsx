import { createMemoryHistory, RouterProvider } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Clock } from '../../src/lib/clock';
import { createAppQueryClient } from '../../src/query-client';
import { createAppRouter } from '../../src/router';

/** Renders the whole app at `path`, with a memory history, a fresh query cache and pending states shown at once. */
export function renderRoute(path: string, options: { clock?: Clock } = {}) {
  const queryClient = createAppQueryClient();
  const router = createAppRouter({
    queryClient,
    history: createMemoryHistory({ initialEntries: [path] }),
    pendingMs: 0,
    pendingMinMs: 0,
    ...options,
  });
  const user = userEvent.setup();
  const view = render(<RouterProvider router={router} />);
  return { ...view, router, queryClient, user };
}

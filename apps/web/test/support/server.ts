import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { directory } from './fixtures';

/**
 * The company directory every signed-in page may load in the background (filters, pickers), and the call-history
 * import (done, unless a test says otherwise), are always served;
 * everything else is added per test with `server.use(...)`, and anything unhandled fails the test.
 */
export const server = setupServer(
  http.get('/api/tags', () => HttpResponse.json({ tags: directory.tags })),
  http.get('/api/users', () =>
    HttpResponse.json({
      users: directory.users,
      meta: { page: 1, perPage: 100, total: directory.users.length, hasNextPage: false },
    }),
  ),
  http.get('/api/teams', () => HttpResponse.json({ teams: directory.teams })),
  http.get('/api/numbers', () => HttpResponse.json({ numbers: directory.numbers })),
  http.get('/api/sync/call-history', () =>
    HttpResponse.json({ importing: false, itemsSynced: 3, progress: 1, estimatedTotal: 3 }),
  ),
);

import { defaultCompanySettings } from '@switchboard/contracts';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { directory } from './fixtures';

/**
 * The company directory and settings every signed-in page may load in the background (filters, pickers), the call-history
 * import (done, unless a test says otherwise) and a call's insights (none) are always served;
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
  http.get('/api/company', () =>
    HttpResponse.json({ company: { ...defaultCompanySettings, timeZone: 'Europe/Paris', updatedAt: null } }),
  ),
  http.get('/api/sync/call-history', () =>
    HttpResponse.json({ importing: false, itemsSynced: 3, progress: 1, estimatedTotal: 3 }),
  ),
  // Every call page asks for its insights; a call without any unless a test says otherwise.
  http.get('/api/calls/:callId/insights', ({ params }) =>
    HttpResponse.json({
      insights: {
        callId: Number(params.callId),
        status: 'none',
        message: 'No insights for this call.',
        transcript: null,
        summary: null,
        sentiment: null,
        topics: null,
        actionItems: null,
      },
    }),
  ),
);

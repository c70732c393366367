import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { contact, liveCall } from './support/agent-fixtures';
import { callPage, sessionAccount } from './support/fixtures';
import { renderRoute } from './support/render-route';
import { server } from './support/server';

describe('pages say what they mean', () => {
  it('says "No such call" for an unknown call id, with the way back instead of Retry', async () => {
    server.use(
      http.get('/api/calls/999999', () =>
        HttpResponse.json({ error: { code: 'not_found', message: 'No call 999999.' } }, { status: 404 }),
      ),
    );
    renderRoute('/calls/999999');
    expect(await screen.findByRole('heading', { name: 'No such call' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to calls' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });

  it('reads field lines of a contact’s information (external_custom_id:99015) as labelled fields', async () => {
    server.use(
      http.get('/api/contacts/501', () =>
        HttpResponse.json({
          contact: contact({ information: 'VIP since 2020\nexternal_custom_id:99015' }),
          calls: [],
        }),
      ),
    );
    renderRoute('/contacts/501');
    expect(await screen.findByText('External custom ID')).toBeInTheDocument();
    expect(screen.getByText('99015')).toBeInTheDocument();
    expect(screen.getByText('VIP since 2020')).toBeInTheDocument();
    expect(screen.queryByText(/external_custom_id/)).not.toBeInTheDocument();
  });

  it('tells the users’ live availability apart from the status they chose', async () => {
    server.use(
      http.get('/api/users', () =>
        HttpResponse.json({
          users: [
            {
              id: 1,
              name: 'Ada',
              email: 'ada@example.com',
              availability: 'offline',
              availabilityStatus: 'available',
              wrapUpTime: 0,
              timeZone: 'UTC',
              language: 'en',
              teamIds: [],
              numberIds: [],
              availabilitySince: null,
              createdAt: 1_700_000_000,
            },
          ],
          meta: { page: 1, perPage: 50, total: 1, hasNextPage: false },
        }),
      ),
      http.get('/api/teams', () => HttpResponse.json({ teams: [] })),
    );
    renderRoute('/users', { account: sessionAccount('supervisor') });
    const table = await screen.findByRole('table', { name: 'Users' });
    expect(within(table).getByRole('columnheader', { name: 'Right now' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Chosen status' })).toBeInTheDocument();
    expect(table).toHaveTextContent(/Right now is what Aircall sees at this moment/);
  });

  it('says whose call a transfer moves, instead of telling the reader the call leaves them', async () => {
    const call = liveCall({ agent: { id: 3, name: 'Grace Hopper' } });
    server.use(http.get('/api/calls', () => HttpResponse.json(callPage([call]))));
    const { user } = renderRoute('/live');
    await user.click(await screen.findByRole('button', { name: 'Transfer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Transfer call' });
    expect(dialog).toHaveTextContent('Aircall moves the call from Grace Hopper');
    expect(dialog).not.toHaveTextContent('leaves you');
  });
});

describe('call-history import banner', () => {
  it('shows the import’s progress on a fresh start, then refreshes the list and goes away when it ends', async () => {
    let state = { importing: true, itemsSynced: 1_250, progress: 0.25, estimatedTotal: 5_000 };
    let listed = 0;
    server.use(
      http.get('/api/sync/call-history', () => HttpResponse.json(state)),
      http.get('/api/calls', () => {
        listed += 1;
        return HttpResponse.json(callPage([]));
      }),
    );
    renderRoute('/calls');
    expect(await screen.findByText(/Importing call history: 1,250 of ~5,000/)).toBeInTheDocument();
    const before = listed;
    state = { importing: false, itemsSynced: 5_000, progress: 1, estimatedTotal: 5_000 };
    await waitFor(() => expect(screen.queryByText(/Importing call history/)).not.toBeInTheDocument(), {
      timeout: 8_000,
    });
    await waitFor(() => expect(listed).toBeGreaterThan(before));
  });
});

describe('signed-out load', () => {
  it('learns there is no session without a request answered 401 (which every browser logs as an error)', async () => {
    const statuses: number[] = [];
    server.events.on('response:mocked', ({ response }) => statuses.push(response.status));
    renderRoute('/calls', { account: null });
    expect(await screen.findByRole('heading', { name: 'Sign in to Switchboard' })).toBeInTheDocument();
    server.events.removeAllListeners();
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.filter((status) => status >= 400)).toEqual([]);
  });
});

import { screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { callPage, callRow, sessionAccount } from './support/fixtures';
import { user as aUser, usersPage } from './support/manage-fixtures';
import { renderRoute, serveSession } from './support/render-route';
import { server } from './support/server';

/** A request the test answers when it chooses: how a slow Aircall read looks from the browser. */
function heldResponse(body: Record<string, unknown>) {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  return {
    release,
    resolver: async () => {
      await released;
      return HttpResponse.json(body);
    },
  };
}

const serveDirectory = () =>
  server.use(
    http.get('/api/users', () => HttpResponse.json(usersPage([aUser()]))),
    http.get('/api/teams', () => HttpResponse.json({ teams: [] })),
  );

describe('navigations that wait', () => {
  it('show that the page is loading instead of leaving the previous page as it was', async () => {
    serveDirectory();
    server.use(http.get('/api/calls', () => HttpResponse.json(callPage([]))));
    const campaigns = heldResponse({ campaigns: [] });
    server.use(http.get('/api/dialer-campaigns', campaigns.resolver));
    const { user } = renderRoute('/calls', { account: sessionAccount('supervisor') });
    await screen.findByRole('heading', { name: 'Calls' });

    await user.click(screen.getByRole('link', { name: 'Campaigns' }));
    expect(await screen.findByRole('progressbar', { name: 'Loading the page' })).toBeInTheDocument();
    expect(await screen.findByRole('status', { name: 'Loading' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Calls' })).not.toBeInTheDocument();

    campaigns.release();
    expect(await screen.findByRole('heading', { name: 'Dialer campaigns' })).toBeInTheDocument();
    expect(screen.queryByRole('progressbar', { name: 'Loading the page' })).not.toBeInTheDocument();
  });

  it('keep the call list and its filters on screen while a new filter loads, marked as loading', async () => {
    const next = heldResponse(callPage([callRow({ id: 2, agent: { id: 2, name: 'Filtered Agent' } })]));
    server.use(
      http.get('/api/calls', ({ request }) =>
        new URL(request.url).searchParams.has('from')
          ? next.resolver()
          : HttpResponse.json(callPage([callRow({ id: 1, agent: { id: 1, name: 'First Agent' } })])),
      ),
    );
    const { user } = renderRoute('/calls');
    await screen.findByText('First Agent');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Started' }), 'Last 7 days');
    expect(await screen.findByRole('progressbar', { name: 'Loading calls' })).toBeInTheDocument();
    expect(screen.getByText('First Agent')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Started' }), 'Custom range…');

    next.release();
    expect(await screen.findByText('Filtered Agent')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar', { name: 'Loading calls' })).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Started' })).toHaveValue('custom');
    expect(screen.getByLabelText('From')).not.toHaveValue('');
  });

  it('take the sign-in form away once the account is signed in, while the page asked for loads', async () => {
    serveDirectory();
    const campaigns = heldResponse({ campaigns: [] });
    server.use(
      http.get('/api/dialer-campaigns', campaigns.resolver),
      http.post('/api/auth/login', () => {
        serveSession(sessionAccount('supervisor'));
        return HttpResponse.json({ account: sessionAccount('supervisor') });
      }),
    );
    const { user } = renderRoute('/campaigns', { account: null });
    await user.type(await screen.findByLabelText('Email'), 'supervisor@example.com');
    await user.type(screen.getByLabelText('Password'), 'correct horse');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('status', { name: 'Loading' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Sign in' })).not.toBeInTheDocument();
    campaigns.release();
    expect(await screen.findByRole('heading', { name: 'Dialer campaigns' })).toBeInTheDocument();
  });
});

import { screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { callPage, callRow, sessionAccount } from './support/fixtures';
import { renderRoute, serveSession } from './support/render-route';
import { server } from './support/server';

const serveNoCalls = () => server.use(http.get('/api/calls', () => HttpResponse.json(callPage([]))));

describe('signing in', () => {
  it('sends a visitor without a session to the login page and back to the page they asked for', async () => {
    serveNoCalls();
    const bodies: unknown[] = [];
    server.use(
      http.post('/api/auth/login', async ({ request }) => {
        bodies.push(await request.json());
        expect(request.headers.get('x-switchboard-request')).not.toBeNull();
        serveSession(sessionAccount('agent'));
        return HttpResponse.json({ account: sessionAccount('agent') });
      }),
    );
    const { user, router } = renderRoute('/calls?order=asc', { account: null });

    expect(await screen.findByRole('heading', { name: 'Sign in to Switchboard' })).toBeInTheDocument();
    expect(router.state.location.search).toEqual({ redirect: '/calls?order=asc' });
    await user.type(screen.getByLabelText('Email'), 'agent@example.com');
    await user.type(screen.getByLabelText('Password'), 'correct horse');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: 'Calls' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/calls');
    expect(router.state.location.search).toMatchObject({ order: 'asc' });
    expect(bodies).toEqual([{ email: 'agent@example.com', password: 'correct horse' }]);
  });

  it('says plainly when the pair is wrong, and puts rule errors beside their field', async () => {
    let answer = 401;
    server.use(
      http.post('/api/auth/login', () =>
        answer === 401
          ? HttpResponse.json({ error: { code: 'unauthenticated', message: 'Wrong pair' } }, { status: 401 })
          : HttpResponse.json(
              {
                error: {
                  code: 'bad_request',
                  message: 'Invalid request',
                  details: {
                    fields: [{ field: 'body.email', rule: 'must be an email address like jane@example.com' }],
                  },
                },
              },
              { status: 400 },
            ),
      ),
    );
    const { user } = renderRoute('/login', { account: null });
    await user.type(await screen.findByLabelText('Email'), 'a@b.co');
    await user.type(screen.getByLabelText('Password'), 'nope');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That email and password don’t match an account.');

    answer = 400;
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('must be an email address like jane@example.com')).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(
      'must be an email address like jane@example.com',
    );
  });

  it('never follows a redirect to another site', async () => {
    serveNoCalls();
    const { router } = renderRoute('/login?redirect=//evil.example/x');
    await screen.findByRole('heading', { name: 'Calls' });
    expect(router.state.location.pathname).toBe('/calls');
  });
});

describe('signed-in shell', () => {
  it('shows an agent only the pages an agent may use', async () => {
    serveNoCalls();
    renderRoute('/calls', { account: sessionAccount('agent') });
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Calls', 'Live', 'Contacts']);
  });

  it('shows a supervisor the floor pages and an admin everything', async () => {
    serveNoCalls();
    const { unmount } = renderRoute('/calls', { account: sessionAccount('supervisor') });
    let nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Teams' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Admin' })).not.toBeInTheDocument();
    unmount();

    renderRoute('/calls', { account: sessionAccount('admin') });
    nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getAllByRole('link')).toHaveLength(10);
  });

  it('signs out from the account menu and forgets the account’s data', async () => {
    serveNoCalls();
    let loggedOut = false;
    server.use(
      http.post('/api/auth/logout', () => {
        loggedOut = true;
        serveSession(null);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user, router, queryClient } = renderRoute('/calls');
    await user.click(await screen.findByRole('button', { name: 'Account: agent@example.com' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { name: 'Sign in to Switchboard' })).toBeInTheDocument();
    expect(loggedOut).toBe(true);
    expect(router.state.location.pathname).toBe('/login');
    expect(queryClient.getQueryCache().findAll({ queryKey: ['calls'] })).toHaveLength(0);
  });

  it('goes to the login page when the session ends while a page is open', async () => {
    let expired = false;
    server.use(
      http.get('/api/calls', () =>
        expired
          ? HttpResponse.json({ error: { code: 'unauthenticated', message: 'Session ended' } }, { status: 401 })
          : HttpResponse.json(callPage([callRow()])),
      ),
    );
    const { user, router } = renderRoute('/calls');
    await screen.findByRole('table', { name: 'Calls' });
    expired = true;
    await user.click(within(await screen.findByRole('columnheader', { name: /started at/i })).getByRole('button'));
    expect(await screen.findByRole('heading', { name: 'Sign in to Switchboard' })).toBeInTheDocument();
    expect(router.state.location.search.redirect).toMatch(/^\/calls\?.*order=asc/);
  });

  it('shows the 403 page when the BFF refuses the role', async () => {
    server.use(
      http.get('/api/calls', () =>
        HttpResponse.json({ error: { code: 'forbidden', message: 'Agents may not list this.' } }, { status: 403 }),
      ),
    );
    renderRoute('/calls');
    expect(await screen.findByRole('heading', { name: 'You don’t have access to this page' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to calls' })).toBeInTheDocument();
  });
});

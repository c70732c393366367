import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { callRow, sessionAccount } from './support/fixtures';
import { team, user, userDetail, usersPage } from './support/manage-fixtures';
import { renderRoute } from './support/render-route';
import { server } from './support/server';

const supervisor = sessionAccount('supervisor');
const serveTeams = () => server.use(http.get('/api/teams', () => HttpResponse.json({ teams: [team()] })));

describe('/users', () => {
  it('lists users with their availability, and filters through the URL', async () => {
    serveTeams();
    const queries: Record<string, string>[] = [];
    server.use(
      http.get('/api/users', ({ request }) => {
        const params = Object.fromEntries(new URL(request.url).searchParams);
        queries.push(params);
        return HttpResponse.json(
          usersPage(
            params.availability === 'in_call'
              ? [user({ id: 8, name: 'Grace Hopper', availability: 'in_call' })]
              : [user(), user({ id: 8, name: 'Grace Hopper', availability: 'in_call' })],
          ),
        );
      }),
    );
    const { user: person, router } = renderRoute('/users', { account: supervisor });
    const table = await screen.findByRole('table', { name: 'Users' });
    expect(within(table).getByRole('row', { name: /Ada Lovelace/ })).toHaveTextContent('Available');
    expect(within(table).getByRole('row', { name: /Grace Hopper/ })).toHaveTextContent('In a call');
    expect(within(table).getByRole('row', { name: /Ada Lovelace/ })).toHaveTextContent('Support');

    await person.selectOptions(screen.getByRole('combobox', { name: 'Availability' }), 'in_call');
    await waitFor(() => expect(screen.queryByRole('row', { name: /Ada Lovelace/ })).not.toBeInTheDocument());
    expect(router.state.location.search).toMatchObject({ availability: 'in_call' });
    expect(queries.at(-1)).toMatchObject({ availability: 'in_call' });

    await person.click(screen.getByRole('button', { name: 'Remove filter: In a call' }));
    expect(await screen.findByRole('row', { name: /Ada Lovelace/ })).toBeInTheDocument();
  });

  it('tells “no match” apart from an empty company', async () => {
    serveTeams();
    server.use(http.get('/api/users', () => HttpResponse.json(usersPage([]))));
    renderRoute('/users?q=zed', { account: supervisor });
    expect(await screen.findByRole('heading', { name: 'No users match these filters' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove filter: Matches “zed”' })).toBeInTheDocument();
  });

  it('is not for agents', async () => {
    renderRoute('/users', { account: sessionAccount('agent') });
    expect(await screen.findByRole('heading', { name: 'You don’t have access to this page' })).toBeInTheDocument();
  });
});

describe('/users/$userId', () => {
  it('shows status, teams, numbers and recent calls, and saves availability settings', async () => {
    let current = userDetail({ recentCalls: [callRow({ rawDigits: '+44 20 7946 0958' })] });
    const patches: unknown[] = [];
    server.use(
      http.get('/api/users/7', () => HttpResponse.json({ user: current })),
      http.patch('/api/users/7', async ({ request }) => {
        const body = (await request.json()) as Record<string, unknown>;
        patches.push(body);
        current = { ...current, ...body };
        return HttpResponse.json({ user: current });
      }),
    );
    const { user: person } = renderRoute('/users/7', { account: supervisor });
    expect(await screen.findByRole('heading', { name: 'Ada Lovelace' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Support' })).toBeInTheDocument();
    expect(screen.getByText('+33 1 76 11 11 11')).toBeInTheDocument();
    expect(
      within(screen.getByRole('table', { name: 'Recent calls' })).getByText('+44 20 7946 0958'),
    ).toBeInTheDocument();

    const wrapUp = screen.getByLabelText('Wrap-up time (seconds)');
    await person.clear(wrapUp);
    await person.type(wrapUp, '4000');
    expect(wrapUp).toHaveAccessibleDescription(expect.stringContaining('Whole seconds from 0 to 3600.'));
    await person.clear(wrapUp);
    await person.type(wrapUp, '45');
    await person.selectOptions(screen.getByLabelText('Availability status'), 'unavailable');
    await person.click(screen.getByRole('button', { name: 'Save settings' }));

    await waitFor(() => expect(patches).toEqual([{ availabilityStatus: 'unavailable', wrapUpTime: 45 }]));
    expect(await screen.findByRole('button', { name: 'Save settings' })).toBeDisabled();
  });

  it('calls a number in E.164, read in the country of the line it goes out from', async () => {
    const calls: unknown[] = [];
    const dials: unknown[] = [];
    server.use(
      http.get('/api/users/7', () => HttpResponse.json({ user: userDetail() })),
      http.post('/api/users/7/calls', async ({ request }) => {
        calls.push(await request.json());
        return new HttpResponse(null, { status: 204 });
      }),
      http.post('/api/users/7/dial', async ({ request }) => {
        dials.push(await request.json());
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user: person } = renderRoute('/users/7', { account: supervisor });
    const number = await screen.findByLabelText('Number to call');
    await person.type(number, '12345');
    await person.click(screen.getByRole('button', { name: 'Call now' }));
    expect(await screen.findByText(/Not a valid phone number/)).toBeInTheDocument();
    expect(calls).toEqual([]);

    await person.clear(number);
    // A French national number: the line is a +33 number.
    await person.type(number, '06 12 34 56 78');
    await person.click(screen.getByRole('button', { name: 'Call now' }));
    await waitFor(() => expect(calls).toEqual([{ numberId: 1, to: '+33612345678' }]));
    await person.click(screen.getByRole('button', { name: 'Put on keypad' }));
    await waitFor(() => expect(dials).toEqual([{ to: '+33612345678' }]));
  });

  it('explains why a busy user cannot be called', async () => {
    server.use(http.get('/api/users/7', () => HttpResponse.json({ user: userDetail({ availability: 'in_call' }) })));
    renderRoute('/users/7', { account: supervisor });
    expect(await screen.findByRole('button', { name: 'Call now' })).toBeDisabled();
    expect(screen.getByText(/Aircall only starts a call for an available user/)).toBeInTheDocument();
  });
});

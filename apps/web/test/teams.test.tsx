import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { sessionAccount } from './support/fixtures';
import { member, team, teamDetail, user, usersPage } from './support/manage-fixtures';
import { createManualClock } from './support/manual-clock';
import { renderRoute } from './support/render-route';
import { server } from './support/server';

const supervisor = sessionAccount('supervisor');

describe('/teams', () => {
  it('lists teams with their member counts', async () => {
    server.use(
      http.get('/api/teams', () =>
        HttpResponse.json({ teams: [team(), team({ id: 2, name: 'Sales', memberCount: 5, availableCount: 3 })] }),
      ),
    );
    renderRoute('/teams', { account: supervisor });
    const table = await screen.findByRole('table', { name: 'Teams' });
    const sales = within(table).getByRole('row', { name: /Sales/ });
    expect(
      within(sales)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(expect.arrayContaining(['Sales', '5', '3']));
  });

  it('shows an agent the 403 page without asking the BFF for teams', async () => {
    renderRoute('/teams', { account: sessionAccount('agent') });
    expect(await screen.findByRole('heading', { name: 'You don’t have access to this page' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Teams' })).not.toBeInTheDocument();
  });

  it('checks the name before creating a team, then opens its page', async () => {
    const created: unknown[] = [];
    server.use(
      http.get('/api/teams', () => HttpResponse.json({ teams: [team()] })),
      http.post('/api/teams', async ({ request }) => {
        created.push(await request.json());
        return HttpResponse.json({ team: teamDetail({ id: 9, name: 'Night shift', members: [] }) }, { status: 201 });
      }),
    );
    const { user: person, router } = renderRoute('/teams', { account: supervisor });
    await person.click(await screen.findByRole('button', { name: 'New team' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create a team' });
    const name = await within(dialog).findByLabelText('Team name');
    const submit = within(dialog).getByRole('button', { name: 'Create team' });

    await person.click(submit);
    expect(name).toHaveAccessibleDescription(expect.stringContaining("Can't be blank."));
    await person.type(name, ' support ');
    await person.click(submit);
    expect(name).toHaveAccessibleDescription(expect.stringContaining('A team of that name already exists'));
    await person.clear(name);
    await person.click(name);
    await person.paste('x'.repeat(65));
    await person.click(submit);
    expect(name).toHaveAccessibleDescription(expect.stringContaining('at most 64 characters'));
    expect(created).toEqual([]);

    await person.clear(name);
    await person.type(name, 'Night shift');
    await person.click(submit);
    expect(await screen.findByRole('heading', { name: 'Night shift' })).toBeInTheDocument();
    expect(created).toEqual([{ name: 'Night shift' }]);
    expect(router.state.location.pathname).toBe('/teams/9');
  });

  it('puts the BFF’s refusal beside the name', async () => {
    server.use(
      http.get('/api/teams', () => HttpResponse.json({ teams: [] })),
      http.post('/api/teams', () =>
        HttpResponse.json(
          { error: { code: 'conflict', message: 'Aircall already has a team with that name.' } },
          { status: 409 },
        ),
      ),
    );
    const { user: person } = renderRoute('/teams', { account: supervisor });
    await person.click(await screen.findByRole('button', { name: 'New team' }));
    const name = await screen.findByLabelText('Team name');
    await person.type(name, 'Support');
    await person.click(screen.getByRole('button', { name: 'Create team' }));
    await waitFor(() =>
      expect(name).toHaveAccessibleDescription(expect.stringContaining('Aircall already has a team with that name.')),
    );
  });

  it('puts the BFF’s rule for a field beside that field (a 400 naming body.name)', async () => {
    server.use(
      http.get('/api/teams', () => HttpResponse.json({ teams: [] })),
      http.post('/api/teams', () =>
        HttpResponse.json(
          {
            error: {
              code: 'bad_request',
              message: 'body.name: must not contain emojis (Aircall removes them)',
              details: { fields: [{ field: 'body.name', rule: 'must not contain emojis (Aircall removes them)' }] },
            },
          },
          { status: 400 },
        ),
      ),
    );
    const { user: person } = renderRoute('/teams', { account: supervisor });
    await person.click(await screen.findByRole('button', { name: 'New team' }));
    const name = await screen.findByLabelText('Team name');
    await person.type(name, 'Support');
    await person.click(screen.getByRole('button', { name: 'Create team' }));
    await waitFor(() =>
      expect(name).toHaveAccessibleDescription(
        expect.stringContaining('Must not contain emojis (Aircall removes them).'),
      ),
    );
    expect(screen.queryByText(/body\.name/)).not.toBeInTheDocument();
  });

  it('explains what deleting a team does before deleting it', async () => {
    let teams = [team(), team({ id: 2, name: 'Sales' })];
    const deleted: string[] = [];
    server.use(
      http.get('/api/teams', () => HttpResponse.json({ teams })),
      http.delete('/api/teams/:teamId', ({ params }) => {
        deleted.push(String(params.teamId));
        teams = teams.filter((candidate) => String(candidate.id) !== params.teamId);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user: person } = renderRoute('/teams', { account: supervisor });
    await person.click(await screen.findByRole('button', { name: 'Delete team Sales' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete the team “Sales”?' });
    expect(dialog).toHaveTextContent('leaves the call distribution of every number');
    expect(dialog).toHaveTextContent('past calls keep their history');
    await person.click(within(dialog).getByRole('button', { name: 'Delete team' }));

    await waitFor(() => expect(screen.queryByRole('row', { name: /Sales/ })).not.toBeInTheDocument());
    expect(deleted).toEqual(['2']);
    expect(screen.getByRole('row', { name: /Support/ })).toBeInTheDocument();
  });
});

describe('/teams/$teamId', () => {
  it('adds members found by searching users', async () => {
    const clock = createManualClock();
    let current = teamDetail({ members: [member()] });
    const searches: string[] = [];
    server.use(
      http.get('/api/teams/1', () => HttpResponse.json({ team: current })),
      http.get('/api/teams', () => HttpResponse.json({ teams: [current] })),
      http.get('/api/users', ({ request }) => {
        searches.push(new URL(request.url).searchParams.get('q') ?? '');
        return HttpResponse.json(
          usersPage([
            user(),
            user({ id: 8, name: 'Grace Hopper', email: 'grace@example.com', availability: 'in_call' }),
          ]),
        );
      }),
      http.post('/api/teams/1/members/:userId', ({ params }) => {
        expect(params.userId).toBe('8');
        current = teamDetail({
          members: [member(), member({ id: 8, name: 'Grace Hopper', email: 'grace@example.com' })],
        });
        return HttpResponse.json({ team: current });
      }),
    );
    const { user: person } = renderRoute('/teams/1', { account: supervisor, clock });
    await person.type(await screen.findByLabelText('Search users to add'), 'gr');
    clock.advance(250);

    const found = await screen.findByRole('list', { name: 'Users found' });
    // Ada is already a member: only Grace is offered.
    expect(within(found).queryByRole('button', { name: 'Add Ada Lovelace' })).not.toBeInTheDocument();
    await person.click(within(found).getByRole('button', { name: 'Add Grace Hopper' }));

    const members = screen.getByRole('table', { name: 'Members' });
    expect(await within(members).findByRole('link', { name: 'Grace Hopper' })).toBeInTheDocument();
    // One search once typing paused, none for the half-typed "g" (later ones refresh the list after the add).
    expect(searches[0]).toBe('gr');
    expect(searches).not.toContain('g');
  });

  it('removes a member only once the undo window has passed', async () => {
    const clock = createManualClock();
    const removed: string[] = [];
    server.use(
      http.get('/api/teams/1', () =>
        HttpResponse.json({ team: teamDetail({ members: [member(), member({ id: 8, name: 'Grace Hopper' })] }) }),
      ),
      http.delete('/api/teams/1/members/:userId', ({ params }) => {
        removed.push(String(params.userId));
        return HttpResponse.json({ team: teamDetail({ members: [member()] }) });
      }),
      http.get('/api/teams', () => HttpResponse.json({ teams: [team()] })),
    );
    const { user: person } = renderRoute('/teams/1', { account: supervisor, clock });
    await person.click(await screen.findByRole('button', { name: 'Remove Grace Hopper' }));

    expect(screen.queryByRole('link', { name: 'Grace Hopper' })).not.toBeInTheDocument();
    expect(removed).toEqual([]);
    clock.advance(5_000);
    await waitFor(() => expect(removed).toEqual(['8']));
    expect(screen.getByRole('link', { name: 'Ada Lovelace' })).toBeInTheDocument();
  });
});

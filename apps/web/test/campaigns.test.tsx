import type { DialerCampaign, Job } from '@switchboard/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { parsePhoneList } from '../src/features/campaigns/phone-list';
import { sessionAccount } from './support/fixtures';
import { team, user, usersPage } from './support/manage-fixtures';
import { renderRoute } from './support/render-route';
import { server } from './support/server';

const supervisor = sessionAccount('supervisor');

function campaign(overrides: Partial<DialerCampaign> = {}): DialerCampaign {
  return {
    id: 1,
    user: { id: 7, name: 'Ada Lovelace' },
    numberId: null,
    createdAt: 1_760_000_000,
    total: 10,
    called: 4,
    ...overrides,
  };
}

function job(overrides: Partial<Job> = {}): Job {
  return {
    id: '0b0f8c5e-8a55-4f7e-9f43-2f4f6d3c1a11',
    kind: 'dialerCampaigns.teamImport',
    state: 'running',
    total: 2,
    done: 0,
    failed: 0,
    failures: [],
    createdAt: 1_760_000_000,
    finishedAt: null,
    ...overrides,
  };
}

function serveDirectory(campaigns: DialerCampaign[]) {
  server.use(
    http.get('/api/dialer-campaigns', () => HttpResponse.json({ campaigns })),
    http.get('/api/users', () =>
      HttpResponse.json(usersPage([user(), user({ id: 8, name: 'Grace Hopper', email: 'grace@example.com' })])),
    ),
    http.get('/api/teams', () => HttpResponse.json({ teams: [team({ memberCount: 2 })] })),
  );
}

describe('parsePhoneList', () => {
  it('normalises to E.164, lists what is invalid, drops repeats and skips names and headers', () => {
    const csv = 'name,phone\n"Jane","+1 415 555 0123"\nJoe,(415) 555-0123\nBob;06 12 34 56 78\nEve,12345\n+33612345678';
    expect(parsePhoneList(csv, 'US')).toEqual({
      numbers: ['+14155550123', '+33612345678'],
      invalid: ['06 12 34 56 78', '12345'],
      duplicates: 1,
    });
    expect(parsePhoneList('06 12 34 56 78\n+33 6 12 34 56 78', 'FR')).toEqual({
      numbers: ['+33612345678'],
      invalid: [],
      duplicates: 1,
    });
  });
});

describe('/campaigns', () => {
  it('shows agents with a campaign and their progress', async () => {
    serveDirectory([campaign()]);
    renderRoute('/campaigns', { account: supervisor });
    const table = await screen.findByRole('table', { name: 'Campaigns' });
    const row = within(table).getByRole('row', { name: /Ada Lovelace/ });
    expect(row).toHaveTextContent('4 / 10');
    expect(within(row).getByRole('progressbar', { name: 'Ada Lovelace’s progress' })).toHaveAttribute(
      'aria-valuenow',
      '4',
    );
  });

  it('creates a campaign from a pasted list, leaving out the invalid number and repeats', async () => {
    serveDirectory([]);
    const bodies: unknown[] = [];
    server.use(
      http.post('/api/users/8/dialer-campaign', async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json(
          { campaign: campaign({ user: { id: 8, name: 'Grace Hopper' }, total: 2, called: 0 }) },
          { status: 201 },
        );
      }),
      http.get('/api/users/8/dialer-campaign', () =>
        HttpResponse.json({ campaign: campaign({ user: { id: 8, name: 'Grace Hopper' }, total: 2, called: 0 }) }),
      ),
      http.get('/api/users/8/dialer-campaign/phone-numbers', () =>
        HttpResponse.json({
          phoneNumbers: [
            { id: 1, number: '+14155550123', called: false, createdAt: 1_760_000_000 },
            { id: 2, number: '+442079460958', called: false, createdAt: 1_760_000_000 },
          ],
        }),
      ),
    );
    const { user: person, router } = renderRoute('/campaigns', { account: supervisor });
    await person.click(await screen.findByRole('button', { name: 'New campaign' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create a dialer campaign' });
    await person.selectOptions(within(dialog).getByLabelText('Agent'), 'Grace Hopper');
    await person.click(within(dialog).getByLabelText('Phone numbers'));
    await person.paste('+1 415 555 0123\n+44 20 7946 0958\n+1 (415) 555-0123\n12345');

    expect(await within(dialog).findByText('2 valid numbers')).toBeInTheDocument();
    expect(within(dialog).getByText(/1 duplicate removed/)).toBeInTheDocument();
    expect(
      within(within(dialog).getByRole('list', { name: 'Invalid numbers' })).getByText('12345'),
    ).toBeInTheDocument();
    await person.click(within(dialog).getByRole('button', { name: 'Create campaign' }));

    expect(await screen.findByRole('heading', { name: 'Grace Hopper’s campaign' })).toBeInTheDocument();
    expect(bodies).toEqual([{ phoneNumbers: ['+14155550123', '+442079460958'] }]);
    expect(router.state.location.pathname).toBe('/campaigns/8');
  });

  it('splits a list across a team as a job and shows its progress', async () => {
    serveDirectory([]);
    const imports: unknown[] = [];
    server.use(
      http.post('/api/dialer-campaigns/team-imports', async ({ request }) => {
        imports.push(await request.json());
        return HttpResponse.json({ job: job() }, { status: 202 });
      }),
      http.get('/api/jobs/:jobId', () => HttpResponse.json({ job: job({ done: 1 }) })),
    );
    const { user: person, events } = renderRoute('/campaigns', { account: supervisor });
    const form = await screen.findByRole('form', { name: 'Team import' });
    await person.selectOptions(within(form).getByLabelText('Team'), '1');
    await person.click(within(form).getByLabelText('Phone numbers'));
    await person.paste('+14155550123\n+14155550124\n+14155550125');
    expect(await within(form).findByText(/About 2 numbers for each of its 2 members/)).toBeInTheDocument();
    await person.click(within(form).getByRole('button', { name: 'Split across the team' }));

    const bar = await within(form).findByRole('progressbar', { name: 'Team import progress' });
    expect(imports).toEqual([{ teamId: 1, phoneNumbers: ['+14155550123', '+14155550124', '+14155550125'] }]);
    // The 202's job is read again at once, then followed through job.progress events.
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '1'));
    events.emit({ type: 'job.progress', at: 1_760_000_010, job: job({ state: 'succeeded', done: 2 }) });
    expect(await within(form).findByText('Done: 2 agents updated')).toBeInTheDocument();
    expect(bar).toHaveAttribute('aria-valuenow', '2');
  });
});

describe('/campaigns/$userId', () => {
  it('removes a number, adds numbers and deletes the campaign after saying what it does', async () => {
    let numbers = [
      { id: 1, number: '+14155550123', called: true, createdAt: 1_760_000_000 },
      { id: 2, number: '+14155550124', called: false, createdAt: 1_760_000_000 },
    ];
    const added: unknown[] = [];
    let deleted = false;
    serveDirectory([campaign()]);
    server.use(
      http.get('/api/users/7/dialer-campaign', () =>
        HttpResponse.json({ campaign: campaign({ total: 2, called: 1 }) }),
      ),
      http.get('/api/users/7/dialer-campaign/phone-numbers', () => HttpResponse.json({ phoneNumbers: numbers })),
      http.delete('/api/users/7/dialer-campaign/phone-numbers/:id', ({ params }) => {
        numbers = numbers.filter((phoneNumber) => String(phoneNumber.id) !== params.id);
        return new HttpResponse(null, { status: 204 });
      }),
      http.post('/api/users/7/dialer-campaign/phone-numbers', async ({ request }) => {
        added.push(await request.json());
        return HttpResponse.json({ campaign: campaign() });
      }),
      http.delete('/api/users/7/dialer-campaign', () => {
        deleted = true;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user: person, router } = renderRoute('/campaigns/7', { account: supervisor });
    await person.click(await screen.findByRole('button', { name: 'Remove +14155550124' }));
    await waitFor(() => expect(screen.queryByText('+14155550124')).not.toBeInTheDocument());

    const add = screen.getByRole('form', { name: 'Add numbers' });
    await person.click(within(add).getByLabelText('Phone numbers'));
    await person.paste('+44 20 7946 0958');
    await person.click(await within(add).findByRole('button', { name: 'Add 1 number' }));
    await waitFor(() => expect(added).toEqual([{ phoneNumbers: ['+442079460958'] }]));

    // A number the campaign already holds is left out, so the list never shows it twice.
    await person.click(within(add).getByLabelText('Phone numbers'));
    await person.paste('+1 415 555 0123\n+33 1 42 68 53 00');
    await person.click(await within(add).findByRole('button', { name: 'Add 2 numbers' }));
    await waitFor(() =>
      expect(added).toEqual([{ phoneNumbers: ['+442079460958'] }, { phoneNumbers: ['+33142685300'] }]),
    );
    expect(await screen.findByText(/1 number was already in the campaign/)).toBeInTheDocument();

    await person.click(screen.getByRole('button', { name: 'Delete campaign' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete Ada Lovelace’s campaign?' });
    expect(dialog).toHaveTextContent('1 number not called yet will leave');
    await person.click(within(dialog).getByRole('button', { name: 'Delete campaign' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/campaigns'));
    expect(deleted).toBe(true);
  });
});

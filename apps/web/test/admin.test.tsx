import type { Account, AuditEntry, SyncStatusResponse } from '@switchboard/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { sessionAccount } from './support/fixtures';
import { renderRoute } from './support/render-route';
import { server } from './support/server';

const admin = sessionAccount('admin', { id: 1, email: 'admin@example.com' });

function account(overrides: Partial<Account> = {}): Account {
  return {
    id: 2,
    email: 'ada@example.com',
    role: 'agent',
    disabled: false,
    aircallUserId: 7,
    createdAt: 1_750_000_000,
    lastLoginAt: null,
    ...overrides,
  };
}

function serveAccounts(initial: Account[]) {
  let accounts = initial;
  const changes: unknown[] = [];
  server.use(
    http.get('/api/accounts', () =>
      HttpResponse.json({ accounts, meta: { page: 1, perPage: 100, total: accounts.length, hasNextPage: false } }),
    ),
    http.post('/api/accounts', async ({ request }) => {
      const body = (await request.json()) as { email: string; role: Account['role'] };
      changes.push(body);
      const created = account({ id: 3, email: body.email, role: body.role });
      accounts = [...accounts, created];
      return HttpResponse.json({ account: created }, { status: 201 });
    }),
    http.patch('/api/accounts/:accountId', async ({ request, params }) => {
      const body = (await request.json()) as Partial<Account>;
      changes.push({ id: params.accountId, ...body });
      accounts = accounts.map((candidate) =>
        String(candidate.id) === params.accountId ? { ...candidate, ...body } : candidate,
      );
      return HttpResponse.json({ account: accounts.find((candidate) => String(candidate.id) === params.accountId) });
    }),
  );
  return changes;
}

describe('/admin accounts', () => {
  it('changes a role, and disables an account after saying it ends their sessions', async () => {
    const changes = serveAccounts([account({ id: 1, email: 'admin@example.com', role: 'admin' }), account()]);
    const { user } = renderRoute('/admin', { account: admin });

    const table = await screen.findByRole('table', { name: 'Accounts' });
    // Admins cannot lock themselves out.
    expect(within(table).getByRole('combobox', { name: 'Role of admin@example.com' })).toBeDisabled();
    expect(within(table).queryByRole('button', { name: 'Disable admin@example.com' })).not.toBeInTheDocument();

    await user.selectOptions(within(table).getByRole('combobox', { name: 'Role of ada@example.com' }), 'supervisor');
    await waitFor(() => expect(changes).toEqual([{ id: '2', role: 'supervisor' }]));

    await user.click(within(table).getByRole('button', { name: 'Disable ada@example.com' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Disable ada@example.com?' });
    expect(confirm).toHaveTextContent('signed out everywhere at once');
    await user.click(within(confirm).getByRole('button', { name: 'Disable account' }));
    expect(await within(table).findByRole('button', { name: 'Enable ada@example.com' })).toBeInTheDocument();
    expect(changes).toContainEqual({ id: '2', disabled: true });
  });

  it('creates an account once the password is long enough', async () => {
    const changes = serveAccounts([account({ id: 1, email: 'admin@example.com', role: 'admin' })]);
    const { user } = renderRoute('/admin', { account: admin });
    const table = await screen.findByRole('table', { name: 'Accounts' });
    await user.click(screen.getByRole('button', { name: 'New account' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create an account' });
    await user.click(within(dialog).getByLabelText('Email'));
    await user.paste('grace@example.com');
    await user.selectOptions(within(dialog).getByLabelText('Role'), 'supervisor');
    await user.type(within(dialog).getByLabelText('Initial password'), 'short');
    await user.click(within(dialog).getByRole('button', { name: 'Create account' }));
    expect(within(dialog).getByLabelText('Initial password')).toHaveAccessibleDescription(
      expect.stringContaining('At least 12 characters.'),
    );
    await user.click(within(dialog).getByLabelText('Initial password'));
    await user.paste(' but long enough');
    await user.click(within(dialog).getByRole('button', { name: 'Create account' }));
    expect(await within(table).findByText('grace@example.com')).toBeInTheDocument();
    expect(changes).toContainEqual({
      email: 'grace@example.com',
      role: 'supervisor',
      password: 'short but long enough',
    });
  });

  it('is for admins only', async () => {
    renderRoute('/admin/audit', { account: sessionAccount('supervisor') });
    expect(await screen.findByRole('heading', { name: 'You don’t have access to this page' })).toBeInTheDocument();
  });
});

describe('/admin/audit', () => {
  it('lists who did what with which result, filtered through the URL', async () => {
    const entry: AuditEntry = {
      id: 1,
      at: 1_760_000_000,
      account: { id: 2, email: 'ada@example.com', role: 'supervisor' },
      action: 'teams.create',
      path: '/api/teams',
      result: 'failure',
      status: 409,
      errorCode: 'conflict',
      details: { name: 'Support' },
    };
    const results: (string | null)[] = [];
    server.use(
      http.get('/api/audit', ({ request }) => {
        results.push(new URL(request.url).searchParams.get('result'));
        return HttpResponse.json({ entries: [entry], meta: { page: 1, perPage: 50, total: 1, hasNextPage: false } });
      }),
    );
    const { user, router } = renderRoute('/admin/audit', { account: admin });
    const row = within(await screen.findByRole('table', { name: 'Audit log' })).getByRole('row', {
      name: /teams.create/,
    });
    expect(row).toHaveTextContent('ada@example.com');
    expect(row).toHaveTextContent('failure · 409');
    expect(row).toHaveTextContent('name=Support');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Result' }), 'failure');
    await waitFor(() => expect(router.state.location.search).toMatchObject({ result: 'failure' }));
    await waitFor(() => expect(results.at(-1)).toBe('failure'));
  });
});

describe('/admin/audit action filter', () => {
  it('filters by the start of an action ("calls" is every calls.* action) and offers the audited actions', async () => {
    const actions: (string | null)[] = [];
    server.use(
      http.get('/api/audit', ({ request }) => {
        actions.push(new URL(request.url).searchParams.get('action'));
        return HttpResponse.json({ entries: [], meta: { page: 1, perPage: 50, total: 0, hasNextPage: false } });
      }),
    );
    const { user, router } = renderRoute('/admin/audit?page=2', { account: admin });
    const field = await screen.findByRole('combobox', { name: 'Action' });
    const offered = [...document.querySelectorAll('#audit-actions option')].map((option) =>
      option.getAttribute('value'),
    );
    expect(offered).toEqual(expect.arrayContaining(['calls', 'calls.transfer', 'teams.create']));

    await user.type(field, 'calls');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(actions.at(-1)).toBe('calls'));
    expect(router.state.location.search).toEqual({ action: 'calls' });
  });
});

describe('/admin/sync', () => {
  it('shows each resource’s sync, the Aircall budget and whether the webhook delivers', async () => {
    const status: SyncStatusResponse = {
      resources: [
        {
          resource: 'calls',
          state: 'backfilling',
          checkpoint: 1_759_000_000,
          progress: 0.4,
          itemsSynced: 8000,
          lastSuccessAt: 1_760_000_000,
          nextRunAt: null,
          lastError: null,
        },
        {
          resource: 'users',
          state: 'failed',
          checkpoint: null,
          progress: null,
          itemsSynced: 0,
          lastSuccessAt: null,
          nextRunAt: 1_760_000_060,
          lastError: 'Aircall answered 503',
        },
      ],
      budget: {
        limitPerMinute: 60,
        available: 12.5,
        usedLastMinute: { live: 2, interactive: 10, background: 36 },
        pausedUntil: null,
        rateLimitedLastHour: 1,
      },
      webhook: { registered: true, active: false, lastEventAt: null, pendingEvents: 3 },
    };
    server.use(http.get('/api/sync/status', () => HttpResponse.json(status)));
    renderRoute('/admin/sync', { account: admin });

    const webhook = await screen.findByRole('region', { name: 'Webhook' });
    expect(webhook).toHaveTextContent('Not receiving');
    expect(webhook).toHaveTextContent('Aircall disabled it after failed deliveries');
    expect(screen.getByRole('region', { name: 'Aircall budget' })).toHaveTextContent('Available now12');
    const table = screen.getByRole('table', { name: 'Sync per resource' });
    expect(within(table).getByRole('progressbar', { name: 'Calls backfill' })).toHaveAttribute('aria-valuenow', '40');
    expect(within(table).getByRole('row', { name: /Users/ })).toHaveTextContent('Aircall answered 503');
    expect(within(table).getByRole('row', { name: /Calls/ })).toHaveTextContent('Importing');
  });

  it('shows a fully mirrored resource waiting for its next refresh as up to date, not as a warning', async () => {
    const resource = {
      resource: 'teams' as const,
      state: 'waiting' as const,
      checkpoint: 1_760_000_000,
      progress: 1,
      itemsSynced: 12,
      lastSuccessAt: 1_760_000_000,
      nextRunAt: 1_760_000_300,
      lastError: null,
    };
    server.use(
      http.get('/api/sync/status', () =>
        HttpResponse.json({
          resources: [resource],
          budget: {
            limitPerMinute: 60,
            available: 60,
            usedLastMinute: { live: 0, interactive: 0, background: 0 },
            pausedUntil: null,
            rateLimitedLastHour: 0,
          },
          webhook: { registered: true, active: true, lastEventAt: null, pendingEvents: 0 },
        }),
      ),
    );
    renderRoute('/admin/sync', { account: admin });
    const row = within(await screen.findByRole('table', { name: 'Sync per resource' })).getByRole('row', {
      name: /Teams/,
    });
    expect(within(row).getByText('Up to date')).toHaveClass('bg-success/15');
  });
});

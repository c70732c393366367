import { beforeAll, expect, it } from 'vitest';
import type { AuditEntryInput } from '../../src/store';
import { describeOnEachDriver } from './harness';

const entry = (overrides: Partial<AuditEntryInput>): AuditEntryInput => ({
  actor: null,
  action: 'calls.tag',
  path: '/api/calls/1/tags',
  result: 'success',
  status: 200,
  errorCode: null,
  ...overrides,
});

describeOnEachDriver('audit log', (ctx) => {
  let start: number;
  let accountId: number;

  beforeAll(async () => {
    start = Math.floor(ctx.clock.now() / 1000);
    const account = await ctx.store.accounts.create({
      email: 'ops@example.com',
      password: 'pw-pw-pw-pw',
      role: 'agent',
    });
    accountId = account.id;
    const actor = { accountId, email: account.email, role: account.role };
    await ctx.store.audit.record(entry({ actor, inputSummary: { tagIds: [3] } }));
    ctx.clock.advance(60_000);
    await ctx.store.audit.record(
      entry({
        actor,
        action: 'accounts.create',
        path: '/api/accounts',
        result: 'denied',
        status: 403,
        errorCode: 'forbidden',
      }),
    );
    ctx.clock.advance(60_000);
    await ctx.store.audit.record(
      entry({
        action: 'auth.login',
        path: '/api/auth/login',
        result: 'failure',
        status: 401,
        errorCode: 'unauthenticated',
      }),
    );
  });

  it('keeps who, what path, which result and status', async () => {
    const { entries } = await ctx.store.audit.list();
    expect(entries).toMatchObject([
      {
        accountId: null,
        actorEmail: null,
        role: null,
        action: 'auth.login',
        path: '/api/auth/login',
        result: 'failure',
        status: 401,
        errorCode: 'unauthenticated',
      },
      {
        accountId,
        actorEmail: 'ops@example.com',
        role: 'agent',
        action: 'accounts.create',
        path: '/api/accounts',
        result: 'denied',
        status: 403,
        errorCode: 'forbidden',
      },
      {
        accountId,
        actorEmail: 'ops@example.com',
        role: 'agent',
        action: 'calls.tag',
        path: '/api/calls/1/tags',
        result: 'success',
        status: 200,
        errorCode: null,
      },
    ]);
    expect(entries[2]?.inputSummary).toEqual({ tagIds: [3] });
  });

  it('filters by result, account and time (both ends included) and counts every match', async () => {
    const actions = async (options: Parameters<typeof ctx.store.audit.list>[0]) =>
      (await ctx.store.audit.list(options)).entries.map((row) => row.action);
    expect(await actions({ result: 'denied' })).toEqual(['accounts.create']);
    expect(await actions({ accountId })).toEqual(['accounts.create', 'calls.tag']);
    expect(await actions({ from: start + 60, to: start + 60 })).toEqual(['accounts.create']);
    expect(await actions({ to: start + 59 })).toEqual(['calls.tag']);
    expect((await ctx.store.audit.list({ accountId, limit: 1 })).total).toBe(2);
  });

  it('pages by offset or from the previous page’s last id', async () => {
    const first = await ctx.store.audit.list({ limit: 2 });
    expect(first).toMatchObject({ total: 3, hasNextPage: true });
    const byOffset = await ctx.store.audit.list({ limit: 2, page: 2 });
    const byKey = await ctx.store.audit.list({ limit: 2, beforeId: first.nextCursor ?? 0 });
    expect(byKey.entries).toEqual(byOffset.entries);
    expect(byKey).toMatchObject({ total: 3, hasNextPage: false, nextCursor: null });
  });
});

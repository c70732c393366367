import { createManualClock } from '@switchboard/aircall-sim';
import { type AuditEntry, csrfHeaderName, type Role } from '@switchboard/contracts';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { appOnSimulator } from '../../helpers';
import { accountsByRole, itChecksRoles, type SignedIn, send } from '../users/support';

const clock = createManualClock(Date.UTC(2026, 0, 15, 12));
let app: Awaited<ReturnType<typeof appOnSimulator>>;
let accounts: Record<Role, SignedIn>;
let agentId: number;
/** UNIX seconds between the first actions and the later ones. */
let later: number;

const list = async (query: string): Promise<{ entries: AuditEntry[]; meta: Record<string, unknown> }> =>
  (await send(accounts.admin, 'GET', `/api/audit?${query}`).expect(200)).body;

beforeAll(async () => {
  app = await appOnSimulator({ sim: { clock, rateLimit: false }, clock });
  accounts = await accountsByRole(app);
  agentId = (await send(accounts.agent, 'GET', '/api/auth/me').expect(200)).body.account.id;
  await send(accounts.agent, 'POST', '/api/accounts', { email: 'x@switchboard.test' }).expect(403);
  clock.advance(5 * 60_000);
  later = Math.floor(clock.now() / 1000);
  await request(app.app)
    .post('/api/auth/login')
    .set(csrfHeaderName, '1')
    .send({ email: 'intruder@example.com', password: 'guessing at random' })
    .expect(401);
});

describe('audit.list', () => {
  it('shows an admin the action an agent was denied', async () => {
    const { entries } = await list('result=denied');
    expect(entries).toEqual([
      {
        id: expect.any(Number),
        at: later - 5 * 60,
        account: { id: agentId, email: expect.stringContaining('@switchboard.test'), role: 'agent' },
        action: 'accounts.create',
        path: '/api/accounts',
        result: 'denied',
        status: 403,
        errorCode: 'forbidden',
        details: null,
      },
    ]);
  });

  it('shows a failed login with nobody signed in and the email that was tried', async () => {
    const { entries } = await list('action=auth.login&result=failure');
    expect(entries).toEqual([
      expect.objectContaining({
        account: null,
        path: '/api/auth/login',
        status: 401,
        errorCode: 'unauthenticated',
        details: { email: 'intruder@example.com' },
      }),
    ]);
  });

  it('filters by account, action and time', async () => {
    const agents = await list(`accountId=${agentId}`);
    expect(agents.entries.map((entry) => entry.action)).toEqual(['accounts.create', 'auth.login']);
    expect(agents.entries.every((entry) => entry.account?.id === agentId)).toBe(true);
    expect((await list(`from=${later}`)).entries.map((entry) => entry.action)).toEqual(['auth.login']);
    const before = await list(`to=${later - 1}&action=auth.login`);
    expect(before.entries.map((entry) => entry.result)).toEqual(['success', 'success', 'success']);
  });

  it('filters by the start of an action: "auth" is every auth.* action, "aut" none', async () => {
    const auth = await list('action=auth&perPage=100');
    expect(auth.entries.length).toBeGreaterThan(0);
    expect(auth.entries.every((entry) => entry.action.startsWith('auth.'))).toBe(true);
    expect(auth.meta.total).toBe(
      (await list('perPage=100')).entries.filter((e) => e.action.startsWith('auth.')).length,
    );
    expect((await list('action=aut')).entries).toEqual([]);
    expect((await list('action=accounts.create')).entries.map((entry) => entry.action)).toEqual(['accounts.create']);
  });

  it('pages newest first, by page or by cursor, with the total', async () => {
    const all = await list('perPage=100');
    // Three sign-ins, the denied action, the failed login, and the admin's own reads are not audited.
    expect(all.entries).toHaveLength(5);
    expect(all.entries.map((entry) => entry.id)).toEqual(
      [...all.entries.map((entry) => entry.id)].sort((a, b) => b - a),
    );

    const first = await list('perPage=2');
    expect(first.meta).toEqual({ page: 1, perPage: 2, total: 5, hasNextPage: true, nextCursor: expect.any(String) });
    const second = await list('perPage=2&page=2');
    const byCursor = await list(`perPage=2&cursor=${first.meta.nextCursor}`);
    expect(byCursor.entries).toEqual(second.entries);
    expect(second.entries.map((entry) => entry.id)).toEqual(all.entries.slice(2, 4).map((entry) => entry.id));

    const last = await list('perPage=2&page=3');
    expect(last.entries).toHaveLength(1);
    expect(last.meta).toMatchObject({ total: 5, hasNextPage: false, nextCursor: null });
  });

  it('refuses an invalid filter or a forged cursor (400 naming the field)', async () => {
    const fieldsOf = async (query: string) =>
      (await send(accounts.admin, 'GET', `/api/audit?${query}`).expect(400)).body.error.details.fields.map(
        (problem: { field: string }) => problem.field,
      );
    expect(await fieldsOf('result=maybe')).toEqual(['query.result']);
    expect(await fieldsOf('action=calls%25')).toEqual(['query.action']);
    expect(await fieldsOf(`from=${later}&to=${later - 60}`)).toEqual(['query.from']);
    expect(await fieldsOf(`cursor=${Buffer.from('audit:x').toString('base64url')}`)).toEqual(['query.cursor']);
  });

  describe('roles', () => itChecksRoles('audit.list', () => ({ app, accounts })));

  // Last: it writes a new account, which adds to the log the tests above count.
  it('gives each account its last sign-in (from the audit log), and null for one that never signed in', async () => {
    await send(accounts.admin, 'POST', '/api/accounts', {
      email: 'never@switchboard.test',
      password: 'a long enough password',
      role: 'agent',
    }).expect(201);
    const listed: { email: string; lastLoginAt: number | null; id: number }[] = (
      await send(accounts.admin, 'GET', '/api/accounts?perPage=100').expect(200)
    ).body.accounts;
    const signIns = (await list('action=auth.login&result=success&perPage=100')).entries;
    const agent = listed.find((account) => account.id === agentId);
    expect(agent?.lastLoginAt).toBe(Math.max(...signIns.filter((e) => e.account?.id === agentId).map((e) => e.at)));
    expect(listed.find((account) => account.email === 'never@switchboard.test')?.lastLoginAt).toBeNull();
  });
});

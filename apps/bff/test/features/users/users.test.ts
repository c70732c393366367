import type { Role, User, UserDetail } from '@switchboard/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { accountsByRole, type FloorTestApp, floorTestApp, itChecksRoles, type SignedIn, send } from './support';

let app: FloorTestApp;
let accounts: Record<Role, SignedIn>;
/** A user who answers at least one number, and that number. */
let caller: { id: number; numberId: number };

beforeAll(async () => {
  app = await floorTestApp();
  const answered = (await app.store.numbers.list()).find((number) => (number.users ?? []).length > 0);
  const userId = answered?.users?.[0]?.id;
  if (!answered || userId === undefined) throw new Error('the seeded company has no user with a number');
  caller = { id: userId, numberId: answered.id };
  accounts = await accountsByRole(app, caller.id);
});

async function makeAvailable(userId: number) {
  await app.control(`/users/${userId}/presence`, { presence: 'available' });
  await app.aircall.users.update(userId, { availability_status: 'available' });
  await app.store.users.setAvailability(userId, 'available');
}

async function latestAudit(action: string) {
  const { entries } = await app.store.audit.list({ action, limit: 1 });
  return entries[0];
}

describe('users.list', () => {
  const list = async (query: string) => {
    const res = await send(accounts.agent, 'GET', `/api/users${query}`).expect(200);
    return res.body as { users: User[]; meta: { total: number; hasNextPage: boolean; nextCursor: string | null } };
  };

  it('lists the mirrored users by name with their live availability, teams and numbers', async () => {
    const { users, meta } = await list('');
    const mirrored = await app.store.users.list();
    expect(meta.total).toBe(mirrored.length);
    expect(users.map((user) => user.name)).toEqual(
      [...users.map((user) => user.name)].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())),
    );
    const availabilities = await app.aircall.users.listAvailabilities({ per_page: 50 });
    for (const { id, availability } of availabilities.users) {
      expect(users.find((user) => user.id === id)?.availability).toBe(availability);
    }
    const me = users.find((user) => user.id === caller.id);
    expect(me?.numberIds).toContain(caller.numberId);
    const teams = await app.store.teams.list();
    for (const user of users) {
      expect(user.teamIds).toEqual(
        teams.filter((team) => team.memberIds.includes(user.id)).map((team) => team.team.id),
      );
    }
  });

  it('filters by text, availability and team', async () => {
    const all = (await list('')).users;
    const someone = all[2] as User;
    const byName = await list(`?q=${encodeURIComponent(someone.name.slice(0, 5).toUpperCase())}`);
    expect(byName.users.map((user) => user.id)).toContain(someone.id);
    expect(byName.users.every((user) => user.name.toLowerCase().includes(someone.name.slice(0, 5).toLowerCase())));

    await app.store.users.setAvailability(someone.id, 'after_call_work');
    const wrapping = await list('?availability=after_call_work');
    expect(wrapping.users.map((user) => user.id)).toContain(someone.id);
    expect(wrapping.users.every((user) => user.availability === 'after_call_work')).toBe(true);

    const team = (await app.store.teams.list()).find((record) => record.memberIds.length > 0);
    const members = await list(`?teamId=${team?.team.id}`);
    expect(members.users.map((user) => user.id).sort()).toEqual([...(team?.memberIds ?? [])].sort());
  });

  it('sorts by availability and reads every row once through cursors', async () => {
    const all = (await list('?sort=availability&perPage=100')).users;
    const order = ['available', 'in_call', 'after_call_work', 'do_not_disturb', 'offline'];
    const ranks = all.map((user) => order.indexOf(user.availability));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));

    const seen: number[] = [];
    let page = await list('?sort=availability&perPage=3');
    seen.push(...page.users.map((user) => user.id));
    while (page.meta.nextCursor) {
      page = await list(`?sort=availability&perPage=3&cursor=${page.meta.nextCursor}`);
      seen.push(...page.users.map((user) => user.id));
    }
    expect(seen).toEqual(all.map((user) => user.id));
  });

  it('names the field of an invalid query (400)', async () => {
    const res = await send(accounts.agent, 'GET', '/api/users?perPage=0&availability=asleep').expect(400);
    const fields = res.body.error.details.fields.map((problem: { field: string }) => problem.field);
    expect(fields).toEqual(expect.arrayContaining(['query.perPage', 'query.availability']));
    const cursor = await send(accounts.agent, 'GET', '/api/users?cursor=bm9wZQ').expect(400);
    expect(cursor.body.error.details.fields[0].field).toBe('query.cursor');
    const otherSort = (await list('?perPage=2')).meta.nextCursor;
    await send(accounts.agent, 'GET', `/api/users?sort=availability&cursor=${otherSort}`).expect(400);
  });

  describe('roles', () => itChecksRoles('users.list', () => ({ app, accounts })));
});

describe('users.get', () => {
  it('answers the user with teams, numbers and their newest calls', async () => {
    const res = await send(accounts.agent, 'GET', `/api/users/${caller.id}`).expect(200);
    const user = res.body.user as UserDetail;
    expect(user.numbers.map((number) => number.id)).toContain(caller.numberId);
    expect(user.numbers.every((number) => number.digits.length > 0)).toBe(true);
    const teams = (await app.store.teams.list()).filter((team) => team.memberIds.includes(caller.id));
    expect(user.teams.map((team) => team.id)).toEqual(teams.map((team) => team.team.id));
    const theirs = app.calls.filter((call) => call.user?.id === caller.id).sort((a, b) => b.started_at - a.started_at);
    expect(user.recentCalls.map((call) => call.id)).toEqual(theirs.slice(0, 20).map((call) => call.id));
    expect(user.recentCalls.every((call) => call.agent?.id === caller.id)).toBe(true);
  });

  it('answers 404 for a user the mirror does not know, 400 for a malformed id', async () => {
    const missing = await send(accounts.agent, 'GET', '/api/users/999999').expect(404);
    expect(missing.body.error.code).toBe('not_found');
    const malformed = await send(accounts.agent, 'GET', '/api/users/abc').expect(400);
    expect(malformed.body.error.details.fields[0].field).toBe('params.userId');
  });

  describe('roles', () => itChecksRoles('users.get', () => ({ app, accounts, params: { userId: caller.id } })));
});

describe('users.update', () => {
  it('changes wrap-up time and status in Aircall, then in the mirror, and audits it', async () => {
    await makeAvailable(caller.id);
    const res = await send(accounts.supervisor, 'PATCH', `/api/users/${caller.id}`, {
      wrapUpTime: 45,
      availabilityStatus: 'unavailable',
    }).expect(200);
    expect(res.body.user).toMatchObject({
      id: caller.id,
      wrapUpTime: 45,
      availabilityStatus: 'unavailable',
      availability: 'do_not_disturb',
    });
    expect(res.body.user.numberIds).toContain(caller.numberId);
    const upstream = await app.aircall.users.get(caller.id);
    expect(upstream).toMatchObject({ wrap_up_time: 45, availability_status: 'unavailable' });
    const mirrored = await app.store.users.get(caller.id);
    expect(mirrored?.user).toMatchObject({ wrap_up_time: 45, availability_status: 'unavailable' });
    const audit = await latestAudit('users.update');
    expect(audit).toMatchObject({ result: 'success', inputSummary: { userId: caller.id, wrapUpTime: 45 } });
  });

  it('keeps the live availability when only the wrap-up time changes', async () => {
    await app.store.users.setAvailability(caller.id, 'after_call_work');
    const res = await send(accounts.supervisor, 'PATCH', `/api/users/${caller.id}`, { wrapUpTime: 30 }).expect(200);
    expect(res.body.user).toMatchObject({ wrapUpTime: 30, availability: 'after_call_work' });
  });

  it('refuses an empty change, a negative or too long wrap-up time (400)', async () => {
    const empty = await send(accounts.supervisor, 'PATCH', `/api/users/${caller.id}`, {}).expect(400);
    expect(empty.body.error.message).toContain('availabilityStatus or wrapUpTime');
    for (const wrapUpTime of [-1, 3601, 1.5]) {
      const res = await send(accounts.supervisor, 'PATCH', `/api/users/${caller.id}`, { wrapUpTime }).expect(400);
      expect(res.body.error.details.fields[0].field).toBe('body.wrapUpTime');
    }
  });

  it('maps an Aircall outage to 502 and leaves the mirror as it was', async () => {
    const before = await app.store.users.get(caller.id);
    app.failNext({ route: `/v2/users/${caller.id}`, method: 'PUT', errorStatus: 503 });
    const res = await send(accounts.admin, 'PATCH', `/api/users/${caller.id}`, { wrapUpTime: 5 }).expect(502);
    expect(res.body.error.code).toBe('upstream_unavailable');
    expect(await app.store.users.get(caller.id)).toEqual(before);
    expect(await latestAudit('users.update')).toMatchObject({ result: 'failure', errorCode: 'upstream_unavailable' });
  });

  it('answers 404 when Aircall does not know the user', async () => {
    await send(accounts.supervisor, 'PATCH', '/api/users/999999', { wrapUpTime: 5 }).expect(404);
  });

  describe('roles', () =>
    itChecksRoles('users.update', () => ({ app, accounts, params: { userId: caller.id }, body: { wrapUpTime: 10 } })));
});

describe('users.startCall and users.dial', () => {
  it('starts a call on the agent’s own phone and audits the number masked', async () => {
    await makeAvailable(caller.id);
    await send(accounts.agent, 'POST', `/api/users/${caller.id}/calls`, {
      numberId: caller.numberId,
      to: '+33612345678',
    }).expect(204);
    const live = await app.control<{ calls: { call: { id: number; user: { id: number } | null } }[] }>('/calls/live');
    const started = live.calls.find((entry) => entry.call.user?.id === caller.id);
    expect(started).toBeDefined();
    // The call ends and the agent's wrap-up passes before the next test.
    await app.control(`/calls/${started?.call.id}/hangup`, {});
    app.simulator.advance(10 * 60_000);
    const audit = await latestAudit('users.startCall');
    expect(audit?.inputSummary).toEqual({ userId: caller.id, numberId: caller.numberId, to: '…5678' });
    expect(JSON.stringify(audit)).not.toContain('612345678');
  });

  it('refuses a number the user does not answer before asking Aircall (400)', async () => {
    const others = (await app.store.numbers.list()).filter((number) => number.id !== caller.numberId);
    const mine = (await send(accounts.agent, 'GET', `/api/users/${caller.id}`)).body.user.numberIds as number[];
    const foreign = others.find((number) => !mine.includes(number.id));
    if (!foreign) return;
    const res = await send(accounts.supervisor, 'POST', `/api/users/${caller.id}/calls`, {
      numberId: foreign.id,
      to: '+33612345678',
    }).expect(400);
    expect(res.body.error.details.fields[0].field).toBe('body.numberId');
  });

  it('refuses a user the mirror knows is busy (409), and maps Aircall’s 405 when it knew better', async () => {
    await app.store.users.setAvailability(caller.id, 'in_call');
    const busy = await send(accounts.agent, 'POST', `/api/users/${caller.id}/dial`, { to: '+33612345678' }).expect(409);
    expect(busy.body.error.message).toContain('in call');

    await app.control(`/users/${caller.id}/presence`, { presence: 'offline' });
    await app.store.users.setAvailability(caller.id, 'available');
    const upstream = await send(accounts.agent, 'POST', `/api/users/${caller.id}/dial`, { to: '+33612345678' });
    expect(upstream.status).toBe(409);
    expect(upstream.body.error.message).toContain('not available');
    await makeAvailable(caller.id);
  });

  it('requires E.164 numbers and a number to call from (400)', async () => {
    const call = await send(accounts.agent, 'POST', `/api/users/${caller.id}/calls`, { to: '06 12 34 56 78' });
    expect(call.status).toBe(400);
    const fields = call.body.error.details.fields.map((problem: { field: string }) => problem.field);
    expect(fields).toEqual(expect.arrayContaining(['body.numberId', 'body.to']));
    const dial = await send(accounts.agent, 'POST', `/api/users/${caller.id}/dial`, { to: '0612345678' }).expect(400);
    expect(dial.body.error.details.fields[0].field).toBe('body.to');
  });

  it('dials on the user’s phone, and maps an outage to 502', async () => {
    await makeAvailable(caller.id);
    await send(accounts.agent, 'POST', `/api/users/${caller.id}/dial`, { to: '+14155550123' }).expect(204);
    expect((await latestAudit('users.dial'))?.inputSummary).toEqual({ userId: caller.id, to: '…0123' });
    app.failNext({ route: `/v1/users/${caller.id}/dial`, errorStatus: 500 });
    await send(accounts.agent, 'POST', `/api/users/${caller.id}/dial`, { to: '+14155550123' }).expect(502);
  });

  it('passes on Aircall’s rate limit as 429 with Retry-After', async () => {
    app.failNext({ route: `/v1/users/${caller.id}/dial`, rateLimitedFor: 30 });
    const res = await send(accounts.agent, 'POST', `/api/users/${caller.id}/dial`, { to: '+14155550123' }).expect(429);
    expect(res.body.error.code).toBe('rate_limited');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('lets an agent act only on their own user', async () => {
    const other = (await app.store.users.list()).find(({ user }) => user.id !== caller.id);
    await send(accounts.agent, 'POST', `/api/users/${other?.user.id}/dial`, { to: '+14155550123' }).expect(403);
  });

  describe('startCall roles', () =>
    itChecksRoles('users.startCall', () => ({
      app,
      accounts,
      params: { userId: caller.id },
      body: { numberId: caller.numberId, to: '+14155550123' },
    })));
  describe('dial roles', () =>
    itChecksRoles('users.dial', () => ({
      app,
      accounts,
      params: { userId: caller.id },
      body: { to: '+14155550123' },
    })));
});

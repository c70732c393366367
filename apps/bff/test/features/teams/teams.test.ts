import type { Role, Team, TeamDetail } from '@switchboard/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { accountsByRole, type FloorTestApp, floorTestApp, itChecksRoles, type SignedIn, send } from '../users/support';

let app: FloorTestApp;
let accounts: Record<Role, SignedIn>;

beforeAll(async () => {
  app = await floorTestApp();
  accounts = await accountsByRole(app);
});

async function createTeam(name: string): Promise<TeamDetail> {
  return (await send(accounts.supervisor, 'POST', '/api/teams', { name }).expect(201)).body.team;
}

describe('teams.list and teams.get', () => {
  it('lists every mirrored team with its member and available counts', async () => {
    const res = await send(accounts.agent, 'GET', '/api/teams').expect(200);
    const teams = res.body.teams as Team[];
    const mirrored = await app.store.teams.list();
    expect(teams.map((team) => team.id).sort()).toEqual(mirrored.map((record) => record.team.id).sort());
    const users = await app.store.users.list();
    for (const team of teams) {
      const memberIds = mirrored.find((record) => record.team.id === team.id)?.memberIds ?? [];
      expect(team.memberCount).toBe(memberIds.length);
      const available = users.filter(
        ({ user, availability }) => memberIds.includes(user.id) && availability === 'available',
      );
      expect(team.availableCount).toBe(available.length);
      expect(team.createdAt).toBeGreaterThan(0);
    }
  });

  it('answers one team with its members and their availability', async () => {
    const record = (await app.store.teams.list()).find((team) => team.memberIds.length > 0);
    const res = await send(accounts.agent, 'GET', `/api/teams/${record?.team.id}`).expect(200);
    const team = res.body.team as TeamDetail;
    expect(team.members.map((member) => member.id)).toEqual(record?.memberIds);
    for (const member of team.members) {
      const mirrored = await app.store.users.get(member.id);
      expect(member).toMatchObject({ name: mirrored?.user.name, email: mirrored?.user.email });
      expect(member.availability).toBe(mirrored?.availability);
    }
  });

  it('answers 404 for an unknown team, 400 for a malformed id', async () => {
    await send(accounts.agent, 'GET', '/api/teams/999999').expect(404);
    const res = await send(accounts.agent, 'GET', '/api/teams/0').expect(400);
    expect(res.body.error.details.fields[0].field).toBe('params.teamId');
  });

  describe('list roles', () => itChecksRoles('teams.list', () => ({ app, accounts })));
  describe('get roles', () => itChecksRoles('teams.get', () => ({ app, accounts, params: { teamId: 1 } })));
});

describe('teams.create', () => {
  it('creates the team in Aircall and in the mirror, and audits it', async () => {
    const team = await createTeam('Night shift');
    expect(team).toMatchObject({ name: 'Night shift', memberCount: 0, members: [] });
    expect((await app.aircall.teams.get(team.id)).name).toBe('Night shift');
    expect((await app.store.teams.get(team.id))?.team.name).toBe('Night shift');
    const { entries } = await app.store.audit.list({ action: 'teams.create', limit: 1 });
    expect(entries[0]).toMatchObject({ result: 'success', inputSummary: { name: 'Night shift' } });
  });

  it('refuses a name the mirror already has, whatever its case, without asking Aircall (409)', async () => {
    const existing = (await app.store.teams.list())[0]?.team.name ?? '';
    const before = (await app.aircall.teams.list({ per_page: 50 })).meta.total;
    const res = await send(accounts.supervisor, 'POST', '/api/teams', { name: existing.toUpperCase() }).expect(409);
    expect(res.body.error.details.fields[0]).toMatchObject({ field: 'body.name' });
    expect((await app.aircall.teams.list({ per_page: 50 })).meta.total).toBe(before);
  });

  it('refuses a blank name, a name over 64 characters or with emojis (400)', async () => {
    for (const name of ['   ', 'x'.repeat(65), 'Sales 🚀']) {
      const res = await send(accounts.supervisor, 'POST', '/api/teams', { name }).expect(400);
      expect(res.body.error.details.fields[0].field).toBe('body.name');
    }
  });

  it('passes on Aircall’s refusal of a name the mirror did not know yet (400)', async () => {
    await app.aircall.teams.create({ name: 'Made in the Dashboard' });
    const res = await send(accounts.supervisor, 'POST', '/api/teams', { name: 'Made in the dashboard' }).expect(400);
    expect(res.body.error.code).toBe('upstream_rejected');
  });

  it('maps an Aircall outage to 502 and stores nothing', async () => {
    app.failNext({ route: '/v1/teams', method: 'POST', errorStatus: 500 });
    await send(accounts.supervisor, 'POST', '/api/teams', { name: 'Never made' }).expect(502);
    const names = (await app.store.teams.list()).map((record) => record.team.name);
    expect(names).not.toContain('Never made');
  });

  describe('roles', () => {
    let round = 0;
    itChecksRoles('teams.create', () => ({ app, accounts, body: { name: `Roles team ${++round}` } }));
  });
});

describe('teams.addMember and teams.removeMember', () => {
  it('adds and removes a member in Aircall and in the mirror', async () => {
    const team = await createTeam('Escalations');
    const userId = (await app.store.users.list())[0]?.user.id as number;
    const added = await send(accounts.supervisor, 'POST', `/api/teams/${team.id}/members/${userId}`).expect(200);
    expect(added.body.team.members.map((member: { id: number }) => member.id)).toEqual([userId]);
    expect(added.body.team.memberCount).toBe(1);
    expect((await app.aircall.teams.get(team.id)).users.map((user) => user.id)).toEqual([userId]);
    expect((await app.store.teams.get(team.id))?.memberIds).toEqual([userId]);
    const user = (await send(accounts.agent, 'GET', `/api/users/${userId}`).expect(200)).body.user;
    expect(user.teams).toContainEqual({ id: team.id, name: 'Escalations' });

    const removed = await send(accounts.admin, 'DELETE', `/api/teams/${team.id}/members/${userId}`).expect(200);
    expect(removed.body.team.members).toEqual([]);
    expect((await app.store.teams.get(team.id))?.memberIds).toEqual([]);
  });

  it('answers 404 for an unknown user or team, and maps an outage to 502', async () => {
    const team = await createTeam('Escalations 2');
    await send(accounts.supervisor, 'POST', `/api/teams/${team.id}/members/999999`).expect(404);
    await send(accounts.supervisor, 'POST', '/api/teams/999999/members/1').expect(404);
    app.failNext({ route: `/v1/teams/${team.id}/users/*`, errorStatus: 503 });
    const userId = (await app.store.users.list())[0]?.user.id as number;
    await send(accounts.supervisor, 'POST', `/api/teams/${team.id}/members/${userId}`).expect(502);
    expect((await app.store.teams.get(team.id))?.memberIds).toEqual([]);
  });

  it('refuses malformed ids (400)', async () => {
    const res = await send(accounts.supervisor, 'DELETE', '/api/teams/x/members/y').expect(400);
    const fields = res.body.error.details.fields.map((problem: { field: string }) => problem.field);
    expect(fields).toEqual(['params.teamId', 'params.userId']);
  });

  describe('add roles', () =>
    itChecksRoles('teams.addMember', () => ({ app, accounts, params: { teamId: 999_999, userId: 1 } })));
  describe('remove roles', () =>
    itChecksRoles('teams.removeMember', () => ({ app, accounts, params: { teamId: 999_999, userId: 1 } })));
});

describe('teams.delete', () => {
  it('deletes the team in Aircall and in the mirror, keeping users and calls', async () => {
    const record = (await app.store.teams.list()).find((team) => team.memberIds.length > 0);
    const teamId = record?.team.id as number;
    const usersBefore = (await app.store.users.list()).length;
    const callsBefore = await app.store.calls.count();
    await send(accounts.supervisor, 'DELETE', `/api/teams/${teamId}`).expect(204);
    await expect(app.aircall.teams.get(teamId)).rejects.toMatchObject({ status: 404 });
    expect(await app.store.teams.get(teamId)).toBeUndefined();
    expect((await app.store.users.list()).length).toBe(usersBefore);
    expect(await app.store.calls.count()).toBe(callsBefore);
    await send(accounts.agent, 'GET', `/api/teams/${teamId}`).expect(404);
  });

  it('answers 404 for a team Aircall does not have, and maps an outage to 502', async () => {
    await send(accounts.supervisor, 'DELETE', '/api/teams/999999').expect(404);
    const team = await createTeam('Short lived');
    app.failNext({ route: `/v1/teams/${team.id}`, method: 'DELETE', errorStatus: 502 });
    await send(accounts.supervisor, 'DELETE', `/api/teams/${team.id}`).expect(502);
    expect(await app.store.teams.get(team.id)).toBeDefined();
  });

  describe('roles', () => itChecksRoles('teams.delete', () => ({ app, accounts, params: { teamId: 999_999 } })));
});

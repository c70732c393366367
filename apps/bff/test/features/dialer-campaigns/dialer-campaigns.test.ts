import type { DialerCampaign, Job, Role } from '@switchboard/contracts';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { splitEvenly } from '../../../src/features/dialer-campaigns/split';
import { createMirrorSync, defaultSyncSchedule } from '../../../src/sync/mirror-sync';
import { accountsByRole, type FloorTestApp, floorTestApp, itChecksRoles, type SignedIn, send } from '../users/support';

let app: FloorTestApp;
let userIds: number[];
/** Accounts linked to userIds[0]: its agent manages that user's campaign. */
let accounts: Record<Role, SignedIn>;

beforeAll(async () => {
  app = await floorTestApp();
  userIds = (await app.store.users.list()).map(({ user }) => user.id);
  accounts = await accountsByRole(app, userIds[0]);
});

const numbers = (count: number, from = 0) =>
  Array.from({ length: count }, (_, index) => `+1415555${String(from + index).padStart(4, '0')}`);
const campaignPath = (userId: number) => `/api/users/${userId}/dialer-campaign`;
const upstreamNumbers = (userId: number) => app.aircall.users.dialerCampaign.listNumbers(userId);
/** Campaigns read again every minute (sessions outlive that), the rest as the leader's schedule says. */
const schedule = { ...defaultSyncSchedule, campaignRefreshMs: 60_000 };
/** A pass of the sync, as the leader runs it in the background. */
const syncPass = () =>
  createMirrorSync({ ...app, logger: app.log.logger, clock: app.clock }, schedule).runDue(new AbortController().signal);

describe('a user’s campaign', () => {
  const userId = () => userIds[0] as number;

  it('is created for the agent themself with its progress, and audited without numbers', async () => {
    const phoneNumbers = numbers(3);
    const res = await send(accounts.agent, 'POST', campaignPath(userId()), { phoneNumbers }).expect(201);
    const campaign = res.body.campaign as DialerCampaign;
    const mirrored = await app.store.users.get(userId());
    expect(campaign).toMatchObject({ user: { id: userId(), name: mirrored?.user.name }, total: 3, called: 0 });
    expect((await upstreamNumbers(userId())).map((number) => number.number)).toEqual(phoneNumbers);
    const { entries } = await app.store.audit.list({ action: 'dialerCampaigns.create', limit: 1 });
    expect(entries[0]?.inputSummary).toEqual({ userId: userId(), phoneNumbers: 3 });
  });

  it('answers the campaign, and 409 to a second one without asking Aircall', async () => {
    const res = await send(accounts.agent, 'GET', campaignPath(userId())).expect(200);
    expect(res.body.campaign).toMatchObject({ total: 3, called: 0 });
    app.failNext({ route: '/v1/users/*/dialer_campaign', method: 'POST', errorStatus: 500 });
    const again = await send(accounts.supervisor, 'POST', campaignPath(userId()), { phoneNumbers: numbers(1, 50) });
    expect(again.status).toBe(409);
    expect(app.simulator.faults.list()).toHaveLength(1);
    app.simulator.faults.clear();
  });

  it('adds numbers, lists them and removes one', async () => {
    const added = await send(accounts.agent, 'POST', `${campaignPath(userId())}/phone-numbers`, {
      phoneNumbers: numbers(2, 10),
    }).expect(200);
    expect(added.body.campaign).toMatchObject({ total: 5, called: 0 });

    const listed = await send(accounts.agent, 'GET', `${campaignPath(userId())}/phone-numbers`).expect(200);
    expect(listed.body.phoneNumbers.map((number: { number: string }) => number.number)).toEqual([
      ...numbers(3),
      ...numbers(2, 10),
    ]);
    const first = listed.body.phoneNumbers[0];
    expect(first).toMatchObject({ called: false, createdAt: expect.any(Number) });

    await send(accounts.agent, 'DELETE', `${campaignPath(userId())}/phone-numbers/${first.id}`).expect(204);
    expect((await upstreamNumbers(userId())).map((number) => number.id)).not.toContain(first.id);
    await send(accounts.agent, 'DELETE', `${campaignPath(userId())}/phone-numbers/999999`).expect(404);
  });

  it('is deleted, after which it is missing (404)', async () => {
    await send(accounts.agent, 'DELETE', campaignPath(userId())).expect(204);
    await expect(app.aircall.users.dialerCampaign.get(userId())).rejects.toMatchObject({ status: 404 });
    const res = await send(accounts.agent, 'GET', campaignPath(userId())).expect(404);
    expect(res.body.error.message).toContain('no active dialer campaign');
    await send(accounts.agent, 'DELETE', campaignPath(userId())).expect(404);
    await send(accounts.agent, 'GET', `${campaignPath(userId())}/phone-numbers`).expect(404);
    await send(accounts.agent, 'POST', `${campaignPath(userId())}/phone-numbers`, { phoneNumbers: numbers(1) }).expect(
      404,
    );
  });

  it('answers 409 when Aircall already had a campaign the BFF had not seen', async () => {
    const other = userIds[1] as number;
    await app.aircall.users.dialerCampaign.create(other, { phone_numbers: numbers(1, 70) });
    const res = await send(accounts.supervisor, 'POST', campaignPath(other), { phoneNumbers: numbers(1, 80) });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toContain('already has an active dialer campaign');
    await app.aircall.users.dialerCampaign.delete(other);
  });

  it('refuses empty, malformed and repeated numbers (400)', async () => {
    for (const phoneNumbers of [[], ['0612345678'], ['+14155550000', '+14155550000']]) {
      const res = await send(accounts.agent, 'POST', campaignPath(userId()), { phoneNumbers }).expect(400);
      expect(res.body.error.details.fields[0].field).toMatch(/^body\.phoneNumbers/);
    }
  });

  it('maps an Aircall outage to 502', async () => {
    app.failNext({ route: `/v1/users/${userId()}/dialer_campaign`, method: 'POST', errorStatus: 503 });
    await send(accounts.agent, 'POST', campaignPath(userId()), { phoneNumbers: numbers(1) }).expect(502);
    // Only a user whose campaign the mirror has not seen yet is read from Aircall.
    const unseen = userIds.at(-1) as number;
    app.failNext({ route: `/v1/users/${unseen}/dialer_campaign`, method: 'GET', errorStatus: 500 });
    await send(accounts.supervisor, 'GET', campaignPath(unseen)).expect(502);
  });

  it('is the agent’s own business only', async () => {
    const other = userIds[1] as number;
    await send(accounts.agent, 'GET', campaignPath(other)).expect(403);
    await send(accounts.agent, 'POST', campaignPath(other), { phoneNumbers: numbers(1) }).expect(403);
  });

  const params = () => ({ userId: userId() });
  const body = { phoneNumbers: ['+14155559999'] };
  describe('get roles', () => itChecksRoles('dialerCampaigns.get', () => ({ app, accounts, params: params() })));
  describe('create roles', () =>
    itChecksRoles('dialerCampaigns.create', () => ({ app, accounts, params: params(), body })));
  describe('delete roles', () => itChecksRoles('dialerCampaigns.delete', () => ({ app, accounts, params: params() })));
  describe('numbers list roles', () =>
    itChecksRoles('dialerCampaigns.phoneNumbers.list', () => ({ app, accounts, params: params() })));
  describe('numbers add roles', () =>
    itChecksRoles('dialerCampaigns.phoneNumbers.add', () => ({ app, accounts, params: params(), body })));
  describe('numbers delete roles', () =>
    itChecksRoles('dialerCampaigns.phoneNumbers.delete', () => ({
      app,
      accounts,
      params: { ...params(), phoneNumberId: 1 },
    })));
});

describe('dialerCampaigns.list', () => {
  const list = async () =>
    (await send(accounts.supervisor, 'GET', '/api/dialer-campaigns').expect(200)).body.campaigns as DialerCampaign[];

  it('shows agents with an active campaign from the mirror: changes made here at once, others after the sync', async () => {
    const [first, second] = userIds as [number, number];
    await send(accounts.supervisor, 'POST', campaignPath(first), { phoneNumbers: numbers(2) }).expect(201);
    await app.aircall.users.dialerCampaign.create(second, { phone_numbers: numbers(4, 20) });
    await syncPass();

    let campaigns: DialerCampaign[] = [];
    expect(await app.upstreamCost(async () => (campaigns = await list()))).toEqual([]);
    expect(campaigns.map((campaign) => [campaign.user.id, campaign.total])).toEqual(
      expect.arrayContaining([
        [first, 2],
        [second, 4],
      ]),
    );
    expect(campaigns).toHaveLength(2);

    // Changed behind the BFF's back: the list keeps what it saw until the sync reads the campaigns again.
    await app.aircall.users.dialerCampaign.addNumbers(second, { phone_numbers: numbers(1, 40) });
    expect((await list()).find((campaign) => campaign.user.id === second)?.total).toBe(4);
    app.simulator.advance(schedule.campaignRefreshMs);
    await syncPass();
    expect((await list()).find((campaign) => campaign.user.id === second)?.total).toBe(5);

    // Changed through the BFF: seen at once.
    await send(accounts.supervisor, 'DELETE', campaignPath(first)).expect(204);
    expect((await list()).map((campaign) => campaign.user.id)).toEqual([second]);
    await app.aircall.users.dialerCampaign.delete(second);
  });

  it('costs Aircall nothing, even while Aircall is down', async () => {
    app.failNext({ route: '/v1/users/*/dialer_campaign', method: 'GET', errorStatus: 500 });
    expect(await app.upstreamCost(() => send(accounts.supervisor, 'GET', '/api/dialer-campaigns').expect(200))).toEqual(
      [],
    );
    app.simulator.faults.clear();
  });

  describe('roles', () => itChecksRoles('dialerCampaigns.list', () => ({ app, accounts })));
});

describe('dialerCampaigns.teamImport', () => {
  async function finished(jobId: string): Promise<Job> {
    return vi.waitFor(
      async () => {
        const res = await send(accounts.supervisor, 'GET', `/api/jobs/${jobId}`).expect(200);
        if (res.body.job.finishedAt === null) throw new Error('still running');
        return res.body.job as Job;
      },
      { timeout: 10_000, interval: 20 },
    );
  }

  it('splits one list evenly across the members, creating or extending their campaigns', async () => {
    // The mirror lists a team's members by id: that is the order the numbers are dealt in.
    const members = userIds.slice(2, 5).sort((a, b) => a - b) as [number, number, number];
    const team = await app.aircall.teams.create({ name: 'Outbound squad' });
    for (const member of members) await app.aircall.teams.addUser(team.id, member);
    await app.store.teams.upsertMany([await app.aircall.teams.get(team.id)], app.clock.now());
    await app.aircall.users.dialerCampaign.create(members[1], { phone_numbers: numbers(1, 90) });

    const phoneNumbers = numbers(7, 100);
    const res = await send(accounts.supervisor, 'POST', '/api/dialer-campaigns/team-imports', {
      teamId: team.id,
      phoneNumbers,
    }).expect(202);
    expect(res.body.job).toMatchObject({ kind: 'dialerCampaigns.teamImport', total: 3 });

    const job = await finished(res.body.job.id);
    expect(job).toMatchObject({ state: 'succeeded', done: 3, failed: 0 });
    const shares = await Promise.all(members.map(upstreamNumbers));
    expect(shares.map((share) => share.map((number) => number.number))).toEqual([
      phoneNumbers.slice(0, 2),
      [...numbers(1, 90), ...phoneNumbers.slice(2, 4)],
      phoneNumbers.slice(4),
    ]);
    const { entries } = await app.store.audit.list({ action: 'dialerCampaigns.teamImport', limit: 1 });
    expect(entries[0]?.inputSummary).toEqual({ teamId: team.id, phoneNumbers: 7 });

    // One request per member; the campaigns are read back by the sync, in the background lane.
    expect(job.total).toBe(3);
    await syncPass();
    const listed = (await send(accounts.supervisor, 'GET', '/api/dialer-campaigns').expect(200)).body
      .campaigns as DialerCampaign[];
    expect(members.map((member) => listed.find((campaign) => campaign.user.id === member)?.total)).toEqual([2, 3, 3]);
  });

  it('records a member Aircall refuses as a failure and goes on', async () => {
    const team = await app.aircall.teams.create({ name: 'Ghosts' });
    await app.aircall.teams.addUser(team.id, userIds[5] as number);
    await app.store.teams.upsertMany([await app.aircall.teams.get(team.id)], app.clock.now());
    await app.store.teams.addMember(team.id, 999_999);

    const res = await send(accounts.admin, 'POST', '/api/dialer-campaigns/team-imports', {
      teamId: team.id,
      phoneNumbers: numbers(4, 200),
    }).expect(202);
    const job = await finished(res.body.job.id);
    expect(job).toMatchObject({ state: 'succeeded', done: 1, failed: 1 });
    expect(job.failures).toEqual([{ itemId: 999_999, code: 'not_found', message: expect.any(String) }]);
    expect(await upstreamNumbers(userIds[5] as number)).toHaveLength(2);
  });

  it('answers 404 for an unknown team, 409 for a team without members, 400 for bad input', async () => {
    const path = '/api/dialer-campaigns/team-imports';
    await send(accounts.supervisor, 'POST', path, { teamId: 999_999, phoneNumbers: numbers(1) }).expect(404);
    const empty = await app.aircall.teams.create({ name: 'Empty' });
    await app.store.teams.upsertMany([empty], app.clock.now());
    await send(accounts.supervisor, 'POST', path, { teamId: empty.id, phoneNumbers: numbers(1) }).expect(409);
    const bad = await send(accounts.supervisor, 'POST', path, { teamId: 'x', phoneNumbers: ['1'] }).expect(400);
    const fields = bad.body.error.details.fields.map((problem: { field: string }) => problem.field);
    expect(fields).toEqual(['body.teamId', 'body.phoneNumbers.0']);
  });

  describe('roles', () =>
    itChecksRoles('dialerCampaigns.teamImport', () => ({
      app,
      accounts,
      body: { teamId: 999_999, phoneNumbers: numbers(1) },
    })));
});

describe('splitEvenly', () => {
  it('deals consecutive slices differing by at most one, leaving out members with nothing', () => {
    expect([...splitEvenly([1, 2, 3, 4, 5, 6, 7], [10, 20, 30])]).toEqual([
      [10, [1, 2]],
      [20, [3, 4]],
      [30, [5, 6, 7]],
    ]);
    expect([...splitEvenly(['a'], [10, 20])]).toEqual([[20, ['a']]]);
  });
});

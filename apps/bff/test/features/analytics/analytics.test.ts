import { createManualClock } from '@switchboard/aircall-sim';
import { type CompanySettings, defaultCompanySettings, type Role } from '@switchboard/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { appOnSimulator } from '../../helpers';
import { aCall, aMissedCall, aTeam, aUser, baseTime } from '../../store/fixtures';
import { accountsByRole, itChecksRoles, type SignedIn, send } from '../users/support';

/**
 * A hand-made day and a half (times UTC; Paris is UTC+1 in January). `baseTime` is 2026-01-15 12:00 UTC; the
 * console's clock reads 14:00, while call 8 has been ringing for 45 s.
 */
const hour = 3600;
const jan14 = baseTime - 36 * hour; // 2026-01-14 00:00 UTC
const jan15 = baseTime - 12 * hour;
const now = baseTime + 2 * hour;
const sales = { id: 10, name: 'Sales' };
const support = { id: 20, name: 'Support' };

const fixture = [
  aCall({
    id: 1,
    user: { id: 1 },
    teams: [sales],
    started_at: jan14 + 9 * hour,
    answered_at: jan14 + 9 * hour + 20,
    ended_at: jan14 + 9 * hour + 320,
  }),
  aCall({
    id: 2,
    user: { id: 2 },
    teams: [sales],
    started_at: jan15 + 8 * hour,
    answered_at: jan15 + 8 * hour + 10,
    ended_at: jan15 + 8 * hour + 130,
  }),
  aMissedCall({ id: 3, teams: [sales], started_at: jan15 + 9 * hour, ended_at: jan15 + 9 * hour + 30 }),
  aMissedCall({
    id: 4,
    teams: [support],
    voicemail: 'https://example.com/vm.mp3',
    started_at: jan15 + 10 * hour,
    ended_at: jan15 + 10 * hour + 40,
  }),
  aMissedCall({
    id: 5,
    teams: [support],
    missed_call_reason: 'short_abandoned',
    started_at: jan15 + 10.5 * hour,
    ended_at: jan15 + 10.5 * hour + 5,
  }),
  aCall({
    id: 6,
    direction: 'outbound',
    user: { id: 3 },
    started_at: jan15 + 11 * hour,
    answered_at: jan15 + 11 * hour + 15,
    ended_at: jan15 + 11 * hour + 75,
  }),
  aCall({
    id: 7,
    direction: 'outbound',
    user: { id: 1 },
    started_at: jan14 + 23.5 * hour,
    answered_at: null,
    ended_at: jan14 + 23.5 * hour + 20,
  }),
  aMissedCall({
    id: 8,
    teams: [sales],
    status: 'initial',
    missed_call_reason: null,
    started_at: now - 45,
    ended_at: null,
  }),
  aCall({ id: 9, started_at: jan14 - 10 * 24 * hour }),
];

/** 2026-03-29, when Paris went from 02:00 (UTC+1) to 03:00 (UTC+2): its day ran from 23:00 to 21:59:59 UTC. */
const parisSwitchDay = { from: Date.UTC(2026, 2, 28, 23) / 1000, to: Date.UTC(2026, 2, 29, 22) / 1000 - 1 };
const switchDayCalls = [
  aCall({ id: 10, started_at: parisSwitchDay.from - 60 }),
  aCall({ id: 11, started_at: parisSwitchDay.from + 1.5 * hour }),
  aCall({ id: 12, started_at: parisSwitchDay.from + 2.5 * hour }),
  aCall({ id: 13, started_at: parisSwitchDay.to + 1 }),
];

let app: Awaited<ReturnType<typeof appOnSimulator>>;
let accounts: Record<Role, SignedIn>;

beforeAll(async () => {
  const clock = createManualClock(now * 1000);
  app = await appOnSimulator({ sim: { clock, rateLimit: false }, clock });
  const { store } = app;
  await store.users.upsertMany(
    [aUser({ id: 1, name: 'Alice' }), aUser({ id: 2, name: 'Bob' }), aUser({ id: 3, name: 'Cara' })],
    1,
  );
  await store.users.setAvailability(1, 'available');
  await store.users.setAvailability(2, 'in_call');
  await store.users.setAvailability(3, 'offline');
  await store.teams.upsertMany(
    [aTeam({ ...sales, users: [{ id: 1 }, { id: 2 }] }), aTeam({ ...support, users: [{ id: 3 }] })],
    1,
  );
  await store.calls.upsertMany([...fixture, ...switchDayCalls].map((call) => ({ call, sourceUpdatedAt: 1 })));
  accounts = await accountsByRole(app);
});

const companySettings: CompanySettings = { ...defaultCompanySettings, timeZone: 'UTC' };
const range = `from=${jan14}&to=${jan15 + 24 * hour - 1}`;
const get = async (path: string) => (await send(accounts.supervisor, 'GET', path).expect(200)).body;

describe('analytics.volume', () => {
  it('counts calls by day and by hour in UTC', async () => {
    const volume = await get(`/api/analytics/volume?${range}`);
    expect(volume.byDay).toEqual([
      { date: '2026-01-14', inbound: 1, outbound: 1 },
      { date: '2026-01-15', inbound: 5, outbound: 1 },
    ]);
    expect(volume.byHour).toHaveLength(24);
    const busy = volume.byHour.filter((row: { inbound: number; outbound: number }) => row.inbound + row.outbound > 0);
    expect(busy).toEqual([
      { hour: 8, inbound: 1, outbound: 0 },
      { hour: 9, inbound: 2, outbound: 0 },
      { hour: 10, inbound: 2, outbound: 0 },
      { hour: 11, inbound: 0, outbound: 1 },
      { hour: 13, inbound: 1, outbound: 0 },
      { hour: 23, inbound: 0, outbound: 1 },
    ]);
  });

  it('counts days and hours in the asked time zone', async () => {
    const volume = await get(`/api/analytics/volume?${range}&timeZone=Europe/Paris`);
    expect(volume.byDay).toEqual([
      { date: '2026-01-14', inbound: 1, outbound: 0 },
      { date: '2026-01-15', inbound: 5, outbound: 2 },
      { date: '2026-01-16', inbound: 0, outbound: 0 },
    ]);
    expect(volume.byHour[0]).toEqual({ hour: 0, inbound: 0, outbound: 1 });
    expect(volume.byHour[10]).toEqual({ hour: 10, inbound: 2, outbound: 0 });
  });

  it('filters by direction and team', async () => {
    const outbound = await get(`/api/analytics/volume?${range}&direction=outbound`);
    expect(outbound.byDay.map((day: { inbound: number }) => day.inbound)).toEqual([0, 0]);
    const support = await get(`/api/analytics/volume?${range}&teamId=20`);
    expect(support.byDay).toEqual([
      { date: '2026-01-14', inbound: 0, outbound: 0 },
      { date: '2026-01-15', inbound: 2, outbound: 0 },
    ]);
  });

  it('refuses a missing, reversed or too long range and an unknown time zone (400)', async () => {
    const fieldsOf = async (query: string) =>
      (
        await send(accounts.supervisor, 'GET', `/api/analytics/volume?${query}`).expect(400)
      ).body.error.details.fields.map((problem: { field: string }) => problem.field);
    expect(await fieldsOf(`to=${jan15}`)).toEqual(['query.from']);
    expect(await fieldsOf(`from=${jan15}&to=${jan14}`)).toEqual(['query.from']);
    expect(await fieldsOf(`from=${jan15 - 93 * 24 * hour}&to=${jan15}`)).toEqual(['query.from']);
    expect(await fieldsOf(`${range}&timeZone=Mars/Olympus`)).toEqual(['query.timeZone']);
  });

  describe('roles', () => itChecksRoles('analytics.volume', () => ({ app, accounts, params: {} })));
});

describe('analytics.outcomes', () => {
  it('counts inbound calls by outcome, missed reasons and answered vs unanswered by day', async () => {
    expect(await get(`/api/analytics/outcomes?${range}`)).toEqual({
      total: 5,
      answered: 2,
      missed: 1,
      voicemail: 1,
      abandoned: 1,
      missedReasons: [
        { reason: 'agents_did_not_answer', count: 2 },
        { reason: 'short_abandoned', count: 1 },
      ],
      byDay: [
        { date: '2026-01-14', answered: 1, missed: 0 },
        { date: '2026-01-15', answered: 1, missed: 3 },
      ],
    });
  });

  it('follows the filters', async () => {
    const support = await get(`/api/analytics/outcomes?${range}&teamId=20`);
    expect(support).toMatchObject({ total: 2, answered: 0, voicemail: 1, abandoned: 1 });
    expect((await get(`/api/analytics/outcomes?${range}&direction=outbound`)).total).toBe(0);
  });

  describe('roles', () => itChecksRoles('analytics.outcomes', () => ({ app, accounts })));
});

describe('analytics.agents and analytics.teams', () => {
  it('sums each agent’s calls, busiest first', async () => {
    expect((await get(`/api/analytics/agents?${range}`)).agents).toEqual([
      {
        user: { id: 1, name: 'Alice' },
        inbound: 1,
        outbound: 1,
        answered: 1,
        missed: 0,
        talkTime: 300,
        averageTalkTime: 300,
      },
      {
        user: { id: 2, name: 'Bob' },
        inbound: 1,
        outbound: 0,
        answered: 1,
        missed: 0,
        talkTime: 120,
        averageTalkTime: 120,
      },
      {
        user: { id: 3, name: 'Cara' },
        inbound: 0,
        outbound: 1,
        answered: 1,
        missed: 0,
        talkTime: 60,
        averageTalkTime: 60,
      },
    ]);
  });

  it('sums each team’s calls with the callers’ average wait', async () => {
    expect((await get(`/api/analytics/teams?${range}`)).teams).toEqual([
      {
        team: sales,
        inbound: 4,
        outbound: 0,
        answered: 2,
        missed: 1,
        talkTime: 420,
        averageTalkTime: 210,
        averageWaitTime: 20,
      },
      {
        team: support,
        inbound: 2,
        outbound: 0,
        answered: 0,
        missed: 2,
        talkTime: 0,
        averageTalkTime: 0,
        averageWaitTime: 23,
      },
    ]);
    const onlySupport = (await get(`/api/analytics/teams?${range}&teamId=20`)).teams;
    expect(onlySupport.map((row: { team: { id: number } }) => row.team.id)).toEqual([20]);
  });

  describe('agents roles', () => itChecksRoles('analytics.agents', () => ({ app, accounts })));
  describe('teams roles', () => itChecksRoles('analytics.teams', () => ({ app, accounts })));
});

describe('analytics.talkTime', () => {
  it('sums, averages and finds the longest talk of answered calls, by day', async () => {
    expect(await get(`/api/analytics/talk-time?${range}`)).toEqual({
      total: 480,
      average: 160,
      longest: 300,
      byDay: [
        { date: '2026-01-14', total: 300, calls: 1 },
        { date: '2026-01-15', total: 180, calls: 2 },
      ],
    });
    expect((await get(`/api/analytics/talk-time?${range}&direction=outbound`)).total).toBe(60);
  });

  describe('roles', () => itChecksRoles('analytics.talkTime', () => ({ app, accounts })));
});

describe('analytics.board', () => {
  const agents = (counts: Record<string, number>) => ({
    available: 0,
    offline: 0,
    do_not_disturb: 0,
    in_call: 0,
    after_call_work: 0,
    ...counts,
  });

  it('today: service level, ASA, AHT, abandon rate and callers waiting, for the floor and per team and number', async () => {
    const board = await get('/api/analytics/board');
    expect(board).toMatchObject({ at: now, from: jan15, timeZone: 'UTC', serviceLevelSeconds: 20 });
    // Today: call 2 answered in 10 s (talk 120 s), 3 missed, 4 voicemail, 5 a short abandon (left out), 6 outbound
    // (talk 60 s), 8 ringing for 45 s.
    expect(board.floor).toEqual({
      inbound: 5,
      outbound: 1,
      answered: 1,
      answeredInTime: 1,
      unanswered: 2,
      abandoned: 0,
      shortAbandoned: 1,
      serviceLevel: 1 / 3,
      asa: 10,
      aht: 90,
      abandonRate: 0,
      waiting: 1,
      longestWaitSince: now - 45,
      agentsByStatus: agents({ available: 1, in_call: 1, offline: 1 }),
    });
    expect(board.teams).toEqual([
      expect.objectContaining({
        team: sales,
        inbound: 3,
        serviceLevel: 1 / 2,
        aht: 120,
        waiting: 1,
        agentsByStatus: agents({ available: 1, in_call: 1 }),
      }),
      expect.objectContaining({
        team: support,
        inbound: 2,
        shortAbandoned: 1,
        serviceLevel: 0,
        asa: null,
        agentsByStatus: agents({ offline: 1 }),
      }),
    ]);
    expect(board.numbers).toEqual([expect.objectContaining({ number: { id: 100, name: 'Number 100' }, inbound: 5 })]);
    expect(board.agents).toEqual([
      expect.objectContaining({ user: { id: 1, name: 'Alice' }, availability: 'available', handledToday: 0 }),
      expect.objectContaining({ user: { id: 2, name: 'Bob' }, availability: 'in_call', handledToday: 1 }),
      expect.objectContaining({ user: { id: 3, name: 'Cara' }, availability: 'offline', handledToday: 1 }),
    ]);
  });

  it('the last 15 minutes, and filters by team', async () => {
    const recent = await get('/api/analytics/board?span=15m');
    expect(recent.from).toBe(now - 900);
    expect(recent.floor).toMatchObject({ inbound: 1, answered: 0, serviceLevel: null, waiting: 1 });
    const team = await get(`/api/analytics/board?teamId=${support.id}`);
    expect(team.floor).toMatchObject({ inbound: 2, waiting: 0, agentsByStatus: agents({ offline: 1 }) });
    expect(team.teams.map((row: { team: { id: number } }) => row.team.id)).toEqual([support.id]);
    expect(team.agents.map((row: { user: { id: number } }) => row.user.id)).toEqual([3]);
    const refused = await send(accounts.supervisor, 'GET', '/api/analytics/board?span=2h').expect(400);
    expect(refused.body.error.message).toContain('span');
  });

  it('starts “today” at midnight in the company’s time zone', async () => {
    await send(accounts.admin, 'PUT', '/api/company', { ...companySettings, timeZone: 'Europe/Paris' }).expect(200);
    try {
      const board = await get('/api/analytics/board');
      expect(board).toMatchObject({ timeZone: 'Europe/Paris', from: jan15 - hour });
      expect(board.floor.outbound).toBe(2);
      // Analytics count days in the company's zone too, unless the query names one.
      const volume = await get(`/api/analytics/volume?${range}`);
      expect(volume.byDay.map((day: { date: string }) => day.date)).toEqual(['2026-01-14', '2026-01-15', '2026-01-16']);
    } finally {
      await send(accounts.admin, 'PUT', '/api/company', companySettings).expect(200);
    }
  });

  describe('roles', () => itChecksRoles('analytics.board', () => ({ app, accounts })));
});

describe('Europe/Paris across its daylight-saving change', () => {
  it('counts the day and its hours on the wall clock', async () => {
    const { from, to } = parisSwitchDay;
    const volume = await get(`/api/analytics/volume?from=${from}&to=${to}&timeZone=Europe/Paris`);
    expect(volume.byDay).toEqual([{ date: '2026-03-29', inbound: 2, outbound: 0 }]);
    const busy = volume.byHour.filter((row: { inbound: number }) => row.inbound > 0);
    // 01:30 on the winter offset, then 03:30 on the summer one: no call in the hour that did not exist.
    expect(busy.map((row: { hour: number }) => row.hour)).toEqual([1, 3]);
  });
});

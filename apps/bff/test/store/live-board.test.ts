import { beforeAll, expect, it } from 'vitest';
import { aCall, aMissedCall, aUser } from './fixtures';
import { describeOnEachDriver } from './harness';

const at = (iso: string) => Date.parse(iso) / 1000;
/** Noon UTC; in Paris (UTC+1 in February) the day began at 2026-02-09T23:00Z. */
const now = at('2026-02-10T12:00:00Z');
const parisMidnight = at('2026-02-09T23:00:00Z');
const agentOne = { id: 1, name: 'Agent One' };
const agentTwo = { id: 2, name: 'Agent Two' };
const lineA = { id: 100, name: 'Line A', digits: '+33 1 00 00 00 00' };
const lineB = { id: 200, name: 'Line B', digits: '+33 1 00 00 00 01' };

/** One call per case the live figures must count; each comment says what it adds. */
const floor = [
  // 00:10 in Paris (still yesterday in UTC): answered in 10 s, talk 120 s, agent one (wrap-up 30 s).
  aCall({
    id: 1,
    started_at: at('2026-02-09T23:10:00Z'),
    answered_at: at('2026-02-09T23:10:10Z'),
    ended_at: at('2026-02-09T23:12:10Z'),
    user: agentOne,
    teams: [{ id: 10 }],
    number: lineA,
  }),
  // 10 min ago: answered in 30 s (too late for 20 s), talk 60 s, agent two (no wrap-up).
  aCall({
    id: 2,
    started_at: now - 600,
    answered_at: now - 570,
    ended_at: now - 510,
    user: agentTwo,
    teams: [{ id: 10 }],
    number: lineA,
  }),
  // A short abandon, then an abandon in the queue.
  aMissedCall({
    id: 3,
    started_at: now - 500,
    ended_at: now - 497,
    missed_call_reason: 'short_abandoned',
    number: lineA,
  }),
  aMissedCall({
    id: 4,
    started_at: now - 400,
    ended_at: now - 340,
    missed_call_reason: 'abandoned_in_classic',
    teams: [{ id: 11 }],
    number: lineB,
  }),
  // Two hours ago: a voicemail.
  aMissedCall({
    id: 5,
    started_at: now - 7200,
    ended_at: now - 7100,
    missed_call_reason: 'no_available_agent',
    voicemail: 'https://assets.example/5',
    number: lineB,
  }),
  // Outbound, talk 180 s, agent one (wrap-up 30 s).
  aCall({
    id: 6,
    direction: 'outbound',
    started_at: now - 300,
    answered_at: now - 295,
    ended_at: now - 115,
    user: agentOne,
    number: lineA,
  }),
  // Two callers ringing now, for 45 s and 90 s.
  aMissedCall({
    id: 7,
    status: 'initial',
    started_at: now - 45,
    ended_at: null,
    missed_call_reason: null,
    teams: [{ id: 10 }],
    number: lineA,
  }),
  aMissedCall({
    id: 8,
    status: 'initial',
    started_at: now - 90,
    ended_at: null,
    missed_call_reason: null,
    number: lineB,
  }),
  // Going on: answered in 5 s, agent two.
  aCall({
    id: 9,
    status: 'answered',
    started_at: now - 200,
    answered_at: now - 195,
    ended_at: null,
    duration: null,
    user: agentTwo,
    teams: [{ id: 10 }],
    number: lineA,
  }),
  // 23:50 in Paris the day before, answered after midnight: it belongs to the day it started.
  aCall({
    id: 10,
    started_at: at('2026-02-09T22:50:00Z'),
    answered_at: at('2026-02-09T23:05:00Z'),
    ended_at: at('2026-02-09T23:06:00Z'),
    user: agentOne,
    teams: [{ id: 10 }],
    number: lineA,
  }),
];

const settings = { serviceLevelSeconds: 20, excludeShortAbandons: true };
const today = { ...settings, from: parisMidnight, now };

describeOnEachDriver('live board figures', (ctx) => {
  beforeAll(async () => {
    await ctx.store.calls.upsertMany(floor.map((call) => ({ call, sourceUpdatedAt: 1 })));
    await ctx.store.users.upsertMany([aUser({ id: 1, wrap_up_time: 30 }), aUser({ id: 2, wrap_up_time: 0 })], 1);
  });

  it('today in Paris: service level, ASA, AHT and abandon rate over the calls since midnight there', async () => {
    const { everyone } = await ctx.store.analytics.live(today);
    expect(everyone).toEqual({
      inbound: 8,
      outbound: 1,
      answered: 3,
      answeredInTime: 2,
      // The abandon and the voicemail; the short abandon is left out.
      unanswered: 2,
      abandoned: 1,
      shortAbandoned: 1,
      serviceLevel: 2 / 5,
      // (10 + 30 + 5) / 3
      asa: 15,
      // ((120 + 30) + (60 + 0) + (180 + 30)) / 3
      aht: 140,
      abandonRate: 1 / 5,
      waiting: 2,
      longestWaitSince: now - 90,
    });
  });

  it('counts short abandons as unanswered abandons when the company does not leave them out', async () => {
    const { everyone } = await ctx.store.analytics.live({ ...today, excludeShortAbandons: false });
    expect(everyone).toMatchObject({ unanswered: 3, abandoned: 2, serviceLevel: 2 / 6, abandonRate: 2 / 6 });
  });

  it('a service-level threshold of 30 s counts the call answered in 30 s as in time', async () => {
    const { everyone } = await ctx.store.analytics.live({ ...today, serviceLevelSeconds: 30 });
    expect(everyone).toMatchObject({ answeredInTime: 3, serviceLevel: 3 / 5 });
  });

  it('the last 15 minutes: only the calls started since then, callers waiting whatever the span', async () => {
    const { everyone } = await ctx.store.analytics.live({ ...settings, from: now - 900, now });
    expect(everyone).toEqual({
      inbound: 6,
      outbound: 1,
      answered: 2,
      answeredInTime: 1,
      unanswered: 1,
      abandoned: 1,
      shortAbandoned: 1,
      serviceLevel: 1 / 3,
      // (30 + 5) / 2 = 17.5, rounded up
      asa: 18,
      // ((60 + 0) + (180 + 30)) / 2
      aht: 135,
      abandonRate: 1 / 3,
      waiting: 2,
      longestWaitSince: now - 90,
    });
  });

  it('in UTC the day starts later: the call at 23:10 UTC belongs to yesterday', async () => {
    const utcMidnight = await ctx.store.analytics.startOfDay(now, 'UTC');
    expect(utcMidnight).toBe(at('2026-02-10T00:00:00Z'));
    expect(await ctx.store.analytics.startOfDay(now, 'Europe/Paris')).toBe(parisMidnight);
    const { everyone } = await ctx.store.analytics.live({ ...settings, from: utcMidnight, now });
    expect(everyone).toMatchObject({ inbound: 7, answered: 2, answeredInTime: 1, asa: 18 });
  });

  it('per team a call went to, and per number it came in on', async () => {
    const { perTeam, perNumber } = await ctx.store.analytics.live(today);
    expect(perTeam).toEqual([
      expect.objectContaining({
        teamId: 10,
        inbound: 4,
        answered: 3,
        answeredInTime: 2,
        unanswered: 0,
        serviceLevel: 2 / 3,
        asa: 15,
        aht: 105,
        abandonRate: 0,
        waiting: 1,
        longestWaitSince: now - 45,
      }),
      expect.objectContaining({
        teamId: 11,
        inbound: 1,
        answered: 0,
        unanswered: 1,
        serviceLevel: 0,
        asa: null,
        aht: null,
        abandonRate: 1,
        waiting: 0,
        longestWaitSince: null,
      }),
    ]);
    expect(perNumber).toEqual([
      expect.objectContaining({
        numberId: 100,
        inbound: 5,
        outbound: 1,
        answered: 3,
        shortAbandoned: 1,
        serviceLevel: 2 / 3,
        aht: 140,
        waiting: 1,
      }),
      expect.objectContaining({
        numberId: 200,
        inbound: 3,
        unanswered: 2,
        abandoned: 1,
        serviceLevel: 0,
        abandonRate: 1 / 2,
        waiting: 1,
        longestWaitSince: now - 90,
      }),
    ]);
  });

  it('filters by team and by number', async () => {
    const team = await ctx.store.analytics.live({ ...today, teamId: 11 });
    expect(team.everyone).toMatchObject({ inbound: 1, abandoned: 1, waiting: 0 });
    expect(team.perTeam.map((row) => row.teamId)).toEqual([11]);
    expect(team.perNumber.map((row) => row.numberId)).toEqual([200]);
    const number = await ctx.store.analytics.live({ ...today, numberId: 200 });
    expect(number.everyone).toMatchObject({ inbound: 3, unanswered: 2, waiting: 1, longestWaitSince: now - 90 });
  });

  it('per agent: calls answered since midnight and the call going on', async () => {
    expect(await ctx.store.analytics.agents({ since: parisMidnight, now })).toEqual([
      { userId: 1, handled: 2, liveCall: null },
      {
        userId: 2,
        handled: 2,
        liveCall: { id: 9, direction: 'inbound', startedAt: now - 200, answeredAt: now - 195, contactName: null },
      },
    ]);
  });
});

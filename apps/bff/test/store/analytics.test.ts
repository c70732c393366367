import { beforeAll, expect, it } from 'vitest';
import { InvalidTimeZoneError } from '../../src/store';
import { aCall, aMissedCall, aTeam, aUser } from './fixtures';
import { describeOnEachDriver } from './harness';

const at = (iso: string) => Date.parse(iso) / 1000;
const agentOne = { id: 1, name: 'Agent One' };
const agentTwo = { id: 2, name: 'Agent Two' };

/** Two days of a small floor, one call per case the aggregates must count. */
const fixture = [
  aCall({ id: 1, started_at: at('2026-01-15T08:30:00Z'), user: agentOne, teams: [{ id: 10 }] }),
  aMissedCall({ id: 2, started_at: at('2026-01-15T09:10:00Z'), teams: [{ id: 10 }] }),
  aMissedCall({
    id: 3,
    started_at: at('2026-01-15T23:30:00Z'),
    missed_call_reason: 'no_available_agent',
    voicemail: 'https://assets.example/3',
  }),
  aCall({
    id: 4,
    direction: 'outbound',
    started_at: at('2026-01-16T10:00:00Z'),
    answered_at: at('2026-01-16T10:00:05Z'),
    ended_at: at('2026-01-16T10:05:05Z'),
    user: agentTwo,
    teams: [{ id: 10 }, { id: 11 }],
  }),
  aMissedCall({
    id: 5,
    direction: 'outbound',
    started_at: at('2026-01-16T10:20:00Z'),
    missed_call_reason: null,
    user: agentTwo,
  }),
  aMissedCall({ id: 6, started_at: at('2026-01-16T10:40:00Z'), missed_call_reason: 'short_abandoned' }),
  aCall({ id: 7, status: 'answered', started_at: at('2026-01-16T11:00:00Z'), ended_at: null, user: agentOne }),
  aCall({ id: 8, started_at: at('2026-01-20T10:00:00Z'), user: agentOne, teams: [{ id: 10 }] }),
];

/** Around Paris's switch to summer time: 2026-03-29 02:00 (UTC+1) became 03:00 (UTC+2); noon there is 10:00 UTC. */
const parisNoonOnSwitchDay = at('2026-03-29T10:00:00Z');
const switchDay = [
  aMissedCall({ id: 20, started_at: at('2026-03-28T22:59:00Z'), teams: [{ id: 10 }] }),
  aCall({ id: 21, started_at: at('2026-03-28T23:30:00Z'), teams: [{ id: 10 }] }),
  aMissedCall({
    id: 22,
    status: 'initial',
    missed_call_reason: null,
    started_at: parisNoonOnSwitchDay - 45,
    ended_at: null,
  }),
  aCall({ id: 23, direction: 'outbound', started_at: at('2026-03-29T08:00:00Z') }),
];

const range = { from: at('2026-01-15T00:00:00Z'), to: at('2026-01-16T23:59:59Z') };

describeOnEachDriver('call analytics', (ctx) => {
  beforeAll(async () => {
    await ctx.store.calls.upsertMany([...fixture, ...switchDay].map((call) => ({ call, sourceUpdatedAt: 1 })));
    await ctx.store.users.upsertMany([aUser({ id: 1, name: 'Ada' })], 1);
    await ctx.store.teams.upsertMany([aTeam({ id: 10, name: 'Support' })], 1);
  });

  it('counts volume by day, every day of the range, in UTC and in the asked time zone', async () => {
    const utc = await ctx.store.analytics.volume(range);
    expect(utc.byDay).toEqual([
      { date: '2026-01-15', inbound: 3, outbound: 0 },
      { date: '2026-01-16', inbound: 2, outbound: 2 },
    ]);
    const paris = await ctx.store.analytics.volume({ ...range, timeZone: 'Europe/Paris' });
    expect(paris.byDay).toEqual([
      { date: '2026-01-15', inbound: 2, outbound: 0 },
      { date: '2026-01-16', inbound: 3, outbound: 2 },
      { date: '2026-01-17', inbound: 0, outbound: 0 },
    ]);
  });

  it('counts volume by hour of the day, all 24 of them', async () => {
    const { byHour } = await ctx.store.analytics.volume(range);
    expect(byHour).toHaveLength(24);
    expect(byHour.filter((hour) => hour.inbound + hour.outbound > 0)).toEqual([
      { hour: 8, inbound: 1, outbound: 0 },
      { hour: 9, inbound: 1, outbound: 0 },
      { hour: 10, inbound: 1, outbound: 2 },
      { hour: 11, inbound: 1, outbound: 0 },
      { hour: 23, inbound: 1, outbound: 0 },
    ]);
  });

  it('filters by direction and by team', async () => {
    expect((await ctx.store.analytics.volume({ ...range, direction: 'outbound' })).byDay).toEqual([
      { date: '2026-01-15', inbound: 0, outbound: 0 },
      { date: '2026-01-16', inbound: 0, outbound: 2 },
    ]);
    expect(await ctx.store.analytics.perAgent({ ...range, teamId: 11 })).toEqual([
      expect.objectContaining({ userId: 2, inbound: 0, outbound: 1, answered: 1, talkTime: 300 }),
    ]);
    expect((await ctx.store.analytics.perTeam({ ...range, teamId: 10 })).map((row) => row.teamId)).toEqual([10]);
  });

  it('splits finished inbound calls by outcome, with missed reasons and per day', async () => {
    expect(await ctx.store.analytics.outcomes(range)).toEqual({
      total: 4,
      answered: 1,
      missed: 1,
      voicemail: 1,
      abandoned: 1,
      missedReasons: [
        { reason: 'agents_did_not_answer', count: 1 },
        { reason: 'no_available_agent', count: 1 },
        { reason: 'short_abandoned', count: 1 },
      ],
      byDay: [
        { date: '2026-01-15', answered: 1, missed: 2 },
        { date: '2026-01-16', answered: 0, missed: 1 },
      ],
    });
  });

  it('sums talk time (ended − answered) of finished answered calls', async () => {
    expect(await ctx.store.analytics.talkTime(range)).toEqual({
      total: 360,
      average: 180,
      longest: 300,
      byDay: [
        { date: '2026-01-15', total: 60, calls: 1 },
        { date: '2026-01-16', total: 300, calls: 1 },
      ],
    });
  });

  it('figures per agent: calls, answered, inbound missed, talk and wait times', async () => {
    expect(await ctx.store.analytics.perAgent(range)).toEqual([
      {
        userId: 1,
        name: 'Ada',
        inbound: 2,
        outbound: 0,
        answered: 1,
        missed: 0,
        talkTime: 60,
        averageTalkTime: 60,
        averageWaitTime: 10,
      },
      {
        userId: 2,
        name: 'Agent Two',
        inbound: 0,
        outbound: 2,
        answered: 1,
        missed: 0,
        talkTime: 300,
        averageTalkTime: 300,
        averageWaitTime: 0,
      },
    ]);
  });

  it('counts a call for every team it went to', async () => {
    expect(await ctx.store.analytics.perTeam(range)).toEqual([
      {
        teamId: 10,
        name: 'Support',
        inbound: 2,
        outbound: 1,
        answered: 2,
        missed: 1,
        talkTime: 360,
        averageTalkTime: 180,
        averageWaitTime: 40,
      },
      {
        teamId: 11,
        name: null,
        inbound: 0,
        outbound: 1,
        answered: 1,
        missed: 0,
        talkTime: 300,
        averageTalkTime: 300,
        averageWaitTime: 0,
      },
    ]);
  });

  it('counts days and hours in the zone across a daylight-saving change', async () => {
    const parisDay = { from: at('2026-03-28T23:00:00Z'), to: at('2026-03-29T21:59:59Z'), timeZone: 'Europe/Paris' };
    const { byDay, byHour } = await ctx.store.analytics.volume(parisDay);
    expect(byDay).toEqual([{ date: '2026-03-29', inbound: 2, outbound: 1 }]);
    expect(byHour.filter((hour) => hour.inbound + hour.outbound > 0)).toEqual([
      { hour: 0, inbound: 1, outbound: 0 },
      { hour: 10, inbound: 0, outbound: 1 },
      { hour: 11, inbound: 1, outbound: 0 },
    ]);
  });

  it('starts the board’s day at midnight in the zone, on a daylight-saving change too', async () => {
    expect(await ctx.store.analytics.startOfDay(parisNoonOnSwitchDay, 'Europe/Paris')).toBe(at('2026-03-28T23:00:00Z'));
    expect(await ctx.store.analytics.startOfDay(parisNoonOnSwitchDay)).toBe(at('2026-03-29T00:00:00Z'));
  });

  it('refuses an unknown time zone', async () => {
    await expect(ctx.store.analytics.volume({ ...range, timeZone: "Mars/Olympus'" })).rejects.toBeInstanceOf(
      InvalidTimeZoneError,
    );
  });
});

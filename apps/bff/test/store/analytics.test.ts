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

const range = { from: at('2026-01-15T00:00:00Z'), to: at('2026-01-16T23:59:59Z') };

describeOnEachDriver('call analytics', (ctx) => {
  beforeAll(async () => {
    await ctx.store.calls.upsertMany(fixture.map((call) => ({ call, sourceUpdatedAt: 1 })));
    await ctx.store.users.upsertMany([aUser({ id: 1, name: 'Ada' })], 1);
    await ctx.store.teams.upsertMany([aTeam({ id: 10, name: 'Support' })], 1);
  });

  it('counts volume by day in UTC and in the asked time zone', async () => {
    expect(await ctx.store.analytics.volumeByDay(range)).toEqual([
      { day: '2026-01-15', inbound: 3, outbound: 0 },
      { day: '2026-01-16', inbound: 2, outbound: 2 },
    ]);
    expect(await ctx.store.analytics.volumeByDay({ ...range, timeZone: 'Europe/Paris' })).toEqual([
      { day: '2026-01-15', inbound: 2, outbound: 0 },
      { day: '2026-01-16', inbound: 3, outbound: 2 },
    ]);
  });

  it('counts volume by hour of the day, all 24 of them', async () => {
    const hours = await ctx.store.analytics.volumeByHour(range);
    expect(hours).toHaveLength(24);
    expect(hours.filter((hour) => hour.inbound + hour.outbound > 0)).toEqual([
      { hour: 8, inbound: 1, outbound: 0 },
      { hour: 9, inbound: 1, outbound: 0 },
      { hour: 10, inbound: 1, outbound: 2 },
      { hour: 11, inbound: 1, outbound: 0 },
      { hour: 23, inbound: 1, outbound: 0 },
    ]);
  });

  it('splits outcomes and missed reasons', async () => {
    expect(await ctx.store.analytics.outcomes(range)).toEqual({
      total: 7,
      ongoing: 1,
      byType: { answered: 2, missed: 2, voicemail: 1, abandoned: 1 },
      missedReasons: [
        { reason: 'agents_did_not_answer', count: 1 },
        { reason: 'no_available_agent', count: 1 },
        { reason: 'short_abandoned', count: 1 },
      ],
    });
  });

  it('sums calls and talk time (ended − answered) per agent', async () => {
    expect(await ctx.store.analytics.perAgent(range)).toEqual([
      { userId: 1, name: 'Ada', calls: 2, inbound: 2, outbound: 0, answered: 1, unanswered: 0, talkTimeSeconds: 60 },
      { userId: 2, name: null, calls: 2, inbound: 0, outbound: 2, answered: 1, unanswered: 1, talkTimeSeconds: 300 },
    ]);
  });

  it('counts a call for every team it went to', async () => {
    expect(await ctx.store.analytics.perTeam(range)).toEqual([
      {
        teamId: 10,
        name: 'Support',
        calls: 3,
        inbound: 2,
        outbound: 1,
        answered: 2,
        unanswered: 1,
        talkTimeSeconds: 360,
      },
      { teamId: 11, name: null, calls: 1, inbound: 0, outbound: 1, answered: 1, unanswered: 0, talkTimeSeconds: 300 },
    ]);
  });

  it('refuses an unknown time zone', async () => {
    await expect(ctx.store.analytics.volumeByDay({ ...range, timeZone: "Mars/Olympus'" })).rejects.toBeInstanceOf(
      InvalidTimeZoneError,
    );
  });
});

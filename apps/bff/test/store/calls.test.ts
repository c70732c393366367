import type { Call } from '@switchboard/aircall';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CallListQuery, InvalidCursorError } from '../../src/store';
import { aCall, aMissedCall, baseTime } from './fixtures';
import { describeOnEachDriver } from './harness';

const hour = 3600;
const day = 24 * hour;
const tag = (id: number) => ({ id, name: `tag ${id}` });
const team = (id: number) => ({ id, name: `team ${id}` });

/** One call per case a filter must tell apart. */
const fixture: Call[] = [
  aCall({
    id: 1,
    raw_digits: '+33 6 12 34 56 78',
    teams: [team(10)],
    tags: [tag(1)],
    contact: { id: 7, first_name: 'Jennifer', last_name: 'Smith' },
    comments: [{ id: 1, content: 'Please call back about the invoice', posted_at: baseTime, posted_by: null }],
  }),
  aMissedCall({ id: 2, started_at: baseTime + hour, duration: 30, raw_digits: '+1 800-123-4567', teams: [team(10)] }),
  aMissedCall({
    id: 3,
    started_at: baseTime + 2 * hour,
    duration: 45,
    missed_call_reason: 'no_available_agent',
    voicemail: 'https://assets.example/voicemail/3',
    raw_digits: '+44 20 7946 0000',
    number: { id: 101, name: 'London' },
    teams: [team(11)],
    tags: [tag(1), tag(2)],
  }),
  aMissedCall({
    id: 4,
    started_at: baseTime + day,
    duration: 5,
    missed_call_reason: 'short_abandoned',
    raw_digits: '+49 30 123456',
    number: { id: 101, name: 'London' },
  }),
  aCall({
    id: 5,
    direction: 'outbound',
    started_at: baseTime + day + 2 * hour,
    ended_at: baseTime + day + 2 * hour + 300,
    duration: 300,
    raw_digits: '+34 600 000 111',
    user: { id: 2, name: 'Agent Two' },
    archived: true,
    tags: [tag(2)],
    comments: [{ id: 2, content: 'Refund approved (100%)', posted_at: baseTime, posted_by: null }],
  }),
  aMissedCall({
    id: 6,
    direction: 'outbound',
    started_at: baseTime - day,
    duration: 20,
    missed_call_reason: null,
    raw_digits: '+39 06 5555 1212',
    user: { id: 2, name: 'Agent Two' },
  }),
  aCall({
    id: 7,
    status: 'answered',
    started_at: baseTime + 2 * day,
    ended_at: null,
    // Aircall has no duration for a call still going on.
    duration: null,
    raw_digits: '+1 212 555 0199',
  }),
];

describeOnEachDriver('calls mirror', (ctx) => {
  beforeAll(async () => {
    await ctx.store.calls.upsertMany(fixture.map((call) => ({ call, sourceUpdatedAt: 1 })));
  });

  const ids = async (query: Partial<CallListQuery>) =>
    (await ctx.store.calls.list({ perPage: 50, ...query })).calls.map((call) => call.id);

  it('keeps the whole call JSON', async () => {
    expect(await ctx.store.calls.get(1)).toEqual(fixture[0]);
    expect(await ctx.store.calls.get(999)).toBeUndefined();
  });

  it('sorts by start, newest first, by default', async () => {
    expect(await ids({})).toEqual([7, 5, 4, 3, 2, 1, 6]);
  });

  describe('filters', () => {
    it.each<[string, Partial<CallListQuery>, number[]]>([
      ['direction', { direction: 'outbound' }, [5, 6]],
      ['type answered', { types: ['answered'] }, [5, 1]],
      ['type missed', { types: ['missed'] }, [2, 6]],
      ['type voicemail', { types: ['voicemail'] }, [3]],
      ['type abandoned', { types: ['abandoned'] }, [4]],
      ['several types', { types: ['voicemail', 'abandoned'] }, [4, 3]],
      ['missed reason', { missedReasons: ['agents_did_not_answer', 'short_abandoned'] }, [4, 2]],
      ['agent', { userIds: [2] }, [5, 6]],
      ['team', { teamIds: [11] }, [3]],
      ['number', { numberIds: [101] }, [4, 3]],
      ['any of tags', { tagIds: [1, 2] }, [5, 3, 1]],
      ['all of tags', { tagIds: [1, 2], tagMatch: 'all' }, [3]],
      ['archived', { archived: true }, [5]],
      ['not archived', { archived: false }, [7, 4, 3, 2, 1, 6]],
      ['date range, inclusive', { from: baseTime, to: baseTime + day }, [4, 3, 2, 1]],
      ['phone digits whatever the formatting', { phone: '(800) 123' }, [2]],
      ['phone digits inside the number', { phone: '612 34' }, [1]],
      ['text in a comment, any case', { text: 'INVOICE' }, [1]],
      ['text in the contact name', { text: 'smith' }, [1]],
      ['text with LIKE wildcards taken literally', { text: '100%' }, [5]],
      ['text that matches nothing', { text: '10_%' }, []],
      ['three filters at once', { direction: 'inbound', types: ['missed', 'voicemail'], numberIds: [101] }, [3]],
    ])('%s', async (_name, query, expected) => {
      expect(await ids(query)).toEqual(expected);
    });
  });

  it('sorts by duration either way, a call still going on as 0, ties broken by id', async () => {
    expect((await ctx.store.calls.get(7))?.duration).toBeNull();
    expect(await ids({ sort: 'duration', order: 'asc' })).toEqual([7, 4, 6, 2, 3, 1, 5]);
    expect(await ids({ sort: 'duration', order: 'desc' })).toEqual([5, 1, 3, 2, 6, 4, 7]);
    expect(await ids({ order: 'asc' })).toEqual([6, 1, 2, 3, 4, 5, 7]);
  });

  it('sorts by talk time (0 for calls nobody answered or still going on)', async () => {
    expect(await ids({ sort: 'talk_time', order: 'desc' })).toEqual([5, 1, 7, 6, 4, 3, 2]);
    expect(await ids({ sort: 'talk_time', order: 'asc' })).toEqual([2, 3, 4, 6, 7, 1, 5]);
  });

  it('pages by offset with the total of matches', async () => {
    const page = await ctx.store.calls.list({ perPage: 2, page: 2, direction: 'inbound' });
    expect(page.calls.map((call) => call.id)).toEqual([3, 2]);
    expect(page.total).toBe(5);
    expect(page.hasNextPage).toBe(true);
    const last = await ctx.store.calls.list({ perPage: 2, page: 3, direction: 'inbound' });
    expect(last).toMatchObject({ total: 5, hasNextPage: false, nextCursor: null });
    expect(last.calls.map((call) => call.id)).toEqual([1]);
  });

  it.each([
    ['started_at', 'desc'],
    ['started_at', 'asc'],
    ['duration', 'asc'],
    ['duration', 'desc'],
    ['talk_time', 'desc'],
  ] as const)('walks every page with a cursor (%s %s) in the order of a single page', async (sort, order) => {
    const walked: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await ctx.store.calls.list({ perPage: 3, sort, order, cursor, withTotal: false });
      expect(page.total).toBeNull();
      walked.push(...page.calls.map((call) => call.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(walked).toEqual(await ids({ sort, order }));
  });

  it('rejects a cursor from another sort order or a forged one', async () => {
    const { nextCursor } = await ctx.store.calls.list({ perPage: 2 });
    expect(nextCursor).not.toBeNull();
    await expect(ctx.store.calls.list({ perPage: 2, cursor: nextCursor!, sort: 'duration' })).rejects.toBeInstanceOf(
      InvalidCursorError,
    );
    await expect(ctx.store.calls.list({ perPage: 2, cursor: 'not-a-cursor' })).rejects.toBeInstanceOf(
      InvalidCursorError,
    );
  });

  describe('order-tolerant upserts', () => {
    const ringing = aCall({ id: 50, status: 'initial', answered_at: null, ended_at: null, duration: null });
    const talking = { ...ringing, status: 'answered' as const, answered_at: baseTime + 5 };
    const ended = { ...talking, status: 'done' as const, ended_at: baseTime + 65, duration: 65 };

    it('never lets an older state overwrite a newer one', async () => {
      expect(await ctx.store.calls.upsert(ended, 3_000)).toBe(true);
      expect(await ctx.store.calls.upsert(ringing, 1_000)).toBe(false);
      expect(await ctx.store.calls.upsert(talking, 2_000)).toBe(false);
      expect(await ctx.store.calls.get(50)).toEqual(ended);
      expect(await ids({ types: ['answered'], from: baseTime, to: baseTime })).toContain(50);
    });

    it('never lets a call go back to ringing, even with a later timestamp (clock skew)', async () => {
      expect(await ctx.store.calls.upsert(ringing, 9_000)).toBe(false);
      expect((await ctx.store.calls.get(50))?.status).toBe('done');
    });

    it('applies later changes of a finished call and ignores replays of earlier ones', async () => {
      const archived = { ...ended, archived: true };
      expect(await ctx.store.calls.upsert(archived, 5_000)).toBe(true);
      expect(await ctx.store.calls.upsert(ended, 4_000)).toBe(false);
      expect((await ctx.store.calls.get(50))?.archived).toBe(true);
      expect(await ctx.store.calls.upsert(archived, 5_000)).toBe(true);
    });

    it('keeps the last of several states of one call in one batch', async () => {
      const written = await ctx.store.calls.upsertMany([
        { call: aCall({ id: 51, archived: false }), sourceUpdatedAt: 1 },
        { call: aCall({ id: 51, archived: true }), sourceUpdatedAt: 2 },
      ]);
      expect(written).toEqual([51]);
      expect((await ctx.store.calls.get(51))?.archived).toBe(true);
    });
  });

  it('records a timeline once per distinct event', async () => {
    expect(await ctx.store.callEvents.record({ callId: 1, event: 'call.created', at: baseTime })).toBe(true);
    expect(await ctx.store.callEvents.record({ callId: 1, event: 'call.created', at: baseTime })).toBe(false);
    await ctx.store.callEvents.record({ callId: 1, event: 'call.ended', at: baseTime + 70, summary: { duration: 70 } });
    await ctx.store.callEvents.record({ callId: 1, event: 'call.answered', at: baseTime + 10, summary: { user: 1 } });
    const timeline = await ctx.store.callEvents.list(1);
    expect(timeline.map((event) => [event.event, event.summary])).toEqual([
      ['call.created', {}],
      ['call.answered', { user: 1 }],
      ['call.ended', { duration: 70 }],
    ]);
  });
});

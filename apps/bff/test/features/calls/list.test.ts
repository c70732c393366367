import type { Call } from '@switchboard/aircall';
import { type CallRow, callListResponseSchema, errorEnvelopeSchema } from '@switchboard/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { agentsByRole, type CallsTestApp, callsTestApp } from './support';

let app: CallsTestApp;
let agent: Awaited<ReturnType<typeof agentsByRole>>['agent'];
beforeAll(async () => {
  app = await callsTestApp();
  ({ agent } = await agentsByRole(app));
});

async function list(query: string): Promise<CallRow[]> {
  const res = await agent.get(`/api/calls?perPage=100&${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return callListResponseSchema.parse(res.body).calls;
}

/** A call's row, found by its phone digits. */
async function rowOf(call: Call): Promise<CallRow | undefined> {
  return (await list(`phoneNumber=${call.raw_digits.replace(/\D/g, '')}`)).find((row) => row.id === call.id);
}

/** What the filter should keep, straight from the simulator's calls. */
const ids = (calls: Call[]) => calls.map((call) => call.id).sort((a, b) => a - b);
const sortedIds = (rows: CallRow[]) => rows.map((row) => row.id).sort((a, b) => a - b);

describe('GET /api/calls (from the mirror)', () => {
  it('answers the mirrored calls newest first, without asking Aircall', async () => {
    app.simulator.faults.add({ route: '/v1/*', errorStatus: 503 });
    try {
      const res = await agent.get('/api/calls?perPage=20').expect(200);
      const body = callListResponseSchema.parse(res.body);
      expect(body.meta).toMatchObject({ page: 1, perPage: 20, total: app.calls.length, hasNextPage: true });
      const newest = [...app.calls].sort((a, b) => b.started_at - a.started_at || b.id - a.id).slice(0, 20);
      expect(body.calls.map((row) => row.id)).toEqual(newest.map((call) => call.id));
    } finally {
      app.simulator.faults.clear();
    }
  });

  it('fills every row field from the call: talk time, tags with colours, teams, contact, comments, media', async () => {
    const tagged = app.calls.find(
      (call) =>
        call.tags.length > 0 && call.answered_at !== null && call.ended_at !== null && /\d{3}/.test(call.raw_digits),
    );
    if (!tagged) throw new Error('the seed has no tagged answered call');
    const row = await rowOf(tagged);
    const tag = (await app.store.tags.get(tagged.tags[0]?.id ?? 0)) ?? { id: 0, name: '', color: '' };
    expect(row).toMatchObject({
      talkTime: (tagged.ended_at ?? 0) - (tagged.answered_at ?? 0),
      tags: expect.arrayContaining([{ id: tag.id, name: tag.name, color: tag.color }]),
      teams: tagged.teams.map((team) => ({ id: team.id, name: team.name })),
      commentCount: tagged.comments.length,
      hasRecording: tagged.recording !== null,
      hasVoicemail: tagged.voicemail !== null,
    });
    const withContact = app.calls.find((call) => call.contact && /\d{3}/.test(call.raw_digits));
    if (!withContact?.contact) throw new Error('the seed has no call with a contact');
    expect((await rowOf(withContact))?.contact?.id).toBe(withContact.contact.id);
  });

  it.each([
    ['direction=inbound', (call: Call) => call.direction === 'inbound'],
    ['type=answered', (call: Call) => call.status === 'done' && call.answered_at !== null],
    ['missedReason=no_available_agent', (call: Call) => call.missed_call_reason === 'no_available_agent'],
    ['archived=true', (call: Call) => call.archived],
  ])('filters by %s', async (query, keep) => {
    const expected = app.calls.filter(keep);
    const rows = await list(query);
    expect(rows.length).toBe(Math.min(100, expected.length));
    expect(rows.every((row) => expected.some((call) => call.id === row.id))).toBe(true);
  });

  it('filters by agent, team, number and tags (any / all)', async () => {
    const sample = app.calls.find((call) => call.user && call.teams.length > 0 && call.number && call.tags.length > 1);
    if (!sample?.user || !sample.number) throw new Error('the seed has no fully linked call');
    const [first, second] = sample.tags;
    const cases: [string, (call: Call) => boolean][] = [
      [`agentId=${sample.user.id}`, (call) => call.user?.id === sample.user?.id],
      [`teamId=${sample.teams[0]?.id}`, (call) => call.teams.some((team) => team.id === sample.teams[0]?.id)],
      [`numberId=${sample.number.id}`, (call) => call.number?.id === sample.number?.id],
      [
        `tagIds=${first?.id},${second?.id}&tagMatch=any`,
        (call) => call.tags.some((t) => t.id === first?.id || t.id === second?.id),
      ],
      [
        `tagIds=${first?.id},${second?.id}&tagMatch=all`,
        (call) => call.tags.some((t) => t.id === first?.id) && call.tags.some((t) => t.id === second?.id),
      ],
    ];
    for (const [query, keep] of cases) {
      const expected = app.calls.filter(keep);
      if (expected.length <= 100) expect(sortedIds(await list(query)), query).toEqual(ids(expected));
      else expect((await list(query)).length, query).toBe(100);
    }
  });

  it('filters by date range, phone digits and comment text', async () => {
    const sorted = [...app.calls].sort((a, b) => a.started_at - b.started_at);
    const from = sorted[10]?.started_at ?? 0;
    const to = sorted[20]?.started_at ?? 0;
    expect(sortedIds(await list(`from=${from}&to=${to}`))).toEqual(
      ids(app.calls.filter((call) => call.started_at >= from && call.started_at <= to)),
    );
    const commented = app.calls.find((call) => call.comments.length > 0);
    const word = commented?.comments[0]?.content.split(' ').find((w) => w.length > 4) ?? 'none';
    const rows = await list(`q=${encodeURIComponent(word)}`);
    expect(rows.map((row) => row.id)).toContain(commented?.id);
  });

  it('sorts by duration and walks pages by cursor without gaps or repeats', async () => {
    const seen: number[] = [];
    let cursor: string | null | undefined;
    let durations: number[] = [];
    do {
      const res = await agent.get(`/api/calls?perPage=100&sort=duration&order=asc${cursor ? `&cursor=${cursor}` : ''}`);
      const body = callListResponseSchema.parse(res.body);
      seen.push(...body.calls.map((row) => row.id));
      durations = [...durations, ...body.calls.map((row) => row.duration)];
      cursor = body.meta.nextCursor;
    } while (cursor);
    expect(seen.sort((a, b) => a - b)).toEqual(ids(app.calls));
    expect(durations).toEqual([...durations].sort((a, b) => a - b));
  });

  it('answers 400 naming the field for bad input, a foreign cursor, or page with cursor', async () => {
    for (const query of ['perPage=500', 'type=lost', 'from=20&to=10', 'cursor=abc&page=2', 'cursor=not-ours']) {
      const res = await agent.get(`/api/calls?${query}`).expect(400);
      expect(errorEnvelopeSchema.parse(res.body).error.details).toMatchObject({ fields: [expect.anything()] });
    }
  });

  it('sorts by talk time (time answered to hung up), longest first and by cursor', async () => {
    const res = await agent.get('/api/calls?sort=talkTime&order=desc&perPage=30').expect(200);
    const body = callListResponseSchema.parse(res.body);
    const talk = body.calls.map((row) => row.talkTime ?? 0);
    expect(talk).toEqual([...talk].sort((a, b) => b - a));
    expect(talk[0]).toBeGreaterThan(0);
    const next = await agent.get(`/api/calls?sort=talkTime&order=desc&perPage=30&cursor=${body.meta.nextCursor}`);
    const following = callListResponseSchema.parse(next.body).calls.map((row) => row.talkTime ?? 0);
    expect(Math.max(...following)).toBeLessThanOrEqual(talk.at(-1) ?? 0);
  });

  it('filters by duration, bounds included, and refuses a minimum above the maximum naming the field', async () => {
    const inBounds = app.calls.filter((call) => call.duration !== null && call.duration >= 60 && call.duration <= 300);
    const page = callListResponseSchema.parse(
      (await agent.get('/api/calls?minDuration=60&maxDuration=300&perPage=100').expect(200)).body,
    );
    expect(page.meta.total).toBe(inBounds.length);
    expect(page.calls.every((row) => row.duration >= 60 && row.duration <= 300)).toBe(true);
    const exact = await list('minDuration=60&maxDuration=60');
    expect(exact.map((row) => row.duration)).toEqual(exact.map(() => 60));
    const res = await agent.get('/api/calls?minDuration=300&maxDuration=60').expect(400);
    expect(res.body.error.details.fields[0].field).toBe('query.minDuration');
  });
});

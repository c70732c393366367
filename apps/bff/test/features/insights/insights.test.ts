import type { CallInsightsResponse, CallListResponse } from '@switchboard/contracts';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyContext, applyWebhookEvent } from '../../../src/live/apply-event';
import { cleanText, insightEvents, readInsightWebhook, toInsightPart } from '../../../src/mirror/insights';
import { insightKinds, type Store } from '../../../src/store';
import { appOnSimulator } from '../../helpers';
import { aCall, aMissedCall, baseTime } from '../../store/fixtures';

const recording = 'https://assets.example/recording.mp3';
const answeredAt = baseTime + 10;
type Agent = Awaited<ReturnType<Awaited<ReturnType<typeof appOnSimulator>>['signIn']>>;

/** An insight object as Aircall shapes them (reference README): the shared fields and a `content`. */
const insightObject = (callId: number, content: unknown, extra: Record<string, unknown> = {}) => ({
  id: 7000 + callId,
  call_id: String(callId),
  call_uuid: `uuid-${callId}`,
  type: 'call',
  content,
  created_at: '2026-01-15T12:05:00Z',
  ai_generated: true,
  ...extra,
});

let store: Store;
let agent: Agent;

async function deliver(event: string, data: unknown, timestamp = baseTime + 300) {
  const [resource] = event.split('.');
  return applyWebhookEvent(applyContext(store), { resource: resource ?? '', event, timestamp, data: data as never });
}

beforeAll(async () => {
  const app = await appOnSimulator();
  store = app.store;
  agent = await app.signIn('agent');
  await store.calls.upsertMany(
    [
      aCall({ id: 101, recording, user: { id: 1, name: 'Ada Agent' } }),
      aCall({
        id: 102,
        recording,
        started_at: baseTime + 60,
        contact: { id: 5, first_name: 'Rita', last_name: 'Fund' },
      }),
      aMissedCall({ id: 103, started_at: baseTime + 120 }),
      aCall({ id: 104, recording, started_at: baseTime + 180 }),
      aCall({
        id: 105,
        started_at: baseTime + 240,
        comments: [
          { id: 1, content: 'Asked twice about the refund policy, escalate.', posted_at: baseTime, posted_by: null },
        ],
      }),
    ].map((call) => ({ call, sourceUpdatedAt: 1 })),
  );
  await deliver(
    'transcription.created',
    insightObject(101, {
      language: 'en-US',
      utterances: [
        {
          participant_type: 'internal',
          user_id: 1,
          timestamp: answeredAt,
          duration_ms: 3_000,
          text: 'Hello, Ada speaking.',
          language: 'en-US',
        },
        {
          participant_type: 'external',
          timestamp: answeredAt + 4,
          duration_ms: 5_000,
          text: 'I was charged twice, I want a refund.',
          language: 'en-US',
        },
        {
          participant_type: 'internal',
          user_id: 1,
          timestamp: answeredAt + 10,
          duration_ms: 4_000,
          text: 'The refund is on its way.',
          language: 'en-US',
        },
      ],
    }),
  );
  await deliver(
    'summary.created',
    insightObject(101, 'The customer was charged twice; the agent refunded one payment.'),
  );
  await deliver(
    'sentiment.created',
    insightObject(101, [
      { participant_type: 'external', value: 'NEGATIVE' },
      { participant_type: 'internal', user_id: 1, value: 'POSITIVE' },
    ]),
  );
  await deliver('topics.created', insightObject(101, ['Refund', 'Billing']));
  await deliver('action_item.created', insightObject(101, [{ content: 'Check the refund arrived in 5 days' }]));
});

const insightsOf = async (callId: number) =>
  ((await agent.get(`/api/calls/${callId}/insights`).expect(200)).body as CallInsightsResponse).insights;

describe('GET /api/calls/:callId/insights', () => {
  it('answers every kind of a recorded answered call, agents named and lines placed in the recording', async () => {
    const insights = await insightsOf(101);
    expect(insights).toMatchObject({
      callId: 101,
      status: 'available',
      message: null,
      summary: 'The customer was charged twice; the agent refunded one payment.',
      sentiment: {
        overall: 'negative',
        participants: [
          { speaker: 'external', agent: null, sentiment: 'negative' },
          { speaker: 'agent', agent: { id: 1, name: 'Ada Agent' }, sentiment: 'positive' },
        ],
      },
      topics: ['refund', 'billing'],
      actionItems: ['Check the refund arrived in 5 days'],
    });
    expect(insights.transcript?.utterances).toEqual([
      {
        speaker: 'agent',
        agent: { id: 1, name: 'Ada Agent' },
        offsetMs: 0,
        durationMs: 3_000,
        text: 'Hello, Ada speaking.',
      },
      {
        speaker: 'external',
        agent: null,
        offsetMs: 4_000,
        durationMs: 5_000,
        text: 'I was charged twice, I want a refund.',
      },
      {
        speaker: 'agent',
        agent: { id: 1, name: 'Ada Agent' },
        offsetMs: 10_000,
        durationMs: 4_000,
        text: 'The refund is on its way.',
      },
    ]);
  });

  it('says clearly when a call has no insights, and when they are still to come', async () => {
    expect(await insightsOf(103)).toMatchObject({
      status: 'none',
      message: expect.stringContaining('No insights for this call'),
      transcript: null,
      summary: null,
    });
    expect(await insightsOf(104)).toMatchObject({ status: 'pending', transcript: null });
    await store.insights.markFetched(104, [...insightKinds]);
    expect(await insightsOf(104)).toMatchObject({ status: 'none', message: expect.stringContaining('produced none') });
  });

  it('answers 404 for a call the mirror does not have, and 400 for a malformed id', async () => {
    const missing = await agent.get('/api/calls/999999/insights').expect(404);
    expect(missing.body.error.code).toBe('not_found');
    await agent.get('/api/calls/abc/insights').expect(400);
  });

  it('ignores a replayed or older delivery, and tells the console when something changed', async () => {
    const older = insightObject(101, 'An older draft.', { created_at: '2026-01-15T12:00:00Z' });
    expect(await deliver('summary.created', older)).toEqual([]);
    expect((await insightsOf(101)).summary).toContain('charged twice');
    const newer = insightObject(101, 'Refund confirmed.', { updated_at: '2026-01-15T13:00:00Z' });
    expect(await deliver('summary.created', newer)).toEqual([
      expect.objectContaining({ type: 'resource.changed', resource: 'callInsights', id: 101 }),
    ]);
    expect((await insightsOf(101)).summary).toBe('Refund confirmed.');
  });

  it('keeps a delivery it cannot read as an error, naming the rule, not the content', async () => {
    await expect(deliver('topics.created', { content: ['refund'] })).rejects.toThrow(/call_id/);
    await expect(deliver('summary.created', insightObject(101, { nothing: 1 }))).rejects.toThrow(
      /nothing readable|unexpected payload/,
    );
  });
});

describe('GET /api/calls?q=', () => {
  const search = async (query: string) => (await agent.get(`/api/calls?${query}`).expect(200)).body as CallListResponse;

  it('finds calls by what was said, in any form of the word, with the passage that matched', async () => {
    const { calls, meta } = await search('q=refunds');
    expect(calls.map((call) => call.id)).toEqual([101]);
    expect(meta.total).toBe(1);
    const snippet = calls[0]?.snippet;
    expect(snippet?.source).toBe('transcript');
    const words = snippet?.highlights.map(({ start, end }) => snippet.text.slice(start, end));
    expect(words).toEqual(['refund', 'refund']);
  });

  it('ranks what people wrote about a call above what was said in it', async () => {
    expect((await search('q=refund')).calls.map((call) => call.id)).toEqual([105, 101]);
  });

  it('quotes the comment and the contact that matched, words highlighted', async () => {
    const { calls } = await search('q=refund');
    expect(calls.find((call) => call.id === 105)?.snippet).toEqual({
      source: 'comment',
      text: 'Asked twice about the refund policy, escalate.',
      highlights: [{ start: 22, end: 28 }],
    });
    const byName = (await search('q=rita')).calls[0]?.snippet;
    expect(byName).toEqual({ source: 'contact', text: 'Rita Fund', highlights: [{ start: 0, end: 4 }] });
  });

  it('sorts by date when asked, and refuses relevance without q', async () => {
    const { calls } = await search('q=refund&sort=startedAt&order=desc');
    expect(calls.map((call) => call.id)).toEqual([105, 101]);
    const refused = await agent.get('/api/calls?sort=relevance').expect(400);
    expect(refused.body.error.details.fields).toEqual([expect.objectContaining({ field: 'query.sort' })]);
  });

  it('filters by sentiment and topic', async () => {
    expect((await search('sentiment=negative')).calls.map((call) => call.id)).toEqual([101]);
    expect((await search('topic=Billing')).calls.map((call) => call.id)).toEqual([101]);
    expect((await search('topic=billing&sentiment=positive')).calls).toEqual([]);
    await agent.get('/api/calls?sentiment=angry').expect(400);
  });
});

describe('insight text from Aircall', () => {
  it('is stored without NUL, control characters or lone surrogates', () => {
    expect(cleanText(' a\u0000b\u0002c\ud800\n ')).toBe('abc\ufffd');
  });

  it('never throws on what Aircall may send, and keeps nothing it cannot read', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(insightEvents)), fc.jsonValue(), (event, value) => {
        for (const data of [value, { call_id: '5', content: value }]) {
          const insight = readInsightWebhook(event, data);
          if (insight) toInsightPart(insight);
        }
      }),
    );
  });
});

import type { AircallClient } from '@switchboard/aircall';
import { insightSchema } from '@switchboard/aircall';
import { describe, expect, it } from 'vitest';
import { fetchMissingInsights } from '../../src/sync/insights-fetch';
import { memoryLog, testStore } from '../helpers';
import { aCall, baseTime } from '../store/fixtures';

const recording = 'https://assets.example/recording.mp3';

/** Aircall's insight endpoints for calls 1 (everything) and 2 (nothing: 404); every request counted. */
function fakeInsights() {
  const asked: string[] = [];
  const answer =
    (kind: 'transcription' | 'summary' | 'sentiments' | 'topics' | 'action_items', content: unknown) =>
    async (callId: number) => {
      asked.push(`${kind}:${callId}`);
      if (callId !== 1) return { status: 'not_available' as const };
      return { status: 'available' as const, insight: insightSchema(kind).parse({ call_id: String(callId), content }) };
    };
  const insights = {
    transcription: (callId: number) =>
      answer('transcription', [{ participant_type: 'external', timestamp: 0, duration_ms: 900, text: 'Refund me.' }])(
        callId,
      ),
    summary: answer('summary', 'A refund.'),
    sentiments: answer('sentiments', 'NEGATIVE'),
    topics: answer('topics', ['refund']),
    actionItems: answer('action_items', ['Refund']),
  };
  return { asked, aircall: { insights } as unknown as AircallClient };
}

describe('fetching missing insights', () => {
  it('asks once per recorded call, remembers what Aircall had none of, and spares a call without transcript', async () => {
    const clock = { now: () => (baseTime + 3600) * 1000 };
    const store = await testStore(clock);
    await store.calls.upsertMany(
      [aCall({ id: 1, recording }), aCall({ id: 2, recording }), aCall({ id: 3 })].map((call) => ({
        call,
        sourceUpdatedAt: 1,
      })),
    );
    const { asked, aircall } = fakeInsights();
    const deps = { store, aircall, clock, logger: memoryLog().logger };
    expect(await fetchMissingInsights(deps, new AbortController().signal)).toBe(false);
    expect(asked.sort()).toEqual(
      ['action_items:1', 'sentiments:1', 'summary:1', 'topics:1', 'transcription:1', 'transcription:2'].sort(),
    );
    expect(await store.insights.get(1)).toMatchObject({
      summary: 'A refund.',
      sentiment: { overall: 'negative' },
      topics: ['refund'],
      actionItems: ['Refund'],
      transcript: { utterances: [{ text: 'Refund me.' }] },
    });
    expect((await store.insights.get(2))?.unavailable).toHaveLength(5);
    await fetchMissingInsights(deps, new AbortController().signal);
    expect(asked).toHaveLength(6);
  });
});

import { createManualClock } from '@switchboard/aircall-sim';
import { describe, expect, it } from 'vitest';
import { type Call, INSIGHT_WEBHOOK_EVENTS, readInsightEvent } from '../../src';
import { collect, createSimClient } from '../support/sim';

describe('conversation intelligence against the simulator', () => {
  const { client } = createSimClient({ sizes: { calls: 300 } });
  const calls = collect(client.calls.listAll());
  const recordedCall = async () => {
    const call = (await calls).find((candidate) => candidate.recording && candidate.answered_at);
    if (!call) throw new Error('the seed has recorded calls');
    return call;
  };

  it('reads every insight of an answered, recorded call', async () => {
    const call = await recordedCall();
    const transcription = await client.insights.transcription(call.id, { mode: 'async' });
    if (transcription.status !== 'available') throw new Error('a recorded call has a transcript');
    const { insight } = transcription;
    expect(insight).toMatchObject({ kind: 'transcription', call_id: String(call.id), type: 'call', language: 'en' });
    expect(insight.utterances.length).toBeGreaterThanOrEqual(2);
    expect(insight.utterances.map((u) => u.participant_type).slice(0, 2)).toEqual(['internal', 'external']);
    expect(insight.utterances.every((u) => u.offset_ms === u.timestamp && u.duration_ms > 0)).toBe(true);
    expect(insight.text.split('\n')).toHaveLength(insight.utterances.length);

    const summary = await client.insights.summary(call.id);
    expect(summary).toMatchObject({ status: 'available', insight: { kind: 'summary', text: expect.any(String) } });
    const sentiments = await client.insights.sentiments(call.id);
    if (sentiments.status !== 'available') throw new Error('sentiments expected');
    expect(['positive', 'neutral', 'negative']).toContain(sentiments.insight.overall);
    expect(sentiments.insight.by_participant.map((p) => p.participant_type)).toEqual(['internal', 'external']);
    expect(sentiments.insight.by_participant[0]?.user_id).toBe(call.user?.id);
    const topics = await client.insights.topics(call.id);
    if (topics.status !== 'available') throw new Error('topics expected');
    expect(topics.insight.topics.length).toBeGreaterThan(0);
    const actionItems = await client.insights.actionItems(call.id);
    if (actionItems.status !== 'available') throw new Error('action items expected');
    expect(actionItems.insight.items[0]).toMatchObject({ text: expect.any(String), user_id: call.user?.id });

    for (const read of [client.insights.evaluations, client.insights.customSummaryResult]) {
      const result = await read(call.id);
      expect(result.status).toBe('available');
      if (result.status === 'available') expect(result.insight).toMatchObject({ content: expect.anything() });
    }
    const playbook = await client.insights.playbookResult(call.id, { fetch_playbook: true });
    expect(playbook).toMatchObject({ status: 'available', insight: { kind: 'playbook_result' } });
    const csat = await client.insights.predictedCsat(call.id);
    expect(csat).toMatchObject({
      status: 'available',
      insight: { kind: 'predicted_csat', call_id: String(call.id), score: expect.any(Number) },
    });
    if (csat.status === 'available') expect(csat.insight.drivers).toHaveLength(1);
  });

  it('answers not_available for every insight of a call without a recording, and of an unknown call', async () => {
    const missed = (await calls).find((candidate) => candidate.answered_at === null) as Call;
    const readers = [
      (id: number) => client.insights.transcription(id),
      client.insights.summary,
      client.insights.sentiments,
      client.insights.topics,
      client.insights.actionItems,
      client.insights.evaluations,
      (id: number) => client.insights.playbookResult(id),
      client.insights.customSummaryResult,
      client.insights.predictedCsat,
    ];
    for (const read of readers) {
      await expect(read(missed.id)).resolves.toEqual({ status: 'not_available' });
      await expect(read(999_999_999)).resolves.toEqual({ status: 'not_available' });
    }
  });
});

describe('insight webhook events from the simulator', () => {
  it('read like the endpoints answer', async () => {
    const clock = createManualClock(Date.UTC(2025, 0, 15, 12));
    const events: { event: string; data: unknown }[] = [];
    const { client, control, simulator } = createSimClient({
      sizes: { calls: 10 },
      simulator: {
        clock,
        webhooks: {
          fetch: async (_url, init) => {
            events.push(JSON.parse(String(init?.body)));
            return new Response(null, { status: 200 });
          },
        },
      },
    });
    await client.webhooks.create({ url: 'https://hooks.example/aircall' });
    const recording = (await client.numbers.list()).numbers.find((number) => number.live_recording_activated);
    const { call } = await control<{ call: Call }>('POST', '/calls', { number_id: recording?.id, autopilot: false });
    simulator.advance(3_000);
    await control('POST', `/calls/${call.id}/answer`);
    simulator.advance(70_000);
    await control('POST', `/calls/${call.id}/hangup`);
    simulator.advance(35_000);
    await simulator.settleWebhooks();

    const insightEvents = events.filter((event) => event.event in INSIGHT_WEBHOOK_EVENTS);
    expect(insightEvents.map((event) => event.event)).toEqual(Object.keys(INSIGHT_WEBHOOK_EVENTS));
    for (const { event, data } of insightEvents) {
      const read = readInsightEvent(event, data);
      expect(read?.oddities).toEqual({ defaulted: {}, dropped: {}, reasons: [] });
      const kind = INSIGHT_WEBHOOK_EVENTS[event as keyof typeof INSIGHT_WEBHOOK_EVENTS];
      const answered = await {
        transcription: () => client.insights.transcription(call.id),
        summary: () => client.insights.summary(call.id),
        sentiments: () => client.insights.sentiments(call.id),
        topics: () => client.insights.topics(call.id),
        action_items: () => client.insights.actionItems(call.id),
      }[kind]();
      expect(answered).toEqual({ status: 'available', insight: read?.insight });
    }
  });
});

import { describe, expect, it } from 'vitest';
import { conversations, fillers } from '../src/engine/conversations';
import { FULL_SIZE, ORIGIN, START, setup } from './helpers';

interface Utterance {
  participant_type: 'internal' | 'external';
  user_id?: number;
  timestamp: number;
  duration_ms: number;
  text: string;
  language: string;
}
interface SeededCall {
  id: number;
  answered_at: number | null;
  ended_at: number;
  recording: string | null;
  voicemail: string | null;
  user: { id: number } | null;
}

const INSIGHT_EVENTS = [
  'transcription.created',
  'summary.created',
  'sentiment.created',
  'topics.created',
  'action_item.created',
];
/** Every line of the seeded conversations, placeholders (`{order}`…) standing for any text. */
const knownLines = [...conversations.flatMap((c) => [...c.exchanges.flat(), ...c.closing]), ...fillers.flat()].map(
  (line) => new RegExp(`^${line.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '.+')}$`),
);

/** Talk time of a call, and checks that its utterances alternate agent / caller and fit in it. */
function expectFittingTranscript(call: SeededCall, utterances: Utterance[]) {
  const talkMs = (call.ended_at - (call.answered_at ?? call.ended_at)) * 1000;
  expect(utterances.length).toBeGreaterThanOrEqual(2);
  utterances.forEach((utterance, index) => {
    expect(utterance.participant_type).toBe(index % 2 === 0 ? 'internal' : 'external');
    if (utterance.participant_type === 'internal') expect(utterance.user_id).toBe(call.user?.id);
    expect(utterance.duration_ms).toBeGreaterThan(0);
    const previous = utterances[index - 1];
    if (previous) expect(utterance.timestamp).toBeGreaterThanOrEqual(previous.timestamp + previous.duration_ms);
  });
  const last = utterances.at(-1) as Utterance;
  // Within the talk time (the recording), give or take the second the call's times are rounded to.
  expect(last.timestamp + last.duration_ms).toBeLessThanOrEqual(talkMs + 1_000);
}

async function recordedSeededCalls(get: ReturnType<typeof setup>['get'], count: number): Promise<SeededCall[]> {
  const calls: SeededCall[] = [];
  for (let page = 1; calls.length < count; page++) {
    const listed = (await get(`/v1/calls?order=desc&per_page=50&page=${page}`)).json.calls as SeededCall[];
    if (listed.length === 0) break;
    calls.push(...listed.filter((call) => call.recording && call.answered_at));
  }
  return calls.slice(0, count);
}

describe('insights of a live call', () => {
  it('arrive a few seconds after call.ended, as webhook events carrying what the endpoints answer', async () => {
    const deliveries: { event: string; data: Record<string, unknown> }[] = [];
    const harness = setup({
      webhooks: {
        fetch: async (_input, init) => {
          deliveries.push(JSON.parse(String(init?.body)));
          return new Response(null, { status: 200 });
        },
      },
    });
    const { get, post, sim } = harness;
    await post('/v1/webhooks', { url: 'https://hooks.example/aircall' });
    const number = (await get('/v1/numbers')).json.numbers.find(
      (n: { live_recording_activated: boolean }) => n.live_recording_activated,
    );
    const placed = (await post('/__sim/calls', { number_id: number.id, autopilot: false })).json;
    sim.advance(4_000);
    await post(`/__sim/calls/${placed.call.id}/answer`);
    sim.advance(95_000);
    await post(`/__sim/calls/${placed.call.id}/hangup`);
    sim.advance(30_000);
    await sim.settleWebhooks();
    expect(deliveries.map((d) => d.event)).toContain('call.ended');
    expect((await get(`/v1/calls/${placed.call.id}/transcription`)).status).toBe(404);
    expect(deliveries.filter((d) => INSIGHT_EVENTS.includes(d.event))).toEqual([]);

    sim.advance(5_000);
    await sim.settleWebhooks();
    const insightDeliveries = deliveries.filter((d) => INSIGHT_EVENTS.includes(d.event));
    expect(insightDeliveries.map((d) => d.event)).toEqual(INSIGHT_EVENTS);
    const paths = ['transcription', 'summary', 'sentiments', 'topics', 'action_items'];
    const keys = ['transcription', 'summary', 'sentiment', 'topics', 'action_items'];
    for (const [index, path] of paths.entries()) {
      const answer = await get(`/v1/calls/${placed.call.id}/${path}`);
      expect(answer.status).toBe(200);
      expect(Object.keys(answer.json)).toEqual([keys[index]]);
      expect(answer.json[keys[index] as string]).toEqual(insightDeliveries[index]?.data);
    }

    const call = (await get(`/v1/calls/${placed.call.id}`)).json.call as SeededCall;
    const transcription = (await get(`/v1/calls/${placed.call.id}/transcription?mode=realtime`)).json.transcription;
    expect(transcription).toMatchObject({
      call_id: String(call.id),
      type: 'call',
      ai_generated: true,
      participants: [
        { participant_type: 'internal', user_id: call.user?.id },
        { participant_type: 'external', phone_number: placed.call.raw_digits },
      ],
    });
    expectFittingTranscript(call, transcription.content.utterances);
    const sentiment = (await get(`/v1/calls/${placed.call.id}/sentiments`)).json.sentiment.content;
    expect(sentiment.participants.map((p: { value: string }) => p.value)).toEqual([
      expect.stringMatching(/^(positive|neutral)$/),
      sentiment.overall,
    ]);
    expect((await get(`/v1/calls/${placed.call.id}/transcription?mode=live`)).status).toBe(400);
  });

  it('do not exist for unanswered calls, calls on a number that does not record, or unknown calls', async () => {
    const { get, post, sim } = setup();
    const numbers = (await get('/v1/numbers')).json.numbers;
    const silent = numbers.find((n: { live_recording_activated: boolean }) => !n.live_recording_activated);
    const unrecorded = (await post('/__sim/calls', { number_id: silent.id, autopilot: false })).json.call;
    await post(`/__sim/calls/${unrecorded.id}/answer`);
    const missed = (await post('/__sim/calls', { number_id: numbers[0].id, autopilot: false })).json.call;
    sim.advance(60_000);
    await post(`/__sim/calls/${unrecorded.id}/hangup`);
    sim.advance(60_000);
    for (const id of [unrecorded.id, missed.id]) {
      const answer = await get(`/v1/calls/${id}/summary`);
      expect(answer.json).toEqual({ error: 'Not found', troubleshoot: 'No summary for this call' });
    }
    expect((await get('/v1/calls/42/topics')).json.troubleshoot).toBe('Call not found. Id does not exist');
  });
});

describe('insights of seeded calls', () => {
  const { get } = setup();

  it('exist for recorded history, fit each call, use the seeded conversations, and mention refunds often', async () => {
    const calls = await recordedSeededCalls(get, 40);
    let refunds = 0;
    for (const call of calls) {
      const { utterances } = (await get(`/v1/calls/${call.id}/transcription`)).json.transcription.content;
      expectFittingTranscript(call, utterances);
      for (const { text } of utterances as Utterance[])
        expect(
          knownLines.some((line) => line.test(text)),
          text,
        ).toBe(true);
      if (utterances.some((u: Utterance) => /refund/i.test(u.text))) refunds++;
    }
    expect(calls).toHaveLength(40);
    expect(refunds).toBeGreaterThanOrEqual(4);
  });

  it('exist for the latest history too: seeded calls ended at least a minute before now', async () => {
    for (const seed of [1, 2, 3]) {
      const dense = setup({ seed, ...FULL_SIZE });
      const latest = (await dense.get('/v1/calls?order=desc&per_page=50')).json.calls as SeededCall[];
      expect(Math.max(...latest.map((call) => call.ended_at))).toBeLessThanOrEqual((START - 60_000) / 1000);
      for (const call of latest.filter((candidate) => candidate.recording)) {
        expect((await dense.get(`/v1/calls/${call.id}/transcription`)).status).toBe(200);
      }
    }
  });

  it('answer every endpoint in a one-key envelope, and the same for the same seed', async () => {
    const [call] = await recordedSeededCalls(get, 1);
    const endpoints = {
      transcription: 'transcription',
      summary: 'summary',
      sentiments: 'sentiment',
      topics: 'topics',
      action_items: 'action_items',
      evaluations: 'evaluations',
      playbook_result: 'playbook_result',
      custom_summary_result: 'custom_summary_result',
      predicted_csat: 'csat',
    };
    for (const [path, key] of Object.entries(endpoints)) {
      const answer = await get(`/v1/calls/${call?.id}/${path}`);
      expect(Object.keys(answer.json)).toEqual([key]);
    }
    const summary = (await get(`/v1/calls/${call?.id}/summary`)).json.summary.content;
    expect(summary).toEqual(expect.any(String));
    expect(summary).not.toMatch(/\{\w+\}/);
    const again = setup();
    expect((await again.get(`/v1/calls/${call?.id}/summary`)).json.summary.content).toBe(summary);
  });
});

describe('recordings', () => {
  const { get, sim } = setup();
  const fetchAsset = (url: string, headers: Record<string, string> = {}) =>
    sim.fetch(url.replace(/^https?:\/\/[^/]+/, ORIGIN), { headers });

  it('play as a WAV of the talk time, the same bytes every time, by ranges', async () => {
    const [call] = await recordedSeededCalls(get, 1);
    const link = (await get(`/v1/calls/${call?.id}`)).json.call.recording;
    const whole = await fetchAsset(link);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('Content-Type')).toBe('audio/wav');
    expect(whole.headers.get('Accept-Ranges')).toBe('bytes');
    const bytes = Buffer.from(await whole.arrayBuffer());
    expect(bytes.subarray(0, 4).toString('ascii')).toBe('RIFF');
    expect(bytes.subarray(8, 16).toString('ascii')).toBe('WAVEfmt ');
    expect(bytes.readUInt32LE(24)).toBe(8_000);
    const talkSeconds = (call?.ended_at ?? 0) - (call?.answered_at ?? 0);
    expect(bytes.length).toBe(44 + talkSeconds * 8_000);
    // Not silent: someone speaks.
    expect(bytes.subarray(44, 44 + 8_000 * 3).some((sample) => sample > 150)).toBe(true);

    const part = await fetchAsset(link, { Range: 'bytes=100-199' });
    expect(part.status).toBe(206);
    expect(part.headers.get('Content-Range')).toBe(`bytes 100-199/${bytes.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(bytes.subarray(100, 200))).toBe(true);
    const tail = await fetchAsset(link, { Range: 'bytes=-10' });
    expect(Buffer.from(await tail.arrayBuffer()).equals(bytes.subarray(bytes.length - 10))).toBe(true);
    expect((await fetchAsset(link, { Range: `bytes=${bytes.length}-` })).status).toBe(416);
    expect(Buffer.from(await (await fetchAsset(link)).arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('voicemails play too', async () => {
    const calls = (await get('/v1/calls?order=desc&per_page=50')).json.calls as SeededCall[];
    const withVoicemail = calls.find((call) => call.voicemail);
    const answer = await fetchAsset(withVoicemail?.voicemail as string);
    expect(answer.headers.get('Content-Type')).toBe('audio/wav');
    expect((await answer.arrayBuffer()).byteLength).toBe(44 + 7.5 * 8_000);
  });
});

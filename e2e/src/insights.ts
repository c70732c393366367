import type { Stack } from './stack';
import { waitUntil } from './wait';

/** One line of a transcript as Aircall sends it: `timestamp` in ms from the start of the recording. */
export interface SpokenLine {
  participant_type: 'internal' | 'external';
  timestamp: number;
  duration_ms: number;
  text: string;
}

export interface CallInsightsSeed {
  lines: SpokenLine[];
  summary: string;
  sentiment: { participant_type: 'internal' | 'external'; value: 'POSITIVE' | 'NEUTRAL' | 'NEGATIVE' }[];
  topics: string[];
}

/**
 * Delivers a call's conversation intelligence (transcript, summary, sentiment, topics) to the BFF as Aircall does:
 * by webhook, with the token of the BFF's own registration. For journeys that need what a call's insights say.
 */
export async function deliverInsights(stack: Stack, callId: number, seed: CallInsightsSeed): Promise<void> {
  const { webhooks } = await waitUntil(
    'the BFF’s webhook registration',
    () => stack.aircall<{ webhooks: { token: string; url: string; active: boolean }[] }>('/v1/webhooks'),
    ({ webhooks: registered }) => registered.some((webhook) => webhook.active),
  );
  const token = webhooks.find((webhook) => webhook.active)?.token ?? '';
  const insight = (content: unknown) => ({
    id: callId,
    call_id: String(callId),
    type: 'call',
    content,
    created_at: new Date().toISOString(),
    ai_generated: true,
  });
  const events: [string, unknown][] = [
    ['transcription.created', { language: 'en-US', utterances: seed.lines }],
    ['summary.created', seed.summary],
    ['sentiment.created', seed.sentiment],
    ['topics.created', seed.topics],
  ];
  for (const [event, content] of events) {
    const res = await fetch(`${stack.bffUrl}/webhooks/aircall`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        resource: event.split('.')[0],
        event,
        timestamp: Math.floor(Date.now() / 1000),
        token,
        data: insight(content),
      }),
    });
    if (!res.ok) throw new Error(`the BFF answered ${res.status} to ${event}: ${await res.text()}`);
  }
}

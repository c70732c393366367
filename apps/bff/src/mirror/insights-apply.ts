import type { ServerEvent } from '@switchboard/contracts';
import type { Store } from '../store';
import { insightCallId, insightVersion, type MirroredInsight, readInsightWebhook, toInsightPart } from './insights';

export { insightEvents } from './insights';

/**
 * Stores one of a call's insights as Aircall sent it (webhook or fetch) and answers the live events it caused. Its
 * version is the object's own `updated_at`/`created_at`, else `fallbackVersion` (the event's time): replays and late
 * deliveries change nothing.
 */
export async function saveInsight(
  store: Store,
  insight: MirroredInsight,
  fallbackVersion: number,
  knownCallId?: number,
): Promise<ServerEvent[]> {
  const callId = knownCallId ?? insightCallId(insight);
  if (callId === null) throw new Error(`${insight.kind}: the payload names no call (call_id)`);
  const part = toInsightPart(insight);
  if (!part) throw new Error(`${insight.kind}: the payload of call ${callId} holds nothing readable`);
  if (!(await store.insights.save(callId, part, insightVersion(insight) ?? fallbackVersion))) return [];
  return [{ type: 'resource.changed', at: Math.floor(fallbackVersion / 1000), resource: 'callInsights', id: callId }];
}

/** Applies an insight webhook event (`transcription.created` …). */
export async function applyInsightEvent(store: Store, event: string, data: unknown, version: number) {
  const insight = readInsightWebhook(event, data);
  if (!insight) throw new Error(`${event}: unexpected payload`);
  return saveInsight(store, insight, version);
}

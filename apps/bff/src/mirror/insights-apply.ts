import type { Call } from '@switchboard/aircall';
import type { ServerEvent } from '@switchboard/contracts';
import type { InsightKind, Store } from '../store';
import { insightCallId, insightVersion, type RecordingTimes, readInsight } from './insights';

export { insightEvents } from './insights';

/** Where the call's recording starts and how long the conversation lasted, from the mirrored call. */
export function recordingTimes(call: Call | undefined): RecordingTimes {
  if (!call || call.answered_at === null) return { startedAtMs: null, talkSeconds: null };
  const talkSeconds = call.ended_at === null ? null : Math.max(0, call.ended_at - call.answered_at);
  return { startedAtMs: call.answered_at * 1000, talkSeconds };
}

/**
 * Stores one kind of a call's insights as Aircall sent it (webhook or fetch) and answers the live events it caused.
 * Its version is the object's own `updated_at`/`created_at`, else `fallbackVersion` (the event's time): replays and
 * late deliveries change nothing.
 */
export async function applyInsightEvent(
  store: Store,
  kind: InsightKind,
  object: unknown,
  fallbackVersion: number,
): Promise<ServerEvent[]> {
  const callId = insightCallId(object);
  if (callId === null) throw new Error(`${kind}: the payload names no call (call_id)`);
  const part = readInsight(kind, object, recordingTimes(await store.calls.get(callId)));
  if (!part) throw new Error(`${kind}: the payload of call ${callId} holds nothing readable`);
  if (!(await store.insights.save(callId, part, insightVersion(object) ?? fallbackVersion))) return [];
  return [{ type: 'resource.changed', at: Math.floor(fallbackVersion / 1000), resource: 'callInsights', id: callId }];
}

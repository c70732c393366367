import type { AircallClient, InsightResult, RequestOptions } from '@switchboard/aircall';
import type { Logger } from 'pino';
import type { MirroredInsight } from '../mirror/insights';
import { saveInsight } from '../mirror/insights-apply';
import type { InsightKind, Store } from '../store';

export interface InsightFetchSchedule {
  /** Only calls started this recently are asked about (older ones are history nobody opens). Default 7 days. */
  lookbackSeconds: number;
  /** Aircall takes minutes to produce insights: a call is asked about this long after it ended. Default 10 min. */
  settleSeconds: number;
  /** Calls asked about per pass; each costs up to five requests of the background lane. Default 10. */
  callsPerPass: number;
}

export const defaultInsightFetchSchedule: InsightFetchSchedule = {
  lookbackSeconds: 7 * 24 * 3600,
  settleSeconds: 600,
  callsPerPass: 10,
};

interface Deps {
  store: Store;
  aircall: AircallClient;
  logger: Logger;
  clock: { now(): number };
}

/**
 * Asks Aircall once, in the background lane, for the insights of recorded calls the webhooks did not bring (calls
 * synced rather than seen live, or events lost). What Aircall has none of is remembered, so no call is asked twice;
 * a call without a transcription has nothing else either, which spares four requests. Answers whether more calls
 * are waiting.
 */
export async function fetchMissingInsights(
  deps: Deps,
  signal: AbortSignal,
  schedule: InsightFetchSchedule = defaultInsightFetchSchedule,
): Promise<boolean> {
  const { store, aircall, clock, logger } = deps;
  const now = Math.floor(clock.now() / 1000);
  const awaiting = await store.insights.awaitingFetch({
    startedSince: now - schedule.lookbackSeconds,
    endedBefore: now - schedule.settleSeconds,
    limit: schedule.callsPerPass + 1,
  });
  const options: RequestOptions = { signal, lane: 'background', whenRateLimited: 'wait' };
  const readers: Record<InsightKind, (callId: number) => Promise<InsightResult<MirroredInsight>>> = {
    transcription: (callId) => aircall.insights.transcription(callId, {}, options),
    summary: (callId) => aircall.insights.summary(callId, options),
    sentiment: (callId) => aircall.insights.sentiments(callId, options),
    topics: (callId) => aircall.insights.topics(callId, options),
    action_items: (callId) => aircall.insights.actionItems(callId, options),
  };
  for (const { callId, kinds } of awaiting.slice(0, schedule.callsPerPass)) {
    if (signal.aborted) return true;
    const unavailable: InsightKind[] = [];
    for (const kind of kinds) {
      const result = await readers[kind](callId);
      if (result.status === 'not_available') {
        unavailable.push(kind);
        // Everything else is derived from the transcript: without one there is nothing to ask for.
        if (kind === 'transcription') {
          unavailable.push(...kinds.filter((other) => other !== kind));
          break;
        }
        continue;
      }
      await saveInsight(store, result.insight, clock.now(), callId).catch((error: unknown) => {
        logger.warn({ callId, kind, err: error }, 'insight not stored');
      });
    }
    await store.insights.markFetched(callId, unavailable);
  }
  return awaiting.length > schedule.callsPerPass;
}

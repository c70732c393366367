import { z } from 'zod';
import { ResourceUnavailableError } from '../errors';
import type { Executor, RequestOptions } from '../http/execute';
import { parseInput } from '../http/validation';
import { type InsightByKind, type InsightKind, type InsightResult, insightSchema } from '../schemas/insight';

const transcriptionParamsSchema = z.strictObject({
  /** `async` (after the call, the default) or `realtime` (as transcribed during the call). */
  mode: z.enum(['async', 'realtime']).optional(),
});
export type TranscriptionParams = z.input<typeof transcriptionParamsSchema>;
const playbookParamsSchema = z.strictObject({ fetch_playbook: z.boolean().optional() });
export type PlaybookResultParams = z.input<typeof playbookParamsSchema>;

/**
 * Conversation intelligence of a call (Aircall AI Assist). Each method resolves `{ status: 'available', insight }`,
 * or `{ status: 'not_available' }` when Aircall answers 404 (no recording, not processed yet, not on the plan);
 * any other failure throws as usual.
 */
export function createInsightsResource(executor: Executor) {
  const schemas = new Map<InsightKind, z.ZodType>();
  const schemaOf = <K extends InsightKind>(kind: K) => {
    if (!schemas.has(kind)) schemas.set(kind, insightSchema(kind));
    return schemas.get(kind) as z.ZodType<InsightByKind[K]>;
  };

  async function read<K extends InsightKind>(
    kind: K,
    callId: number,
    query: Record<string, string | boolean | undefined> | undefined,
    options: RequestOptions | undefined,
  ): Promise<InsightResult<InsightByKind[K]>> {
    try {
      const insight = await executor.execute(
        { method: 'GET', route: `/v1/calls/:id/${kind}`, pathParams: { id: callId }, query, response: schemaOf(kind) },
        options,
      );
      return { status: 'available', insight };
    } catch (error) {
      if (error instanceof ResourceUnavailableError && error.status === 404) return { status: 'not_available' };
      throw error;
    }
  }

  return {
    /** Utterances with speaker, offset and duration; `mode` defaults to Aircall's (`async`). */
    transcription(callId: number, params: TranscriptionParams = {}, options?: RequestOptions) {
      const query = parseInput(transcriptionParamsSchema, params, {
        method: 'GET',
        path: '/v1/calls/:id/transcription',
      });
      return read('transcription', callId, query, options);
    },
    summary: (callId: number, options?: RequestOptions) => read('summary', callId, undefined, options),
    /** Positive, neutral or negative, per participant and overall. */
    sentiments: (callId: number, options?: RequestOptions) => read('sentiments', callId, undefined, options),
    topics: (callId: number, options?: RequestOptions) => read('topics', callId, undefined, options),
    actionItems: (callId: number, options?: RequestOptions) => read('action_items', callId, undefined, options),
    /** Higher plans only. */
    evaluations: (callId: number, options?: RequestOptions) => read('evaluations', callId, undefined, options),
    playbookResult(callId: number, params: PlaybookResultParams = {}, options?: RequestOptions) {
      const query = parseInput(playbookParamsSchema, params, { method: 'GET', path: '/v1/calls/:id/playbook_result' });
      return read('playbook_result', callId, query, options);
    },
    customSummaryResult: (callId: number, options?: RequestOptions) =>
      read('custom_summary_result', callId, undefined, options),
    predictedCsat: (callId: number, options?: RequestOptions) => read('predicted_csat', callId, undefined, options),
  };
}

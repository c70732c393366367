import { z } from 'zod';
import { analyticsQueryStrictSchema } from './analytics';
import { idParams, idSchema, namedRefSchema, oneOf } from './common';
import { defineEndpoint, everyone, supervisors } from './endpoint';
import { sentiments } from './values';

/** Aircall AI Assist's reading of a conversation's tone. */
export const sentimentSchema = oneOf(sentiments);
export type Sentiment = z.infer<typeof sentimentSchema>;

/** `agent`: someone of the company (Aircall's `internal`); `external`: the caller or callee. */
export const speakerSchema = oneOf(['agent', 'external']);
export type Speaker = z.infer<typeof speakerSchema>;

const milliseconds = z.number().int().nonnegative();

export const utteranceSchema = z.object({
  speaker: speakerSchema,
  /** The agent speaking, when Aircall says which. */
  agent: namedRefSchema.nullable(),
  /** From the start of the recording: where the player seeks to. */
  offsetMs: milliseconds,
  durationMs: milliseconds.nullable(),
  text: z.string(),
});
export type Utterance = z.infer<typeof utteranceSchema>;

export const participantSentimentSchema = z.object({
  speaker: speakerSchema,
  agent: namedRefSchema.nullable(),
  sentiment: sentimentSchema,
});

/**
 * - `available`: Aircall produced insights for the call (each kind may still be null until it arrives);
 * - `pending`: a recorded answered call whose insights have not arrived yet (Aircall takes minutes);
 * - `none`: there are no insights for this call (no recording, not answered, or Aircall produced none).
 */
export const insightsStatusSchema = oneOf(['available', 'pending', 'none']);
export type InsightsStatus = z.infer<typeof insightsStatusSchema>;

export const callInsightsSchema = z.object({
  callId: idSchema,
  status: insightsStatusSchema,
  /** Why there is nothing (yet) to show; null when available. */
  message: z.string().nullable(),
  transcript: z.object({ language: z.string().nullable(), utterances: z.array(utteranceSchema) }).nullable(),
  summary: z.string().nullable(),
  sentiment: z
    .object({ overall: sentimentSchema.nullable(), participants: z.array(participantSentimentSchema) })
    .nullable(),
  /** Lower-cased. */
  topics: z.array(z.string()).nullable(),
  actionItems: z.array(z.string()).nullable(),
});
export type CallInsights = z.infer<typeof callInsightsSchema>;

export const callInsightsResponseSchema = z.object({ insights: callInsightsSchema });
export type CallInsightsResponse = z.infer<typeof callInsightsResponseSchema>;

const count = z.number().int().nonnegative();
const negativeShape = {
  /** Calls with a sentiment in the range. */
  calls: count,
  negative: count,
  /** negative / calls, 0 to 1 (0 without calls). */
  negativeShare: z.number().min(0).max(1),
};

export const insightAnalyticsResponseSchema = z.object({
  /** The most frequent topics of the range, most frequent first (at most 10). */
  topTopics: z.array(z.object({ topic: z.string(), calls: count })),
  byAgent: z.array(z.object({ agent: namedRefSchema, ...negativeShape })),
  byTeam: z.array(z.object({ team: namedRefSchema, ...negativeShape })),
});
export type InsightAnalyticsResponse = z.infer<typeof insightAnalyticsResponseSchema>;

export const insightEndpoints = [
  defineEndpoint({
    id: 'calls.insights',
    method: 'GET',
    path: '/api/calls/:callId/insights',
    params: idParams('callId'),
    response: callInsightsResponseSchema,
    status: 200,
    roles: everyone,
    audit: false,
    lane: null,
    summary:
      'The call’s transcript, summary, sentiment, topics and action items from the mirror, or why there are none.',
  }),
  defineEndpoint({
    id: 'analytics.insights',
    method: 'GET',
    path: '/api/analytics/insights',
    query: analyticsQueryStrictSchema,
    response: insightAnalyticsResponseSchema,
    status: 200,
    roles: supervisors,
    audit: false,
    lane: null,
    summary: 'Top topics, and the share of negative conversations per agent and per team.',
  }),
] as const;

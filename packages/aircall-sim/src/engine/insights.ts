import { Random } from '../random';
import type { CallRecord, UserRecord } from '../store/records';
import { END_PROCESSING_MS, INSIGHTS_DELAY_MS } from './call-engine';
import { type Conversation, conversations, fillers } from './conversations';

export type SentimentValue = 'positive' | 'neutral' | 'negative';

/** Every conversation-intelligence endpoint under `/v1/calls/:id/`, and the key of its one-key envelope. */
export const insightEnvelopes = {
  transcription: 'transcription',
  summary: 'summary',
  sentiments: 'sentiment',
  topics: 'topics',
  action_items: 'action_items',
  evaluations: 'evaluations',
  playbook_result: 'playbook_result',
  custom_summary_result: 'custom_summary_result',
  predicted_csat: 'csat',
} as const;
export type InsightKind = keyof typeof insightEnvelopes;
export const insightKinds = Object.keys(insightEnvelopes) as InsightKind[];

/** The webhook events announcing a call's insights, and the kind each one carries as `data`. */
export const insightEvents = {
  'transcription.created': 'transcription',
  'summary.created': 'summary',
  'sentiment.created': 'sentiments',
  'topics.created': 'topics',
  'action_item.created': 'action_items',
} as const satisfies Record<string, InsightKind>;
export type InsightEventName = keyof typeof insightEvents;

export interface Utterance {
  participant_type: 'internal' | 'external';
  user_id?: number;
  /** Milliseconds from the start of the recording (the moment the call was answered). */
  timestamp: number;
  duration_ms: number;
  text: string;
  language: string;
}

/** When the AI is done with a call, or null when it never will be: not answered, not recorded, not ended yet. */
export function insightsReadyAt(call: CallRecord): number | null {
  if (call.answeredAt === null || call.endedAt === null || call.duration === null || !call.hasRecording) return null;
  return call.endedAt + END_PROCESSING_MS + INSIGHTS_DELAY_MS;
}

// Speech pace of the transcript before it is fitted to the call's talk time.
const MS_PER_WORD = 330;
const MS_PER_LINE = 500;
const PAUSE_MS = 700;
const LEAD_IN_MS = 800;
const naturalMs = (text: string) => text.split(/\s+/).length * MS_PER_WORD + MS_PER_LINE;
const spanOf = (lines: string[]) => lines.reduce((sum, line) => sum + naturalMs(line) + PAUSE_MS, 0);

/**
 * The exchanges a call of `talkMs` holds: the conversation's own, with filler exchanges spread in while a long call
 * has room, or cut (keeping the opening and the closing) while a short one has none.
 */
function exchangesFitting(conversation: Conversation, talkMs: number, random: Random): [string, string][] {
  const core = [...conversation.exchanges];
  const total = () => spanOf([...core, conversation.closing].flat()) + LEAD_IN_MS;
  // Fillers go after the caller has said why they call and the agent has answered.
  while (total() < talkMs * 0.8 && core.length < 400) {
    core.splice(random.int(Math.min(2, core.length), core.length), 0, random.pick(fillers));
  }
  while (total() > talkMs && core.length > 1) core.pop();
  return [...core, conversation.closing];
}

/** The seeded, deterministic insights of an answered, recorded call. */
export function buildInsights(
  call: CallRecord,
  agent: UserRecord | undefined,
  seed: number,
): Record<InsightKind, Record<string, unknown>> {
  const random = new Random(Math.imul(seed, 0x9e3779b1) ^ call.id);
  const conversation = random.pick(conversations);
  const day = new Date(call.startedAt + random.int(-12, 12) * 86_400_000);
  const values: Record<string, string> = {
    agent: agent?.firstName ?? 'the agent',
    order: `#${random.int(10_000, 99_999)}`,
    amount: `$${random.int(12, 480)}.${random.pick(['00', '49', '99'])}`,
    date: day.toLocaleDateString('en-US', { month: 'long', day: 'numeric', timeZone: 'UTC' }),
  };
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? name);

  const talkMs = (call.endedAt ?? call.startedAt) - (call.answeredAt ?? call.startedAt);
  const lines = exchangesFitting(conversation, talkMs, random).flat().map(fill);
  // Fitted to the talk time: the pace speeds up or slows down so the last word ends just before the hang-up.
  const scale = Math.max(0.05, (talkMs * 0.97 - LEAD_IN_MS) / Math.max(1, spanOf(lines)));
  let at = LEAD_IN_MS;
  const utterances: Utterance[] = lines.map((text, index) => {
    const agentSpeaks = index % 2 === 0;
    const duration = Math.max(200, Math.round(naturalMs(text) * scale));
    const utterance: Utterance = {
      participant_type: agentSpeaks ? 'internal' : 'external',
      ...(agentSpeaks && agent ? { user_id: agent.id } : {}),
      timestamp: at,
      duration_ms: duration,
      text,
      language: 'en',
    };
    at += duration + Math.round(PAUSE_MS * scale);
    return utterance;
  });

  const callerSentiment = random.pick(conversation.callerSentiments);
  const agentSentiment: SentimentValue = random.chance(0.8) ? 'positive' : 'neutral';
  const agentId = agent?.id ?? null;
  const readyAt = insightsReadyAt(call) ?? call.startedAt;
  const callUuid = `00000000-0000-4000-8000-${call.id.toString(16).padStart(12, '0')}`;
  const internal = { participant_type: 'internal', user_id: agentId };
  const external = { participant_type: 'external', phone_number: call.rawDigits };
  const shared = (kind: InsightKind, content: unknown) => ({
    id: call.id * 10 + insightKinds.indexOf(kind),
    call_id: String(call.id),
    call_uuid: callUuid,
    number_id: call.numberId,
    participants: [internal, external],
    type: 'call',
    content,
    call_created_at: new Date(call.startedAt).toISOString(),
    created_at: new Date(readyAt).toISOString(),
    created_by: null,
    updated_at: new Date(readyAt).toISOString(),
    updated_by: null,
    ai_generated: true,
  });
  const csatScore = { positive: 88, neutral: 66, negative: 34 }[callerSentiment] + random.int(-6, 6);

  return {
    transcription: shared('transcription', { language: 'en', utterances }),
    summary: shared('summary', fill(conversation.summary)),
    sentiments: shared('sentiments', {
      overall: callerSentiment,
      participants: [
        { ...internal, value: agentSentiment },
        { ...external, value: callerSentiment },
      ],
    }),
    topics: shared('topics', conversation.topics),
    action_items: shared(
      'action_items',
      conversation.actionItems.map((text) => ({ text: fill(text), user_id: agentId })),
    ),
    evaluations: shared('evaluations', [
      { criterion: 'Greeted the caller and gave their name', passed: true },
      { criterion: 'Confirmed the caller identity', passed: random.chance(0.8) },
      { criterion: 'Offered further help before closing', passed: true },
    ]),
    playbook_result: shared('playbook_result', {
      playbook: `${conversation.theme[0]?.toUpperCase()}${conversation.theme.slice(1)} call`,
      steps: [
        { name: 'Identify the customer', completed: true },
        { name: 'Resolve the request', completed: callerSentiment !== 'negative' || random.chance(0.5) },
        { name: 'Confirm next steps', completed: true },
      ],
    }),
    custom_summary_result: shared('custom_summary_result', {
      reason: conversation.theme,
      resolution: fill(conversation.summary),
    }),
    predicted_csat: {
      call_id: String(call.id),
      call_uuid: callUuid,
      score: csatScore,
      drivers: [
        callerSentiment === 'negative'
          ? { polarity: 'NEGATIVE', label: 'Customer was frustrated' }
          : { polarity: 'POSITIVE', label: 'Customer was satisfied' },
      ],
    },
  };
}

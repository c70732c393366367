import { z } from 'zod';
import { collectOddities, noteOddity, type Oddities, optionalField, tolerantArray } from '../tolerance';

/**
 * Conversation intelligence (AI Assist), per call, on `/v1/calls/:id/<kind>`. Aircall's response envelopes are not
 * public: every reader accepts the object bare or in a one-key envelope (`{ "summary": {...} }`, whatever the key),
 * and `content` as a string, an array or an object. Each kind is normalised into fields the product can use
 * (`utterances`, `text`, `topics`…) beside the raw `content`.
 */
export const INSIGHT_KINDS = [
  'transcription',
  'summary',
  'sentiments',
  'topics',
  'action_items',
  'evaluations',
  'playbook_result',
  'custom_summary_result',
  'predicted_csat',
] as const;
export type InsightKind = (typeof INSIGHT_KINDS)[number];

/** The webhook events Aircall sends when an insight of a call is ready, and the kind each one carries. */
export const INSIGHT_WEBHOOK_EVENTS = {
  'transcription.created': 'transcription',
  'summary.created': 'summary',
  'sentiment.created': 'sentiments',
  'topics.created': 'topics',
  'action_item.created': 'action_items',
} as const satisfies Record<string, InsightKind>;
export type InsightWebhookEvent = keyof typeof INSIGHT_WEBHOOK_EVENTS;
export const insightWebhookEvents = Object.keys(INSIGHT_WEBHOOK_EVENTS) as InsightWebhookEvent[];
export const isInsightWebhookEvent = (event: string): event is InsightWebhookEvent =>
  Object.hasOwn(INSIGHT_WEBHOOK_EVENTS, event);

/** `internal`: one of the company's users (the agent); `external`: the caller or callee. */
export type ParticipantType = 'internal' | 'external';
export type SentimentValue = 'positive' | 'neutral' | 'negative';

export interface InsightParticipant {
  participant_type: ParticipantType;
  user_id: number | null;
  phone_number: string | null;
}

/** What every insight carries (the shared object of Aircall's AI endpoints). Times are ISO strings. */
export interface InsightBase {
  id: number | string | null;
  call_id: string | null;
  call_uuid: string | null;
  number_id: number | null;
  type: 'call' | 'voicemail' | null;
  participants: InsightParticipant[];
  call_created_at: string | null;
  created_at: string | null;
  updated_at: string | null;
  ai_generated: boolean | null;
  /** `content` as Aircall sent it. */
  content: unknown;
}

export interface Utterance {
  participant_type: ParticipantType;
  user_id: number | null;
  /** As Aircall sent it. */
  timestamp: number;
  /** Milliseconds from the start of the recording (derived from `timestamp`, which may be absolute). */
  offset_ms: number;
  duration_ms: number;
  text: string;
  language: string | null;
}

export interface Transcription extends InsightBase {
  kind: 'transcription';
  language: string | null;
  utterances: Utterance[];
  /** The whole text, one utterance per line. */
  text: string;
}
export interface Summary extends InsightBase {
  kind: 'summary';
  text: string;
}
export interface ParticipantSentiment {
  participant_type: ParticipantType;
  user_id: number | null;
  sentiment: SentimentValue;
}
export interface Sentiment extends InsightBase {
  kind: 'sentiments';
  /** The caller's sentiment when told apart, else the one given for the call. */
  overall: SentimentValue | null;
  by_participant: ParticipantSentiment[];
}
export interface Topics extends InsightBase {
  kind: 'topics';
  topics: string[];
}
export interface ActionItem {
  text: string;
  user_id: number | null;
}
export interface ActionItems extends InsightBase {
  kind: 'action_items';
  items: ActionItem[];
}
/** Evaluations, playbook results and custom summaries: kept as Aircall sends them (`content`). */
export interface OtherInsight extends InsightBase {
  kind: 'evaluations' | 'playbook_result' | 'custom_summary_result';
}
export interface CsatDriver {
  polarity: string;
  label: string;
}
export interface PredictedCsat {
  kind: 'predicted_csat';
  call_id: string | null;
  call_uuid: string | null;
  score: number | null;
  drivers: CsatDriver[];
}

export interface InsightByKind {
  transcription: Transcription;
  summary: Summary;
  sentiments: Sentiment;
  topics: Topics;
  action_items: ActionItems;
  evaluations: OtherInsight;
  playbook_result: OtherInsight;
  custom_summary_result: OtherInsight;
  predicted_csat: PredictedCsat;
}
export type Insight = InsightByKind[InsightKind];

/** A 404 from an insight endpoint means "not available for this call" (no recording, not processed, not on the plan). */
export type InsightResult<T> = { status: 'available'; insight: T } | { status: 'not_available' };

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const SHARED_KEYS = ['content', 'id', 'call_id', 'call_uuid', 'csat', 'score'];

/**
 * The insight inside a bare object, a one-key envelope (`{ transcription: {...} }`), or an envelope holding a list of
 * insight objects (their contents are joined).
 */
export function unwrapInsight(body: unknown): Loose | null {
  let value = body;
  if (isObject(value)) {
    const keys = Object.keys(value);
    const only = keys.length === 1 ? keys[0] : undefined;
    if (only !== undefined && !SHARED_KEYS.includes(only) && (isObject(value[only]) || Array.isArray(value[only]))) {
      value = value[only];
    }
  }
  if (Array.isArray(value)) {
    const objects = value.filter(isObject);
    if (objects.length > 0 && objects.length === value.length && objects.every((item) => 'content' in item)) {
      const contents = objects.flatMap((item) => (Array.isArray(item.content) ? item.content : [item.content]));
      return { ...objects[0], content: contents };
    }
    return { content: value };
  }
  return isObject(value) ? value : null;
}

const isoTime = z.union([z.string(), z.number()]).transform((value) => {
  if (typeof value === 'string') return value;
  // UNIX seconds or milliseconds.
  return new Date(value < 1e12 ? value * 1000 : value).toISOString();
});

const participantType = z.string().transform((value, ctx): ParticipantType => {
  const lower = value.toLowerCase();
  if (['internal', 'agent', 'user'].includes(lower)) return 'internal';
  if (['external', 'customer', 'caller', 'callee', 'contact', 'client'].includes(lower)) return 'external';
  ctx.addIssue({ code: 'custom', message: 'unknown participant type' });
  return z.NEVER;
});
const userId = z.union([z.number().int(), z.string().regex(/^\d+$/).transform(Number)]);

const insightParticipantSchema = z
  .looseObject({
    participant_type: participantType,
    user_id: optionalField(userId, 'insight.participants.user_id'),
    phone_number: optionalField(z.string(), 'insight.participants.phone_number'),
  })
  .transform(
    (p): InsightParticipant => ({
      participant_type: p.participant_type,
      user_id: p.user_id ?? null,
      phone_number: p.phone_number ?? null,
    }),
  );

const baseSchema = z.looseObject({
  id: optionalField(z.union([z.number(), z.string()]), 'insight.id'),
  call_id: optionalField(z.union([z.string(), z.number().transform(String)]), 'insight.call_id'),
  call_uuid: optionalField(z.string(), 'insight.call_uuid'),
  number_id: optionalField(z.number().int(), 'insight.number_id'),
  type: optionalField(z.enum(['call', 'voicemail']), 'insight.type'),
  participants: tolerantArray(insightParticipantSchema, 'insight.participants').optional(),
  call_created_at: optionalField(isoTime, 'insight.call_created_at'),
  created_at: optionalField(isoTime, 'insight.created_at'),
  updated_at: optionalField(isoTime, 'insight.updated_at'),
  ai_generated: optionalField(z.boolean(), 'insight.ai_generated'),
  content: z.unknown().optional(),
});

function baseOf(object: Loose): InsightBase {
  const base = baseSchema.parse(object);
  return {
    id: base.id ?? null,
    call_id: base.call_id ?? null,
    call_uuid: base.call_uuid ?? null,
    number_id: base.number_id ?? null,
    type: base.type ?? null,
    participants: base.participants ?? [],
    call_created_at: base.call_created_at ?? null,
    created_at: base.created_at ?? null,
    updated_at: base.updated_at ?? null,
    ai_generated: base.ai_generated ?? null,
    content: base.content,
  };
}

/** The first string among `keys` of an object, or the value itself when it is a string. */
function textOf(value: unknown, keys: readonly string[]): string | null {
  if (typeof value === 'string') return value;
  if (!isObject(value)) return null;
  for (const key of keys) if (typeof value[key] === 'string') return value[key] as string;
  return null;
}

/** The list in content: the content itself, or the first array under one of `keys`. */
function listOf(content: unknown, keys: readonly string[]): unknown[] | null {
  if (Array.isArray(content)) return content;
  if (!isObject(content)) return null;
  for (const key of keys) if (Array.isArray(content[key])) return content[key] as unknown[];
  return null;
}

const utteranceSchema = z.looseObject({
  participant_type: participantType.catch(() => {
    noteOddity('defaulted', 'utterance.participant_type');
    return 'external' as const;
  }),
  user_id: optionalField(userId, 'utterance.user_id'),
  timestamp: z.number().catch(() => {
    noteOddity('defaulted', 'utterance.timestamp');
    return 0;
  }),
  duration_ms: z
    .number()
    .nonnegative()
    .catch(() => {
      noteOddity('defaulted', 'utterance.duration_ms');
      return 0;
    }),
  text: z.string(),
  language: optionalField(z.string(), 'utterance.language'),
});

/**
 * Offsets from the start of the recording. Timestamps below 10^9 are read as offsets in milliseconds; larger ones as
 * absolute times (UNIX seconds, or milliseconds from 10^12), counted from the first utterance.
 */
function offsetsOf(timestamps: number[]): number[] {
  const toMs = (t: number) => (t >= 1e12 ? t : t >= 1e9 ? t * 1000 : t);
  const absolute = timestamps.some((t) => t >= 1e9);
  if (!absolute) return timestamps.map((t) => Math.max(0, Math.round(t)));
  const first = Math.min(...timestamps.filter((t) => t >= 1e9).map(toMs));
  return timestamps.map((t) => Math.max(0, Math.round(toMs(t) - first)));
}

function readTranscription(object: Loose): Transcription {
  const base = baseOf(object);
  const raw = listOf(base.content, ['utterances', 'segments', 'transcript', 'transcription']) ?? [];
  const parsed = tolerantArray(utteranceSchema, 'transcription.utterances').parse(raw);
  const offsets = offsetsOf(parsed.map((u) => u.timestamp));
  const utterances = parsed
    .map(
      (u, index): Utterance => ({
        participant_type: u.participant_type,
        user_id: u.user_id ?? null,
        timestamp: u.timestamp,
        offset_ms: offsets[index] ?? 0,
        duration_ms: u.duration_ms,
        text: u.text,
        language: u.language ?? null,
      }),
    )
    .sort((a, b) => a.offset_ms - b.offset_ms);
  const language =
    (isObject(base.content) ? textOf(base.content, ['language']) : null) ?? utterances[0]?.language ?? null;
  const text = textOf(base.content, ['text', 'transcript']) ?? utterances.map((u) => u.text).join('\n');
  return { ...base, kind: 'transcription', language, utterances, text };
}

function readSummary(object: Loose): Summary {
  const base = baseOf(object);
  const content = base.content;
  const text = Array.isArray(content)
    ? content
        .map((part) => textOf(part, ['text', 'content', 'summary']) ?? '')
        .filter(Boolean)
        .join('\n')
    : (textOf(content, ['summary', 'text', 'content']) ?? '');
  if (text === '') noteOddity('defaulted', 'summary.content');
  return { ...base, kind: 'summary', text };
}

function sentimentValue(value: unknown): SentimentValue | null {
  const text = textOf(value, ['value', 'sentiment', 'label', 'polarity']);
  const lower = text?.toLowerCase();
  return lower === 'positive' || lower === 'neutral' || lower === 'negative' ? lower : null;
}

const participantSentimentSchema = z.looseObject({
  participant_type: participantType,
  user_id: optionalField(userId, 'sentiment.user_id'),
});

function readSentiment(object: Loose): Sentiment {
  const base = baseOf(object);
  const content = base.content;
  const by_participant = (listOf(content, ['participants', 'sentiments']) ?? []).flatMap((entry) => {
    const who = participantSentimentSchema.safeParse(entry);
    const sentiment = sentimentValue(entry);
    if (!who.success || sentiment === null) {
      noteOddity('dropped', 'sentiment.participants');
      return [];
    }
    return [{ participant_type: who.data.participant_type, user_id: who.data.user_id ?? null, sentiment }];
  });
  const stated = isObject(content) ? sentimentValue(content.overall ?? content) : sentimentValue(content);
  const overall =
    stated ??
    by_participant.find((p) => p.participant_type === 'external')?.sentiment ??
    by_participant[0]?.sentiment ??
    null;
  if (overall === null) noteOddity('defaulted', 'sentiment.content');
  return { ...base, kind: 'sentiments', overall, by_participant };
}

/** Strings of a list whose elements are strings or objects naming them under one of `keys`. */
function stringsOf(list: unknown[], keys: readonly string[], label: string): string[] {
  return list.flatMap((element) => {
    const text = textOf(element, keys)?.trim();
    if (text) return [text];
    noteOddity('dropped', label);
    return [];
  });
}

function readTopics(object: Loose): Topics {
  const base = baseOf(object);
  const content = base.content;
  const list =
    typeof content === 'string' ? content.split(/[,\n]/) : (listOf(content, ['topics', 'items', 'labels']) ?? []);
  const topics = [...new Set(stringsOf(list, ['name', 'label', 'topic', 'value', 'text'], 'topics.content'))];
  return { ...base, kind: 'topics', topics };
}

function readActionItems(object: Loose): ActionItems {
  const base = baseOf(object);
  const content = base.content;
  const list =
    typeof content === 'string'
      ? content.split('\n').map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, ''))
      : (listOf(content, ['action_items', 'items', 'actions']) ?? []);
  const items = list.flatMap((element): ActionItem[] => {
    const text = textOf(element, ['text', 'content', 'description', 'title', 'action'])?.trim();
    if (!text) {
      if (typeof element !== 'string') noteOddity('dropped', 'action_items.content');
      return [];
    }
    const owner = isObject(element) ? userId.safeParse(element.user_id ?? element.assignee_id) : null;
    return [{ text, user_id: owner?.success ? owner.data : null }];
  });
  return { ...base, kind: 'action_items', items };
}

const csatDriverSchema = z.looseObject({ polarity: z.string(), label: z.string() });

function readPredictedCsat(object: Loose): PredictedCsat {
  const csat = isObject(object.csat) ? object.csat : object;
  const base = baseSchema.parse(csat);
  const score = typeof csat.score === 'number' && Number.isFinite(csat.score) ? csat.score : null;
  if (score === null) noteOddity('defaulted', 'predicted_csat.score');
  return {
    kind: 'predicted_csat',
    call_id: base.call_id ?? null,
    call_uuid: base.call_uuid ?? null,
    score,
    drivers: tolerantArray(csatDriverSchema, 'predicted_csat.drivers').parse(csat.drivers ?? []),
  };
}

const readers: { [K in InsightKind]: (object: Loose) => InsightByKind[K] } = {
  transcription: readTranscription,
  summary: readSummary,
  sentiments: readSentiment,
  topics: readTopics,
  action_items: readActionItems,
  evaluations: (object) => ({ ...baseOf(object), kind: 'evaluations' }),
  playbook_result: (object) => ({ ...baseOf(object), kind: 'playbook_result' }),
  custom_summary_result: (object) => ({ ...baseOf(object), kind: 'custom_summary_result' }),
  predicted_csat: readPredictedCsat,
};

/** The schema of one kind's answer (or webhook `data`): bare or enveloped, normalised. */
export function insightSchema<K extends InsightKind>(kind: K): z.ZodType<InsightByKind[K]> {
  return z.unknown().transform((body, ctx) => {
    const object = unwrapInsight(body);
    if (object === null) {
      ctx.addIssue({ code: 'custom', message: `expected a ${kind} object` });
      return z.NEVER;
    }
    return readers[kind](object);
  }) as unknown as z.ZodType<InsightByKind[K]>;
}

/**
 * Reads the `data` of an insight webhook event (`transcription.created`…) like the matching endpoint's answer:
 * `null` for another event or data no reader can use; `oddities` says what was defaulted or left out.
 */
export function readInsightEvent(
  event: string,
  data: unknown,
): { kind: InsightKind; insight: Insight; oddities: Oddities } | null {
  if (!isInsightWebhookEvent(event)) return null;
  const kind = INSIGHT_WEBHOOK_EVENTS[event];
  const { value, oddities } = collectOddities(() => insightSchema(kind).safeParse(data));
  return value.success ? { kind, insight: value.data, oddities } : null;
}

import type { ActionItems, Sentiment, Summary, Topics, Transcription } from '@switchboard/aircall';
import { INSIGHT_WEBHOOK_EVENTS, readInsightEvent } from '@switchboard/aircall';
import type { InsightKind, InsightPart, Speaker } from '../store';

/** The five kinds the mirror keeps, as the Aircall client reads them. */
export type MirroredInsight = Transcription | Summary | Sentiment | Topics | ActionItems;

/** The client's kind → the mirror's (the client names sentiments after their endpoint). */
export const mirroredKind = {
  transcription: 'transcription',
  summary: 'summary',
  sentiments: 'sentiment',
  topics: 'topics',
  action_items: 'action_items',
} as const satisfies Record<MirroredInsight['kind'], InsightKind>;

/** Webhook event → the kind it carries. */
export const insightEvents: Readonly<Record<string, InsightKind>> = Object.fromEntries(
  Object.entries(INSIGHT_WEBHOOK_EVENTS).map(([event, kind]) => [event, mirroredKind[kind as MirroredInsight['kind']]]),
);

/**
 * Text for people to read, safe to store: no NUL (PostgreSQL text cannot hold it) nor other control characters
 * (the search's snippet marks among them) but tabs and newlines, no lone surrogates.
 */
export function cleanText(value: string): string {
  return (
    value
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
      .trim()
  );
}

const speaker = (type: 'internal' | 'external'): Speaker => (type === 'internal' ? 'agent' : 'external');
const texts = (values: string[]) => values.map(cleanText).filter(Boolean);

/** The call an insight belongs to (Aircall's `call_id` is a string). */
export function insightCallId(insight: MirroredInsight): number | null {
  const id = insight.call_id !== null && /^\d{1,16}$/.test(insight.call_id) ? Number(insight.call_id) : null;
  return id !== null && Number.isSafeInteger(id) && id > 0 ? id : null;
}

/** When Aircall last changed it (epoch ms): its version in the mirror. */
export function insightVersion(insight: MirroredInsight): number | null {
  const time = Date.parse(insight.updated_at ?? insight.created_at ?? '');
  return Number.isFinite(time) ? time : null;
}

/** What the mirror keeps of an insight; null when nothing usable is in it (never a half-read part). */
export function toInsightPart(insight: MirroredInsight): InsightPart | null {
  switch (insight.kind) {
    case 'transcription': {
      const utterances = insight.utterances.flatMap((utterance) => {
        const text = cleanText(utterance.text);
        if (!text) return [];
        return [
          {
            speaker: speaker(utterance.participant_type),
            userId: utterance.user_id,
            offsetMs: Math.max(0, Math.round(utterance.offset_ms)),
            durationMs: Math.max(0, Math.round(utterance.duration_ms)),
            text,
          },
        ];
      });
      const whole = cleanText(insight.text);
      if (utterances.length === 0 && whole) {
        utterances.push({ speaker: 'external', userId: null, offsetMs: 0, durationMs: 0, text: whole });
      }
      return utterances.length === 0 ? null : { kind: 'transcription', language: insight.language, utterances };
    }
    case 'summary': {
      const summary = cleanText(insight.text);
      return summary ? { kind: 'summary', summary } : null;
    }
    case 'sentiments': {
      const participants = insight.by_participant.map((participant) => ({
        speaker: speaker(participant.participant_type),
        userId: participant.user_id,
        sentiment: participant.sentiment,
      }));
      if (insight.overall === null && participants.length === 0) return null;
      return { kind: 'sentiment', sentiment: insight.overall, participants };
    }
    case 'topics':
      return { kind: 'topics', topics: texts(insight.topics) };
    case 'action_items':
      return { kind: 'action_items', items: texts(insight.items.map((item) => item.text)) };
  }
}

/** A webhook's `data` read as the matching endpoint's answer; null when the client cannot read it. */
export function readInsightWebhook(event: string, data: unknown): MirroredInsight | null {
  const read = readInsightEvent(event, data);
  return read && (read.insight as MirroredInsight);
}

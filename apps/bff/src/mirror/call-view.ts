import type { Call } from '@switchboard/aircall';
import {
  type CallDetail,
  type CallRow,
  type CallTimelineEvent,
  callEventTypeSchema,
  namedRefSchema,
} from '@switchboard/contracts';
import { z } from 'zod';
import type { CallEvent, Store } from '../store';
import { type ContactLike, contactDisplayName, toContact } from './contact-view';

/** Mirrored tags by id: calls carry only a tag's id and name, the colour lives on the tag. */
export type TagLookup = ReadonlyMap<number, { name: string; color: string }>;

export async function tagLookup(store: Pick<Store, 'tags'>): Promise<TagLookup> {
  return new Map((await store.tags.list()).map((tag) => [tag.id, { name: tag.name, color: tag.color }]));
}

/**
 * A comment as the mirror keeps it: Aircall's, or one posted here whose copy Aircall has not sent yet (Aircall answers
 * a comment without it): no id until then, and the dashboard account that posted it.
 */
interface MirroredComment {
  id: number | null;
  content: string;
  posted_at: number;
  posted_by: Call['comments'][number]['posted_by'];
  posted_via?: { accountId: number; email: string };
}

export function pendingComment(content: string, postedAt: number, postedVia: MirroredComment['posted_via']) {
  const comment: MirroredComment = { id: null, content, posted_at: postedAt, posted_by: null, posted_via: postedVia };
  // Stored beside Aircall's comments until the call's next state from Aircall replaces them all.
  return comment as unknown as Call['comments'][number];
}

/** Shown for a tag the mirror does not know (yet): a neutral grey chip. */
const unknownTagColor = '#9E9E9E';

/** Our own call events (not Aircall's): pausing and resuming the live recording through Switchboard. */
export const recordingEvents = { paused: 'switchboard.recording_paused', resumed: 'switchboard.recording_resumed' };

type UserRef = Call['user'];
type CallTag = Call['tags'][number];
const namedUser = (user: UserRef | undefined) => (user ? { id: user.id, name: user.name ?? `User ${user.id}` } : null);

function tagRef(tag: CallTag, tags: TagLookup) {
  const known = tags.get(tag.id);
  return { id: tag.id, name: known?.name ?? tag.name ?? `Tag ${tag.id}`, color: known?.color ?? unknownTagColor };
}

/** The reference's talking time: ended_at − answered_at, once the call is over. */
export function talkTime(call: Call): number | null {
  if (call.answered_at === null || call.ended_at === null) return null;
  return Math.max(0, call.ended_at - call.answered_at);
}

/**
 * Aircall's duration comes once the call has ended; a call hung up but not yet ended already has its length, one
 * still ringing or going on shows 0 (the row needs a number).
 */
function durationSoFar(call: Call): number {
  if (call.duration !== null) return call.duration;
  return call.ended_at === null ? 0 : Math.max(0, call.ended_at - call.started_at);
}

/** Flattens Aircall's call object into the row the console's table shows. */
export function toCallRow(call: Call, tags: TagLookup): Required<CallRow> {
  return {
    id: call.id,
    direction: call.direction,
    status: call.status,
    missedCallReason: call.missed_call_reason ?? null,
    rawDigits: call.raw_digits ?? null,
    // Nested copies may omit fields; the list still needs something to show.
    number: call.number
      ? {
          id: call.number.id,
          name: call.number.name ?? call.number.digits ?? `Number ${call.number.id}`,
          digits: call.number.digits ?? '',
        }
      : null,
    agent: namedUser(call.user),
    startedAt: call.started_at,
    answeredAt: call.answered_at ?? null,
    endedAt: call.ended_at ?? null,
    duration: durationSoFar(call),
    archived: call.archived ?? false,
    talkTime: talkTime(call),
    hasVoicemail: call.voicemail !== null,
    hasRecording: call.recording !== null,
    tags: call.tags.map((tag) => tagRef(tag, tags)),
    teams: call.teams.map((team) => ({ id: team.id, name: team.name ?? `Team ${team.id}` })),
    contact: call.contact ? { id: call.contact.id, name: contactDisplayName(call.contact) } : null,
    commentCount: call.comments.length,
    snippet: null,
  };
}

/** What the webhook worker keeps of an event for the timeline (CallEventInput.summary). */
const eventSummarySchema = z.object({ user: namedRefSchema.nullish(), detail: z.string().nullish() });

function recordedEvent(event: CallEvent): CallTimelineEvent | null {
  const type = callEventTypeSchema.safeParse(event.event.replace(/^call\./, ''));
  if (!type.success) return null;
  const summary = eventSummarySchema.safeParse(event.summary);
  return {
    type: type.data,
    at: event.at,
    user: summary.success ? (summary.data.user ?? null) : null,
    detail: summary.success ? (summary.data.detail ?? null) : null,
  };
}

/** What the call object itself says happened: calls mirrored by the sync have no webhook events. */
function derivedEvents(call: Call): CallTimelineEvent[] {
  const event = (type: CallTimelineEvent['type'], at: number | null, user: UserRef | undefined, detail = null) =>
    at === null ? [] : [{ type, at, user: namedUser(user), detail }];
  return [
    ...event('created', call.started_at, null),
    ...event('answered', call.answered_at, call.user),
    ...(call.status === 'done' ? event('ended', call.ended_at, call.user) : []),
    ...call.comments.flatMap((comment) => event('commented', comment.posted_at, comment.posted_by)),
    ...call.tags.flatMap((tag) =>
      tag.created_at === undefined
        ? []
        : [{ type: 'tagged' as const, at: tag.created_at, user: namedUser(tag.tagged_by), detail: tag.name ?? null }],
    ),
  ];
}

/** Webhook events first, completed by what the call object shows, once each, oldest first. */
function timeline(call: Call, events: CallEvent[]): CallTimelineEvent[] {
  const recorded = events.flatMap((event) => recordedEvent(event) ?? []);
  const seen = new Set(recorded.map((event) => `${event.type}@${event.at}`));
  const missing = derivedEvents(call).filter((event) => !seen.has(`${event.type}@${event.at}`));
  return [...recorded, ...missing].sort((a, b) => a.at - b.at);
}

function isRecordingPaused(events: CallEvent[]): boolean {
  const last = events
    .filter((event) => event.event === recordingEvents.paused || event.event === recordingEvents.resumed)
    .at(-1);
  return last?.event === recordingEvents.paused;
}

export function toCallDetail(
  call: Call,
  related: { tags: TagLookup; events: CallEvent[]; contact: ContactLike | null },
): CallDetail {
  const live = call.status !== 'done';
  return {
    ...toCallRow(call, related.tags),
    tags: call.tags.map((tag) => ({
      ...tagRef(tag, related.tags),
      taggedAt: tag.created_at ?? null,
      taggedBy: namedUser(tag.tagged_by),
    })),
    comments: call.comments.map((comment: MirroredComment) => ({
      id: comment.id,
      content: comment.content,
      postedAt: comment.posted_at,
      postedBy: namedUser(comment.posted_by),
      postedVia: comment.posted_via ?? null,
    })),
    contact: related.contact ? toContact(related.contact) : null,
    assignedTo: namedUser(call.assigned_to),
    transferredBy: namedUser(call.transferred_by),
    transferredTo: namedUser(call.transferred_to),
    cost: call.cost ?? null,
    live,
    recordingPaused: live && isRecordingPaused(related.events),
    timeline: timeline(call, related.events),
  };
}

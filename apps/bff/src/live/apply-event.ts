import { type Call, callSchema, contactSchema, numberSchema, type User, userSchema } from '@switchboard/aircall';
import type { Availability, ServerEvent } from '@switchboard/contracts';
import type { z } from 'zod';
import { type TagLookup, toCallRow } from '../mirror/call-view';
import { applyInsightEvent, insightEvents } from '../mirror/insights-apply';
import type { Store } from '../store';

/** A stored delivery, as the receiver kept it (the token left out). */
export interface InboxPayload {
  resource: string;
  event: string;
  /** UNIX seconds. */
  timestamp: number;
  data: Record<string, unknown>;
}

/** What applying needs beyond the store; built once per pass of the worker. */
export interface ApplyContext {
  store: Store;
  /** Tag colours for call rows, read at most once per pass. */
  tags(): Promise<TagLookup>;
}

export function applyContext(store: Store): ApplyContext {
  let tags: Promise<TagLookup> | undefined;
  return {
    store,
    tags: () => {
      tags ??= store.tags.list().then((list) => new Map(list.map((tag) => [tag.id, tag])));
      return tags;
    },
  };
}

/** The payload does not have the shape Aircall documents for its event; kept in the inbox with this error. */
export class MalformedEventError extends Error {
  constructor(event: string, issues: z.core.$ZodIssue[]) {
    const fields = [...new Set(issues.map((issue) => issue.path.join('.') || '(root)'))].slice(0, 5).join(', ');
    super(`${event}: unexpected payload (${fields})`);
    this.name = 'MalformedEventError';
  }
}

function parse<T>(schema: z.ZodType<T>, payload: InboxPayload): T {
  const result = schema.safeParse(payload.data);
  if (!result.success) throw new MalformedEventError(payload.event, result.error.issues);
  return result.data;
}

/**
 * Applies one webhook event to the mirror and answers the live events it caused. Safe to repeat and to run out of
 * order: every write keeps the newest state (the event's timestamp is its version), the timeline ignores an event it
 * already has, and an event whose state the mirror has already moved past changes nothing and tells no one.
 */
export async function applyWebhookEvent(context: ApplyContext, payload: InboxPayload): Promise<ServerEvent[]> {
  const { store } = context;
  const version = payload.timestamp * 1000;
  if (insightEvents[payload.event]) return applyInsightEvent(store, payload.event, payload.data, version);
  switch (payload.resource) {
    case 'call':
      return applyCallEvent(context, payload, parse(callSchema, payload), version);
    case 'user':
      return applyUserEvent(store, payload, parse(userSchema, payload), version);
    case 'number': {
      const number = parse(numberSchema, payload);
      if (payload.event === 'number.deleted') await store.numbers.delete(number.id);
      else await store.numbers.upsertMany([number], version);
      return [{ type: 'resource.changed', at: payload.timestamp, resource: 'numbers', id: number.id }];
    }
    case 'contact': {
      const contact = parse(contactSchema, payload);
      if (payload.event === 'contact.deleted') await store.contacts.delete(contact.id);
      else await store.contacts.upsertMany([contact], version);
      return [{ type: 'resource.changed', at: payload.timestamp, resource: 'contacts', id: contact.id }];
    }
    default:
      // A resource we do not mirror (Aircall adds events over time): nothing to do, and nothing to retry.
      return [];
  }
}

async function applyCallEvent({ store, tags }: ApplyContext, payload: InboxPayload, call: Call, version: number) {
  await store.callEvents.record({
    callId: call.id,
    event: payload.event,
    at: payload.timestamp,
    summary: summary(call),
  });
  // Webhooks carry the call's contact in full; "contacts as they are touched" includes these.
  const contact = contactSchema.safeParse(call.contact);
  if (contact.success) await store.contacts.upsertMany([contact.data], version);
  if (!(await store.calls.upsert(call, version))) return [];
  const events: ServerEvent[] = [{ type: 'call.upserted', at: payload.timestamp, call: toCallRow(call, await tags()) }];
  const agentAvailability = await agentAvailabilityAfter(store, payload.event, call);
  if (call.user && agentAvailability) {
    await store.users.setAvailability(call.user.id, agentAvailability);
    events.push({
      type: 'availability.changed',
      at: payload.timestamp,
      userId: call.user.id,
      availability: agentAvailability,
    });
  }
  return events;
}

/**
 * Aircall sends no user event when an agent picks up or hangs up without wrap-up time: the call's own events say it.
 * Only called for the newest state of the call, so a late `call.answered` never puts a free agent back in a call.
 */
async function agentAvailabilityAfter(store: Store, event: string, call: Call): Promise<Availability | null> {
  if (!call.user) return null;
  if (event === 'call.answered') return 'in_call';
  if ((event === 'call.hungup' || event === 'call.ended') && call.user.available === true) {
    const mirrored = await store.users.get(call.user.id);
    return mirrored?.availability === 'in_call' ? 'available' : null;
  }
  return null;
}

async function applyUserEvent(store: Store, payload: InboxPayload, user: User, version: number) {
  if (payload.event === 'user.deleted') {
    await store.users.delete(user.id);
    return [{ type: 'resource.changed', at: payload.timestamp, resource: 'users', id: user.id } as const];
  }
  const written = await store.users.upsertMany([user], version);
  const availability = userAvailabilityAfter(payload.event, user);
  if (written.length === 0 || !availability) {
    return [{ type: 'resource.changed', at: payload.timestamp, resource: 'users', id: user.id } as const];
  }
  await store.users.setAvailability(user.id, availability);
  return [{ type: 'availability.changed', at: payload.timestamp, userId: user.id, availability } as const];
}

/**
 * The granular status a user event implies. Aircall's user object only says `available` and the status the user
 * chose; the event name tells the rest (wrap-up started, Phone closed …). Null when the event does not say.
 */
export function userAvailabilityAfter(event: string, user: User): Availability | null {
  if (event === 'user.disconnected') return 'offline';
  if (event === 'user.wut_start') return 'after_call_work';
  if (user.available) return 'available';
  if (event === 'user.closed' || event === 'user.connected') return 'do_not_disturb';
  return null;
}

/** What the timeline shows beside the event name; names and ids only, never a phone number. */
function summary(call: Call): Record<string, unknown> {
  const person = (reference: Call['user']) => reference && { id: reference.id, name: reference.name ?? null };
  return Object.fromEntries(
    Object.entries({
      status: call.status,
      user: person(call.user),
      assignedTo: person(call.assigned_to),
      transferredBy: person(call.transferred_by),
      transferredTo: person(call.transferred_to),
      missedCallReason: call.missed_call_reason,
      tags: call.tags.map((tag) => tag.name ?? tag.id),
      comments: call.comments.length,
    }).filter(([, value]) => value !== null && value !== undefined),
  );
}

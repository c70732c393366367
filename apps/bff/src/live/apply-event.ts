import { type Call, callSchema, contactSchema, numberSchema, type User, userSchema } from '@switchboard/aircall';
import type { Availability, ServerEvent } from '@switchboard/contracts';
import type { z } from 'zod';
import { type TagLookup, toCallRow } from '../mirror/call-view';
import { applyInsightEvent, insightEvents } from '../mirror/insights-apply';
import { callStatusRank, type MirrorBatchWrites, type Store } from '../store';

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

/** A call or user event, parsed: these are applied a batch at a time. */
type BatchedEvent =
  | { resource: 'call'; payload: InboxPayload; call: Call; version: number }
  | { resource: 'user'; payload: InboxPayload; user: User; version: number };

/** What applying a batch did: the live events it caused and, by position in the batch, the events that failed. */
export interface BatchOutcome {
  events: ServerEvent[];
  failures: Map<number, unknown>;
}

/**
 * Applies webhook events to the mirror, in the order given, and answers the live events they caused. Safe to repeat
 * and to run out of order: every write keeps the newest state (the event's timestamp is its version), the timeline
 * ignores an event it already has, and an event whose state the mirror has already moved past changes nothing and
 * tells no one. Runs of call and user events (nearly all of them) are applied in one transaction each (see
 * `applyRun`); the rest one by one between them. A malformed event, or one the database refuses, fails alone.
 */
export async function applyWebhookBatch(context: ApplyContext, payloads: InboxPayload[]): Promise<BatchOutcome> {
  const outcome: BatchOutcome = { events: [], failures: new Map() };
  let run: { index: number; event: BatchedEvent }[] = [];
  async function flush(): Promise<void> {
    const pending = run;
    run = [];
    if (pending.length === 0) return;
    try {
      outcome.events.push(
        ...(await applyRun(
          context,
          pending.map((item) => item.event),
        )),
      );
    } catch (error) {
      if (pending.length === 1) {
        outcome.failures.set(pending[0]?.index as number, error);
        return;
      }
      // The transaction rolled back: apply them one by one, so that only the culprit fails.
      for (const item of pending) {
        try {
          outcome.events.push(...(await applyRun(context, [item.event])));
        } catch (alone) {
          outcome.failures.set(item.index, alone);
        }
      }
    }
  }
  for (const [index, payload] of payloads.entries()) {
    try {
      const event = batchable(payload);
      if (event) {
        run.push({ index, event });
        continue;
      }
      await flush();
      outcome.events.push(...(await applyAlone(context, payload)));
    } catch (error) {
      outcome.failures.set(index, error);
    }
  }
  await flush();
  return outcome;
}

/** Applies one webhook event (see `applyWebhookBatch`); throws when it fails. */
export async function applyWebhookEvent(context: ApplyContext, payload: InboxPayload): Promise<ServerEvent[]> {
  const { events, failures } = await applyWebhookBatch(context, [payload]);
  if (failures.size > 0) throw failures.get(0);
  return events;
}

function batchable(payload: InboxPayload): BatchedEvent | null {
  if (insightEvents[payload.event]) return null;
  const version = payload.timestamp * 1000;
  if (payload.resource === 'call') return { resource: 'call', payload, call: parse(callSchema, payload), version };
  if (payload.resource === 'user' && payload.event !== 'user.deleted') {
    return { resource: 'user', payload, user: parse(userSchema, payload), version };
  }
  return null;
}

/** Insights, numbers, contacts and deleted users: rare, each applied on its own. */
async function applyAlone({ store }: ApplyContext, payload: InboxPayload): Promise<ServerEvent[]> {
  const version = payload.timestamp * 1000;
  if (insightEvents[payload.event]) return applyInsightEvent(store, payload.event, payload.data, version);
  switch (payload.resource) {
    case 'user': {
      const user = parse(userSchema, payload);
      await store.users.delete(user.id, version);
      return [{ type: 'resource.changed', at: payload.timestamp, resource: 'users', id: user.id }];
    }
    case 'number': {
      const number = parse(numberSchema, payload);
      if (payload.event === 'number.deleted') await store.numbers.delete(number.id, version);
      else await store.numbers.upsertMany([number], version);
      return [{ type: 'resource.changed', at: payload.timestamp, resource: 'numbers', id: number.id }];
    }
    case 'contact': {
      const contact = parse(contactSchema, payload);
      if (payload.event === 'contact.deleted') await store.contacts.delete(contact.id, version);
      else await store.contacts.upsertVersioned([{ contact, sourceUpdatedAt: version }]);
      return [{ type: 'resource.changed', at: payload.timestamp, resource: 'contacts', id: contact.id }];
    }
    default:
      // A resource we do not mirror (Aircall adds events over time): nothing to do, and nothing to retry.
      return [];
  }
}

/**
 * Applies a run of call and user events in one transaction: reads the stored state of the calls and users they
 * touch, walks the events in order in memory exactly as if each were applied alone (a state older than the one held
 * changes nothing; an agent's availability follows the calls that were applied), and writes the outcome: each call's
 * and user's newest state, the timeline, the contacts the calls carry, the availabilities that changed.
 */
async function applyRun(context: ApplyContext, run: BatchedEvent[]): Promise<ServerEvent[]> {
  const tags = await context.tags();
  const callIds = new Set<number>();
  const userIds = new Set<number>();
  for (const event of run) {
    if (event.resource === 'user') userIds.add(event.user.id);
    else {
      callIds.add(event.call.id);
      if (event.call.user) userIds.add(event.call.user.id);
    }
  }
  /** The newest state of each call and user in the run, with the event that brought it. */
  const newestCalls = new Map<number, Extract<BatchedEvent, { resource: 'call' }>>();
  const newestUsers = new Map<number, Extract<BatchedEvent, { resource: 'user' }>>();
  /** Availabilities the run changed, by user: the last change and the time of the event that made it. */
  const availabilities = new Map<number, { availability: Availability; at: number }>();
  const written = await context.store.mirrorBatch.apply({ callIds: [...callIds], userIds: [...userIds] }, (stored) => {
    const writes: MirrorBatchWrites = { callEvents: [], contacts: [], users: [], calls: [], availabilities: [] };
    const setAvailability = (userId: number, availability: Availability, at: number) => {
      const user = stored.users.get(userId);
      if (user) user.availability = availability;
      availabilities.set(userId, { availability, at });
    };
    for (const event of run) {
      const at = event.payload.timestamp;
      if (event.resource === 'user') {
        const { user, version } = event;
        const held = stored.users.get(user.id);
        if (held && version < held.sourceUpdatedAt) continue;
        stored.users.set(user.id, { availability: held?.availability ?? null, sourceUpdatedAt: version });
        newestUsers.set(user.id, event);
        const availability = userAvailabilityAfter(event.payload.event, user);
        if (availability) setAvailability(user.id, availability, at);
        continue;
      }
      const { call, version } = event;
      writes.callEvents.push({ callId: call.id, event: event.payload.event, at, summary: summary(call) });
      // Webhooks carry the call's contact in full; "contacts as they are touched" includes these.
      const contact = contactSchema.safeParse(call.contact);
      if (contact.success) writes.contacts.push({ contact: contact.data, sourceUpdatedAt: version });
      const held = stored.calls.get(call.id);
      const statusRank = callStatusRank[call.status];
      if (
        held &&
        (statusRank < held.statusRank || (statusRank === held.statusRank && version < held.sourceUpdatedAt))
      ) {
        continue;
      }
      stored.calls.set(call.id, { statusRank, sourceUpdatedAt: version });
      newestCalls.set(call.id, event);
      const availability =
        call.user && agentAvailabilityAfter(event.payload.event, call, stored.users.get(call.user.id));
      if (call.user && availability) setAvailability(call.user.id, availability, at);
    }
    writes.calls = [...newestCalls.values()].map(({ call, version }) => ({ call, sourceUpdatedAt: version }));
    writes.users = [...newestUsers.values()].map(({ user, version }) => ({ user, sourceUpdatedAt: version }));
    writes.availabilities = [...availabilities].map(([userId, { availability, at }]) => ({ userId, availability, at }));
    return writes;
  });
  const events: ServerEvent[] = [];
  for (const id of written.callIds) {
    const newest = newestCalls.get(id);
    if (newest) {
      events.push({ type: 'call.upserted', at: newest.payload.timestamp, call: toCallRow(newest.call, tags) });
    }
  }
  for (const [userId, { availability, at }] of availabilities) {
    events.push({ type: 'availability.changed', at, userId, availability });
  }
  for (const id of written.userIds) {
    const newest = newestUsers.get(id);
    if (newest && !availabilities.has(id)) {
      events.push({ type: 'resource.changed', at: newest.payload.timestamp, resource: 'users', id });
    }
  }
  return events;
}

/**
 * Aircall sends no user event when an agent picks up or hangs up without wrap-up time: the call's own events say it.
 * Only asked for the newest state of the call, so a late `call.answered` never puts a free agent back in a call.
 */
function agentAvailabilityAfter(
  event: string,
  call: Call,
  mirrored: { availability: string | null } | undefined,
): Availability | null {
  if (event === 'call.answered') return 'in_call';
  if ((event === 'call.hungup' || event === 'call.ended') && call.user?.available === true) {
    return mirrored?.availability === 'in_call' ? 'available' : null;
  }
  return null;
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

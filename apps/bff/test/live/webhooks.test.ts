import type { Logger } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPendingWebhooks } from '../../src/live/inbox-worker';
import { webhookPath } from '../../src/live/webhook-receiver';
import { listen, type RunningServer } from '../../src/server';
import { createStore, type Store, testScryptCost } from '../../src/store';
import { appOnSimulator, memoryLog } from '../helpers';
import { scratchDatabase } from '../store/harness';
import { type Delivery, recordedDeliveries } from './fixtures';

type Recorded = Awaited<ReturnType<typeof recordedDeliveries>>;
let recorded: Recorded;
let server: RunningServer;
let store: Store;
let logger: Logger;
let readLog: () => string;

beforeAll(async () => {
  recorded = await recordedDeliveries();
  const started = await appOnSimulator();
  store = started.store;
  server = await listen(started.app, { port: 0 });
  logger = started.log.logger;
  readLog = () => started.log.lines.join('');
  await registerToken(store, recorded.token);
}, 60_000);
afterAll(() => server.close());

async function registerToken(target: Store, token: string) {
  await target.webhookRegistration.save({
    webhookId: 'hook-1',
    url: 'http://127.0.0.1/webhooks/aircall',
    token,
    active: true,
  });
}

/** A fresh call's deliveries, each test its own call. */
async function playCall() {
  const deliveries = await recorded.playCall();
  const byEvent = (event: string) => {
    const found = deliveries.find((delivery) => delivery.event === event);
    if (!found) throw new Error(`no ${event} among ${deliveries.map((delivery) => delivery.event).join(', ')}`);
    return found;
  };
  return { deliveries, byEvent, callId: deliveries[0]?.data.id as number };
}

const post = (body: unknown) =>
  request(server.url)
    .post(webhookPath)
    .send(body as object);
const applyPending = () => applyPendingWebhooks({ store, logger });

const upsertsOf = async (callId: number) =>
  (await store.events.since(0, 10_000)).filter(
    (event) => event.type === 'call.upserted' && (event.data as { call: { id: number } }).call.id === callId,
  );

describe('POST /webhooks/aircall', () => {
  it('answers 401 and stores nothing for a wrong, missing or unregistered token', async () => {
    const { byEvent, callId } = await playCall();
    const delivery = byEvent('call.created');
    const pendingBefore = await store.webhookInbox.pendingCount();
    const { body } = await post({ ...delivery, token: `${recorded.token}x` }).expect(401);
    expect(JSON.stringify(body)).not.toContain(recorded.token);
    const { token: _missing, ...withoutToken } = delivery;
    await post(withoutToken).expect(401);
    await post({ ...delivery, token: 42 }).expect(401);
    await store.webhookRegistration.clear();
    try {
      await post(delivery).expect(401);
    } finally {
      await registerToken(store, recorded.token);
    }
    expect(await store.webhookInbox.pendingCount()).toBe(pendingBefore);
    await applyPending();
    expect(await store.calls.get(callId)).toBeUndefined();
  });

  it('stores a valid delivery before answering 200, without CSRF header or session', async () => {
    const { byEvent } = await playCall();
    const pendingBefore = await store.webhookInbox.pendingCount();
    await post(byEvent('call.created')).expect(200);
    expect(await store.webhookInbox.pendingCount()).toBe(pendingBefore + 1);
    await post({ token: recorded.token, event: 'call.created' }).expect(400);
    await applyPending();
  });

  it('gives one effect for the same delivery received 50 times', async () => {
    const { byEvent, callId } = await playCall();
    const answered = byEvent('call.answered');
    for (let attempt = 0; attempt < 50; attempt++) await post(answered).expect(200);
    expect(await applyPending()).toBe(1);
    expect(await applyPending()).toBe(0);
    expect((await store.calls.get(callId))?.status).toBe('answered');
    expect((await store.callEvents.list(callId)).map((event) => event.event)).toEqual(['call.answered']);
    expect(await upsertsOf(callId)).toHaveLength(1);
  });

  it('ends in the newest state whatever order the events arrive in', async () => {
    const { deliveries, callId } = await playCall();
    const callEvents = deliveries.filter((delivery) => delivery.resource === 'call');
    for (const delivery of [...callEvents].reverse()) await post(delivery).expect(200);
    await applyPending();

    const ended = callEvents.find((delivery) => delivery.event === 'call.ended') as Delivery;
    const mirrored = await store.calls.get(callId);
    expect(mirrored?.status).toBe('done');
    expect(mirrored?.duration).toBe(ended.data.duration);
    expect(mirrored?.ended_at).toBe(ended.data.ended_at);
    // The timeline keeps every event in Aircall's order, although they arrived backwards.
    const timeline = (await store.callEvents.list(callId)).map((event) => event.event);
    expect(timeline[0]).toBe('call.created');
    expect(timeline.toSorted()).toEqual(callEvents.map((delivery) => delivery.event).toSorted());
    // The newest state arrived first: the older ones changed nothing and told the consoles nothing.
    const published = await upsertsOf(callId);
    expect(published.length).toBeGreaterThan(0);
    for (const event of published) expect(event.data).toMatchObject({ call: { status: 'done' } });
  });

  it('applies a batch of several calls, arriving interleaved and out of order, as if one event at a time', async () => {
    const calls = [await playCall(), await playCall(), await playCall()];
    const callDeliveries = calls.map(({ deliveries }) => deliveries.filter((delivery) => delivery.resource === 'call'));
    // Newest first, the calls interleaved, each delivery twice.
    const longest = Math.max(...callDeliveries.map((deliveries) => deliveries.length));
    const arrivals: Delivery[] = [];
    for (let step = longest - 1; step >= 0; step--) {
      for (const deliveries of callDeliveries) if (deliveries[step]) arrivals.push(deliveries[step] as Delivery);
    }
    for (const delivery of [...arrivals, ...arrivals]) await post(delivery).expect(200);
    expect(await applyPending()).toBe(arrivals.length);

    for (const [index, { callId }] of calls.entries()) {
      const ended = callDeliveries[index]?.find((delivery) => delivery.event === 'call.ended') as Delivery;
      expect(await store.calls.get(callId)).toMatchObject({ status: 'done', ended_at: ended.data.ended_at });
      const timeline = (await store.callEvents.list(callId)).map((event) => event.event);
      expect(timeline.toSorted()).toEqual(callDeliveries[index]?.map((delivery) => delivery.event).toSorted());
      // The batch tells the consoles each call's newest state once.
      const published = await upsertsOf(callId);
      expect(published.map((event) => event.data)).toEqual([
        expect.objectContaining({ call: expect.objectContaining({ status: 'done' }) }),
      ]);
    }
  });

  it('keeps an event the database refuses with its error, and applies the rest of its batch', async () => {
    const { byEvent, callId } = await playCall();
    const created = byEvent('call.created');
    const beyondBigint = { ...created, data: { ...created.data, id: 1e20 } };
    await post(beyondBigint).expect(200);
    await post(created).expect(200);
    expect(await applyPending()).toBe(1);
    expect((await store.calls.get(callId))?.status).toBe('initial');
    expect(readLog()).toContain('webhook event not applied');
    expect(await store.webhookInbox.pendingCount()).toBe(1);
  });

  it('follows the agent through a call: in a call, then wrapping up or free again', async () => {
    const { deliveries, byEvent } = await playCall();
    const answered = byEvent('call.answered');
    const agentId = (answered.data.user as { id: number }).id;
    await store.users.upsertMany([await recorded.aircall.users.get(agentId)], 0);
    await post(answered).expect(200);
    await applyPending();
    // Time in status counts from the event that changed it, not from when the worker got to it.
    expect(await store.users.get(agentId)).toMatchObject({
      availability: 'in_call',
      availabilitySince: answered.timestamp,
    });

    for (const delivery of deliveries.filter((delivery) => delivery !== answered)) await post(delivery).expect(200);
    await applyPending();
    const wrapsUp = deliveries.some((delivery) => delivery.event === 'user.wut_start');
    expect((await store.users.get(agentId))?.availability).toBe(wrapsUp ? 'after_call_work' : 'available');
    const changes = (await store.events.since(0, 10_000)).filter((event) => event.type === 'availability.changed');
    expect(changes.map((event) => event.data)).toContainEqual(
      expect.objectContaining({ userId: agentId, availability: 'in_call' }),
    );
  });

  it('keeps the contacts mirror live: created, updated and deleted contacts', async () => {
    const first = recorded.deliveries.length;
    const contact = await recorded.aircall.contacts.create({
      first_name: 'Webhook',
      phone_numbers: [{ label: 'Work', value: '+14155550142' }],
    });
    await recorded.aircall.contacts.update(contact.id, { company_name: 'Hooks Ltd' });
    await recorded.sim.settleWebhooks();
    for (const delivery of recorded.deliveries.slice(first)) await post(delivery).expect(200);
    await applyPending();
    expect((await store.contacts.get(contact.id))?.company_name).toBe('Hooks Ltd');

    const beforeDelete = recorded.deliveries.length;
    await recorded.aircall.contacts.delete(contact.id);
    await recorded.sim.settleWebhooks();
    const deleted = recorded.deliveries.slice(beforeDelete);
    expect(deleted.map((delivery) => delivery.event)).toEqual(['contact.deleted']);
    for (const delivery of deleted) await post(delivery).expect(200);
    await applyPending();
    expect(await store.contacts.get(contact.id)).toBeUndefined();
  });

  it('keeps a malformed event with its error and applies the others', async () => {
    const { byEvent, callId } = await playCall();
    const created = byEvent('call.created');
    await post({ ...created, data: { id: created.data.id, direction: 'sideways' } }).expect(200);
    await post(created).expect(200);
    await applyPending();
    expect(await store.calls.get(callId)).toBeDefined();
    expect(readLog()).toContain('call.created: unexpected payload');
    expect(readLog()).not.toContain(recorded.token);
  });

  it('applies after a restart an event stored by a process killed before applying it', async () => {
    const { byEvent, callId } = await playCall();
    const database = await scratchDatabase();
    try {
      const first = await createStore({ databaseUrl: database.url, passwordCost: testScryptCost });
      const dying = await appOnSimulator({ store: first });
      await registerToken(first, recorded.token);
      await request(dying.app).post(webhookPath).send(byEvent('call.created')).expect(200);
      await first.close(); // the process dies: the event was acknowledged but never applied

      const second = await createStore({ databaseUrl: database.url, passwordCost: testScryptCost });
      try {
        expect(await second.calls.get(callId)).toBeUndefined();
        expect(await applyPendingWebhooks({ store: second, logger: memoryLog().logger })).toBe(1);
        expect((await second.calls.get(callId))?.status).toBe('initial');
        expect(await second.webhookInbox.pendingCount()).toBe(0);
      } finally {
        await second.close();
      }
    } finally {
      await database.drop();
    }
  });
});

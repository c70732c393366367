/**
 * Webhook intake under load: distinct, valid Aircall deliveries POSTed to a running app by many connections. The ack
 * latency is what Aircall waits for (the event is stored before the 200); events per second counts them until the
 * inbox worker has applied every one (mirror written, live event published).
 */
import { createAircallClient } from '@switchboard/aircall';
import { createSimulator } from '@switchboard/aircall-sim';
import { createApp } from '../src/app';
import { startInboxWorker } from '../src/live/inbox-worker';
import { webhookPath } from '../src/live/webhook-receiver';
import { createLogger } from '../src/logger';
import { listen } from '../src/server';
import { createStore } from '../src/store';
import { runLoad } from './load';

/** A `call.created` delivery as Aircall posts it: the whole call (contact included) as `data`. */
async function callCreatedDelivery(token: string) {
  const simulator = createSimulator({ rateLimit: false, sizes: { calls: 10, users: 4, numbers: 2, contacts: 10 } });
  const placed = await simulator.fetch('http://sim.test/__sim/calls', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ direction: 'inbound', autopilot: false }),
  });
  const { call } = (await placed.json()) as { call: Record<string, unknown> };
  return { resource: 'call', event: 'call.created', timestamp: Math.floor(Date.now() / 1000), token, data: call };
}

export async function benchWebhookIntake(options: { databaseUrl?: string; connections: number; durationMs: number }) {
  const store = await createStore({ databaseUrl: options.databaseUrl });
  const logger = createLogger({ level: 'silent' });
  const aircall = createAircallClient({ apiId: 'unused', apiToken: 'unused', baseUrl: 'http://127.0.0.1:9' });
  const token = 'bench-webhook-token-0123456789';
  const template = await callCreatedDelivery(token);
  await store.webhookRegistration.save({
    webhookId: 'bench',
    url: 'http://127.0.0.1/webhooks/aircall',
    token,
    active: true,
  });
  const server = await listen(createApp({ store, aircall, logger, publicUrl: 'http://127.0.0.1' }), { port: 0 });
  const worker = startInboxWorker({ store, logger }, { pollMs: 100 });

  let sent = 0;
  const startedAt = performance.now();
  const acks = await runLoad({
    // Each delivery a different call, so none is a duplicate of another.
    request: () =>
      fetch(`${server.url}${webhookPath}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...template, data: { ...template.data, id: 800_000_000 + ++sent } }),
      }),
    connections: options.connections,
    durationMs: options.durationMs,
  });
  while ((await store.webhookInbox.pendingCount()) > 0) await new Promise((resolve) => setTimeout(resolve, 50));
  const appliedInS = (performance.now() - startedAt) / 1000;

  await worker.stop();
  await server.close();
  await store.close();
  return { ackP99Ms: acks.p99Ms, acked: acks.requests, errors: acks.errors, eventsPerS: acks.requests / appliedInS };
}

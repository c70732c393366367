/**
 * Webhook intake under load: distinct, valid Aircall deliveries POSTed by many connections from this process to a
 * server process of its own. The ack latency is what Aircall waits for (the event is stored before the 200); events
 * per second counts them until the inbox worker has applied every one (mirror written, live event published).
 */
import { createSimulator } from '@switchboard/aircall-sim';
import { webhookPath } from '../src/live/webhook-receiver';
import { benchWebhookToken } from './scenarios';
import { httpLoad, startTarget } from './target';

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
  const template = await callCreatedDelivery(benchWebhookToken);
  const target = await startTarget({ BENCH_SCENARIO: 'webhooks', BENCH_DATABASE_URL: options.databaseUrl ?? '' });
  try {
    let sent = 0;
    // Each delivery a different call, so none is a duplicate of another.
    const delivery = () => JSON.stringify({ ...template, data: { ...template.data, id: 800_000_000 + ++sent } });
    const load = {
      url: `${target.url}${webhookPath}`,
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      body: delivery,
      connections: options.connections,
    };
    await httpLoad({ ...load, durationMs: 2_000 }); // warm-up
    while ((await target.ask('pendingWebhooks')) > 0) await new Promise((resolve) => setTimeout(resolve, 50));

    const startedAt = performance.now();
    const acks = await httpLoad({ ...load, durationMs: options.durationMs });
    while ((await target.ask('pendingWebhooks')) > 0) await new Promise((resolve) => setTimeout(resolve, 20));
    const appliedInS = (performance.now() - startedAt) / 1000;
    return {
      ackP50Ms: acks.p50Ms,
      ackP99Ms: acks.p99Ms,
      acked: acks.requests,
      errors: acks.errors,
      eventsPerS: acks.requests / appliedInS,
    };
  } finally {
    await target.stop();
  }
}

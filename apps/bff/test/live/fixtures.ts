import { createAircallClient } from '@switchboard/aircall';
import { createManualClock, createSimulator, type Simulator } from '@switchboard/aircall-sim';
import { simOrigin } from '../helpers';

export const start = Date.UTC(2026, 0, 15, 12);

/** A webhook body as Aircall posts it. */
export interface Delivery {
  resource: string;
  event: string;
  timestamp: number;
  token: string;
  data: Record<string, unknown> & { id: number };
}

/** Drives the simulator's control API (no auth): places, answers and hangs up calls. */
export function control(sim: Simulator) {
  return async <T = { call: { id: number } }>(path: string, body: unknown = {}): Promise<T> => {
    const response = await sim.fetch(`${simOrigin}/__sim${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`sim ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
}

/**
 * Real webhook bodies, recorded from the simulator: a webhook pointing nowhere captures what Aircall would post.
 * `playCall()` places an inbound call, answers, hangs up and lets it end, and answers the deliveries it caused.
 */
export async function recordedDeliveries() {
  const clock = createManualClock(start);
  const deliveries: Delivery[] = [];
  const sim = createSimulator({
    clock,
    rateLimit: false,
    sizes: { calls: 20, users: 4, numbers: 2, teams: 2, tags: 4, contacts: 10 },
    webhooks: {
      fetch: async (_url, init) => {
        deliveries.push(JSON.parse(String(init?.body)) as Delivery);
        return new Response(null, { status: 200 });
      },
    },
  });
  const aircall = createAircallClient({ ...sim.credentials, baseUrl: simOrigin, fetch: sim.fetch, budget: false });
  const webhook = await aircall.webhooks.create({ url: 'https://capture.test/webhooks/aircall' });
  const simControl = control(sim);

  async function playCall(): Promise<Delivery[]> {
    const first = deliveries.length;
    const { call } = await simControl('/calls', { direction: 'outbound', autopilot: false });
    clock.advance(5_000);
    await simControl(`/calls/${call.id}/answer`);
    clock.advance(20_000);
    await simControl(`/calls/${call.id}/hangup`);
    sim.advance(60_000); // call.ended comes 30 s after the hang-up
    await sim.settleWebhooks();
    return deliveries.slice(first);
  }

  return { sim, clock, aircall, token: webhook.token, playCall, deliveries };
}

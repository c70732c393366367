import { budgetPolicy, createAircallClient } from '@switchboard/aircall';
import { createSimulator } from '@switchboard/aircall-sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookPath } from '../../src/live/webhook-receiver';
import { recordedDeliveries } from '../live/fixtures';
import { type Cluster, eventually, openEventStream, peakInWindow, type ReceivedEvent, startCluster } from './cluster';

const limitPerMinute = 120;
const leaseTtlMs = 3_000;
const simOptions = {
  seed: 7,
  sizes: { calls: 300, users: 8, numbers: 3, teams: 2, tags: 5, contacts: 60 },
  backgroundCallsPerMinute: 0,
};

let cluster: Cluster;

beforeAll(async () => {
  cluster = await startCluster({
    instances: 2,
    limitPerMinute,
    sim: simOptions,
    env: { SYNC_LEASE_TTL_MS: String(leaseTtlMs) },
  });
}, 90_000);
afterAll(() => cluster?.close(), 60_000);

/** Contact ids of the simulated company, read from a twin (same seed) so the real one's budget is not touched. */
async function contactIds(): Promise<number[]> {
  const twin = createSimulator({ ...simOptions, rateLimit: false });
  const client = createAircallClient({
    ...twin.credentials,
    baseUrl: 'http://twin.test',
    fetch: twin.fetch,
    budget: false,
  });
  const { contacts } = await client.contacts.list({ per_page: 50 });
  return contacts.map((contact) => contact.id);
}

describe('two BFF processes on one PostgreSQL', () => {
  it('share one company budget: together they never send more than the limit allows, and Aircall never says 429', async () => {
    const [a, b] = cluster.instances as [Cluster['instances'][0], Cluster['instances'][0]];
    const ids = await contactIds();
    const sessions = [(await cluster.signIn(a, 'agent')).browser, (await cluster.signIn(b, 'agent')).browser];
    const stop = new AbortController();
    const answered = sessions.map(() => 0);
    const hammerMs = 15_000;
    const hammerStartedAt = Date.now();
    // Contact details are always read from Aircall: each request spends a token of the interactive lane.
    const loops = sessions.flatMap((session, index) =>
      Array.from({ length: 4 }, async (_, worker) => {
        for (let n = worker; !stop.signal.aborted; n += 4) {
          const res = await session
            .api(`/api/contacts/${ids[n % ids.length]}`, { signal: stop.signal })
            .catch(() => undefined);
          if (res?.ok) answered[index] = (answered[index] ?? 0) + 1;
          await res?.arrayBuffer().catch(() => undefined);
        }
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, hammerMs));
    stop.abort();
    await Promise.all(loops);

    const { requests } = cluster.sim;
    const policy = budgetPolicy({ limit: limitPerMinute });
    const first = requests[0]?.at ?? 0;
    const last = requests.at(-1)?.at ?? 0;
    // One window for the whole company lets through its size per window; two would double it. The few requests of
    // slack cover stamping requests on arrival here rather than when the budget granted them.
    const allowed = policy.perWindow * (Math.floor((last - first) / policy.windowMs) + 1) + 3;
    const duringHammer = requests.filter((request) => request.at >= hammerStartedAt).length;
    console.log(
      `shared budget: upstream=${requests.length} in ${((last - first) / 1000).toFixed(1)} s (allowed ${allowed.toFixed(1)}), ` +
        `during hammer=${duringHammer}, answered per instance=${answered.join('/')}`,
    );
    expect(requests.filter((request) => request.status === 429)).toEqual([]);
    expect(requests.length).toBeLessThanOrEqual(allowed);
    expect(peakInWindow(requests, 60_000)).toBeLessThanOrEqual(limitPerMinute);
    // The hammer really drew on the budget from both instances (the bound above is not met by idling).
    expect(duringHammer).toBeGreaterThan(policy.perParty / 2);
    expect(answered.every((count) => count > 0)).toBe(true);
    expect(cluster.instances.every((instance) => instance.alive())).toBe(true);
  }, 60_000);

  it('fans live events out: a browser on instance A sees a webhook received by instance B', async () => {
    const [a, b] = cluster.instances as [Cluster['instances'][0], Cluster['instances'][0]];
    const registration = await eventually(() => cluster.store.webhookRegistration.get(), 30_000);
    const recorded = await recordedDeliveries();
    const created = (await recorded.playCall()).find((delivery) => delivery.event === 'call.created');
    if (!created) throw new Error('the recorded call has no call.created');
    const { browser } = await cluster.signIn(a, 'supervisor');
    const received: ReceivedEvent[] = [];
    const stream = await openEventStream(browser, (event) => received.push(event));
    const latencies: number[] = [];
    try {
      for (let n = 1; n <= 5; n++) {
        const callId = 900_000_000 + n;
        const postedAt = Date.now();
        const res = await fetch(`${b.url}${webhookPath}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ ...created, token: registration.token, data: { ...created.data, id: callId } }),
        });
        expect(res.status).toBe(200);
        const seen = await eventually(
          async () =>
            received.find(
              (event) => event.type === 'call.upserted' && (event.data as { call: { id: number } }).call.id === callId,
            ),
          5_000,
        );
        latencies.push(seen.receivedAt - postedAt);
      }
    } finally {
      await stream.close();
    }
    console.log(`webhook on B → browser on A: ${latencies.map((ms) => `${ms} ms`).join(', ')}`);
    // The issue asks for "within a second"; the bound here only catches a hang on a busy machine.
    expect(Math.max(...latencies)).toBeLessThan(5_000);
  }, 60_000);

  it('ends the sessions of an account disabled on instance A on instance B too', async () => {
    const [a, b] = cluster.instances as [Cluster['instances'][0], Cluster['instances'][0]];
    const admin = (await cluster.signIn(a, 'admin')).browser;
    const agent = await cluster.signIn(b, 'agent');
    expect((await agent.browser.api('/api/auth/me')).status).toBe(200);

    const disabledAt = Date.now();
    const res = await admin.api(`/api/accounts/${agent.account.id}`, { method: 'PATCH', body: { disabled: true } });
    expect(res.status).toBe(200);
    await eventually(async () => (await agent.browser.api('/api/auth/me')).status === 401, 5_000);
    console.log(`disabled on A → signed out on B after ${Date.now() - disabledAt} ms`);
  });

  it('hands the sync and the webhook registration to the other instance when the leader is killed', async () => {
    const leader = await eventually(() => cluster.leader(), 30_000);
    const survivor = cluster.instances.find((instance) => instance !== leader);
    if (!survivor) throw new Error('no second instance');
    await eventually(
      async () => (await cluster.store.webhookRegistration.get())?.url === `${leader.url}${webhookPath}`,
      30_000,
    );

    const killedAt = Date.now();
    await leader.kill();
    await eventually(async () => (await cluster.leader()) === survivor, leaseTtlMs * 5);
    const tookOverMs = Date.now() - killedAt;
    // The new leader re-points Aircall's webhook at itself (here each instance is its own public URL).
    await eventually(
      async () => (await cluster.store.webhookRegistration.get())?.url === `${survivor.url}${webhookPath}`,
      30_000,
    );
    console.log(`leader killed → take-over after ${tookOverMs} ms (lease TTL ${leaseTtlMs} ms)`);
    expect((await fetch(`${survivor.url}/api/health`)).status).toBe(200);
    expect(cluster.sim.requests.filter((request) => request.status === 429)).toEqual([]);
    // An unhandled rejection would have ended the survivor (Node's default), as would any crash.
    expect(survivor.alive()).toBe(true);
  }, 90_000);
});

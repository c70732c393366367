/**
 * A support floor under load: simulated agents browsing and acting in the console across several BFF instances on
 * one PostgreSQL, in front of the simulator at the company's limit, while calls come in and their webhooks flow to
 * every browser. Measures what the issue asks: the upstream rate, Aircall's 429s, the API's latency and how long a
 * webhook takes to reach a browser.
 */
import { createAircallClient } from '@switchboard/aircall';
import { createSimulator, type SimulatorOptions } from '@switchboard/aircall-sim';
import { createLogger } from '../src/logger';
import { type Store, seededRandom } from '../src/store';
import { createMirrorSync } from '../src/sync/mirror-sync';
import { type Browser, openEventStream, peakInWindow, startCluster } from '../test/multi/cluster';
import { percentile } from './load';

export interface AgentLoadOptions {
  agents: number;
  durationMs: number;
  instances: number;
  limitPerMinute: number;
  /** Calls placed (inbound, playing out on their own) this often; their webhooks are what browsers wait for. */
  callEveryMs?: number;
  /** Share of an agent's steps that change something in Aircall (comment, tag, contact read). */
  upstreamShare?: number;
  /** When one agent sends 80 comments at once (ms after the start) while a supervisor comments; default 10 s. */
  floodAtMs?: number;
  seed?: number;
}

export interface AgentLoadFigures {
  upstream_per_min: number;
  upstream_mean_per_min: number;
  upstream_total: number;
  rate_limited: number;
  api_requests: number;
  api_errors: number;
  api_p50_ms: number;
  api_p95_ms: number;
  upstream_action_p95_ms: number;
  /** A supervisor's single comment while another account floods the same lane. */
  fair_action_p95_ms: number;
  fair_action_samples: number;
  webhook_to_browser_p50_ms: number;
  webhook_to_browser_p95_ms: number;
  webhook_to_browser_samples: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The steady state of a floor: the mirror already synced before the instances start (from a twin simulator, so no
 * budget is spent on it; the leader only refreshes). Answers the company's contact ids.
 */
async function prefillMirror(store: Store, sim: SimulatorOptions): Promise<number[]> {
  const twin = createSimulator({ ...sim, rateLimit: false });
  const aircall = createAircallClient({
    ...twin.credentials,
    baseUrl: 'http://twin.test',
    fetch: twin.fetch,
    budget: false,
  });
  const logger = createLogger({ level: 'silent' });
  await createMirrorSync({ store, aircall, logger, clock: { now: Date.now } }).runDue(new AbortController().signal);
  const { contacts } = await aircall.contacts.list({ per_page: 50 });
  return contacts.map((contact) => contact.id);
}

export async function runAgentLoad(options: AgentLoadOptions): Promise<AgentLoadFigures> {
  const next = seededRandom(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const simOptions: SimulatorOptions = {
    seed: options.seed ?? 1,
    sizes: { calls: 5_000, users: 40, teams: 8, numbers: 6, tags: 20, contacts: 1_000 },
    backgroundCallsPerMinute: 0,
  };
  let contactIds: number[] = [];
  const cluster = await startCluster({
    instances: options.instances,
    limitPerMinute: options.limitPerMinute,
    sim: simOptions,
    prepare: async (store) => {
      contactIds = await prefillMirror(store, simOptions);
    },
  });
  try {
    const userIds = (await cluster.store.users.list()).map((record) => record.user.id);
    const tagIds = (await cluster.store.tags.list()).map((tag) => tag.id);
    const latencies = { api: [] as number[], upstream: [] as number[], webhook: [] as number[], fair: [] as number[] };
    let errors = 0;

    /** One API request as the SPA makes it, timed; a 5xx or a dropped connection is an error, a 4xx an answer. */
    async function timed(browser: Browser, path: string, init?: Parameters<Browser['api']>[1], upstream = false) {
      const sent = performance.now();
      try {
        const res = await browser.api(path, { ...init, signal: AbortSignal.timeout(60_000) });
        const body = res.headers.get('content-type')?.includes('json') ? await res.json() : await res.text();
        const elapsed = performance.now() - sent;
        latencies.api.push(elapsed);
        if (upstream) latencies.upstream.push(elapsed);
        if (res.status >= 500) errors++;
        return body as Record<string, unknown>;
      } catch {
        errors++;
        return undefined;
      }
    }

    // Calls placed now, by id: a browser's first `call.upserted` for one measures webhook → browser.
    const placedAt = new Map<number, number>();
    const browsers: Browser[] = [];
    for (let n = 0; n < options.agents; n++) {
      const instance = cluster.instances[n % cluster.instances.length];
      if (!instance) throw new Error('no instance');
      browsers.push((await cluster.signIn(instance, 'agent', userIds[n % userIds.length] ?? null)).browser);
    }
    const streams = await Promise.all(
      browsers.map((browser) => {
        const seen = new Set<number>();
        return openEventStream(browser, (event) => {
          if (event.type !== 'call.upserted') return;
          const callId = (event.data as { call: { id: number } }).call.id;
          const at = placedAt.get(callId);
          if (at === undefined || seen.has(callId)) return;
          seen.add(callId);
          latencies.webhook.push(event.receivedAt - at);
        });
      }),
    );

    const startedAt = Date.now();
    const deadline = startedAt + options.durationMs;
    const upstreamShare = options.upstreamShare ?? 0.03;

    async function agent(browser: Browser): Promise<void> {
      let callIds: number[] = [];
      while (Date.now() < deadline) {
        await sleep(2_000 + next() * 4_000);
        const roll = next();
        if (roll < upstreamShare && callIds.length > 0) {
          const action = pick(['comment', 'tag', 'contact'] as const);
          if (action === 'comment') {
            const body = { content: 'Followed up with the customer' };
            await timed(browser, `/api/calls/${pick(callIds)}/comments`, { method: 'POST', body }, true);
          } else if (action === 'tag') {
            const body = { tagIds: [pick(tagIds)] };
            await timed(browser, `/api/calls/${pick(callIds)}/tags`, { method: 'POST', body }, true);
          } else {
            await timed(browser, `/api/contacts/${pick(contactIds)}`, undefined, true);
          }
        } else if (roll < 0.45) {
          const filter = pick(['', '&direction=inbound', '&type=missed', '&type=answered&direction=outbound']);
          const page = await timed(browser, `/api/calls?perPage=50${filter}`);
          const rows = (page?.calls as { id: number }[] | undefined) ?? [];
          if (rows.length > 0) callIds = rows.map((row) => row.id);
        } else if (roll < 0.7 && callIds.length > 0) {
          await timed(browser, `/api/calls/${pick(callIds)}`);
        } else {
          await timed(browser, pick(['/api/users', '/api/teams', '/api/tags', '/api/numbers', '/api/auth/me']));
        }
      }
    }

    async function callers(): Promise<void> {
      while (Date.now() < deadline - 10_000) {
        const sent = Date.now();
        const { call } = await cluster.sim.control<{ call: { id: number } }>('/calls', { direction: 'inbound' });
        placedAt.set(call.id, sent);
        await sleep(options.callEveryMs ?? 3_000);
      }
    }

    // One agent sends 80 comments at once (a script, a bulk edit by hand) while a supervisor comments every 6 s:
    // the supervisor's wait is the fairness figure. The flood's own answers count nowhere.
    const [firstInstance, secondInstance] = cluster.instances;
    if (!firstInstance || !secondInstance) throw new Error('the floor needs two instances');
    const flooder = (await cluster.signIn(firstInstance, 'agent')).browser;
    const supervisor = (await cluster.signIn(secondInstance, 'supervisor')).browser;
    const floodCallIds = (await cluster.store.calls.list({ perPage: 50 })).calls.map((call) => call.id);
    const comment = { method: 'POST', body: { content: 'Followed up with the customer' } } as const;
    async function flood(): Promise<void> {
      await sleep(options.floodAtMs ?? 10_000);
      const floodEnds = Promise.all(
        Array.from({ length: 80 }, (_, n) =>
          flooder
            .api(`/api/calls/${floodCallIds[n % floodCallIds.length]}/comments`, {
              ...comment,
              signal: AbortSignal.timeout(150_000),
            })
            .then((res) => res.arrayBuffer())
            .catch(() => undefined),
        ),
      );
      let flooding = true;
      void floodEnds.finally(() => {
        flooding = false;
      });
      await sleep(500);
      while (flooding && Date.now() < deadline) {
        const sent = performance.now();
        const res = await supervisor.api(`/api/calls/${pick(floodCallIds)}/comments`, comment).catch(() => undefined);
        await res?.arrayBuffer();
        if (res?.ok) latencies.fair.push(performance.now() - sent);
        await sleep(6_000);
      }
    }

    const upstreamBefore = cluster.sim.requests.length;
    await Promise.all([...browsers.map(agent), callers(), flood()]);
    const elapsedMs = Date.now() - startedAt;
    await sleep(2_000); // the last webhooks reach the browsers
    await Promise.all(streams.map((stream) => stream.close()));

    const upstream = cluster.sim.requests.slice(upstreamBefore);
    const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
    const api = sorted(latencies.api);
    const webhook = sorted(latencies.webhook);
    return {
      // Aircall counts a rolling minute: the busiest one (a run shorter than a minute counts whole).
      upstream_per_min: peakInWindow(upstream, 60_000),
      upstream_mean_per_min: (upstream.length * 60_000) / elapsedMs,
      upstream_total: upstream.length,
      rate_limited: cluster.sim.requests.filter((request) => request.status === 429).length,
      api_requests: api.length,
      api_errors: errors,
      api_p50_ms: percentile(api, 0.5),
      api_p95_ms: percentile(api, 0.95),
      upstream_action_p95_ms: percentile(sorted(latencies.upstream), 0.95),
      fair_action_p95_ms: percentile(sorted(latencies.fair), 0.95),
      fair_action_samples: latencies.fair.length,
      webhook_to_browser_p50_ms: percentile(webhook, 0.5),
      webhook_to_browser_p95_ms: percentile(webhook, 0.95),
      webhook_to_browser_samples: webhook.length,
    };
  } finally {
    await cluster.close();
  }
}

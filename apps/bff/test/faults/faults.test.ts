import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createAircallClient } from '@switchboard/aircall';
import { createSimulator, type FaultRule, type Simulator } from '@switchboard/aircall-sim';
import { csrfHeaderName, errorEnvelopeSchema } from '@switchboard/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect } from '../features/calls/support';
import { appOnSimulator, simOrigin } from '../helpers';

type TestApp = Awaited<ReturnType<typeof appOnSimulator>>;
type Agent = Awaited<ReturnType<TestApp['signIn']>>;

let testApp: TestApp;
let simulator: Simulator;
let supervisor: Agent;
let callIds: number[];
let tagIds: number[];
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

/**
 * The app as production builds its client (retries of idempotent requests, a budget), with short backoffs so a
 * fault costs milliseconds, on a simulator without a rate limit (the storm is injected) and the calls mirrored.
 */
beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  simulator = createSimulator({
    rateLimit: false,
    sizes: { calls: 200, users: 6, numbers: 2, teams: 2, tags: 6, contacts: 20 },
  });
  const aircall = createAircallClient({
    ...simulator.credentials,
    baseUrl: simOrigin,
    fetch: simulator.fetch,
    budget: { limit: 6_000 },
    retry: { baseDelayMs: 20, maxDelayMs: 100 },
  });
  testApp = await appOnSimulator({ aircall });
  const calls = await collect(aircall.calls.listAll({ fetch_contact: true }));
  await testApp.store.calls.upsertMany(calls.map((call) => ({ call, sourceUpdatedAt: 1 })));
  const tags = await collect(aircall.tags.listAll());
  await testApp.store.tags.upsertMany(tags, 1);
  callIds = calls.map((call) => call.id);
  tagIds = tags.map((tag) => tag.id);
  supervisor = await testApp.signIn('supervisor');
});
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
});

/** A call nothing has touched yet, so each mutation starts from a known mirror. */
function freshCall(): number {
  const id = callIds.pop();
  if (id === undefined) throw new Error('out of untouched calls');
  return id;
}

const mutations = {
  comment: (callId: number) =>
    supervisor.post(`/api/calls/${callId}/comments`).set(csrfHeaderName, '1').send({ content: 'Called back' }),
  tag: (callId: number) =>
    supervisor
      .post(`/api/calls/${callId}/tags`)
      .set(csrfHeaderName, '1')
      .send({ tagIds: tagIds.slice(0, 1) }),
  archive: (callId: number) => supervisor.put(`/api/calls/${callId}/archive`).set(csrfHeaderName, '1').send({}),
};
type MutationName = keyof typeof mutations;

/**
 * Runs each mutation on a fresh call and checks the rule: it succeeds and the mirror serves what it answered, or it
 * fails with an error envelope and the mirror serves exactly what it served before. Answers each one's status.
 */
async function mutateEach(): Promise<Record<MutationName, { status: number; code?: string }>> {
  const outcomes = await Promise.all(
    (Object.keys(mutations) as MutationName[]).map(async (name) => {
      const callId = freshCall();
      const before = await supervisor.get(`/api/calls/${callId}`).expect(200);
      const res = await mutations[name](callId);
      const after = await supervisor.get(`/api/calls/${callId}`).expect(200);
      if (res.status < 300) {
        expect(after.body, `${name} succeeded: the mirror serves its answer`).toEqual(res.body);
        return [name, { status: res.status }] as const;
      }
      const envelope = errorEnvelopeSchema.parse(res.body);
      expect(envelope.error.message.length, `${name} says what went wrong`).toBeGreaterThan(10);
      expect(after.body, `${name} failed: the mirror is unchanged`).toEqual(before.body);
      return [name, { status: res.status, code: envelope.error.code }] as const;
    }),
  );
  return Object.fromEntries(outcomes) as Record<MutationName, { status: number; code?: string }>;
}

/** The mirror keeps answering the console's reads whatever Aircall does. */
async function readsAreServed(): Promise<void> {
  const list = await supervisor.get('/api/calls?perPage=50').expect(200);
  expect(list.body.calls.length).toBe(50);
  await supervisor.get(`/api/calls/${list.body.calls[0].id}`).expect(200);
  await supervisor.get('/api/users').expect(200);
  await supervisor.get('/api/health').expect(200);
}

function withFault<T>(rule: FaultRule, body: () => Promise<T>): Promise<T> {
  const fault = simulator.faults.add(rule);
  return body().finally(() => simulator.faults.remove(fault.id));
}

const upstreamDown = { status: 502, code: 'upstream_unavailable' };

describe('faults upstream: the BFF stays up, reads come from the mirror, mutations are whole or not at all', () => {
  it('5xx burst: every mutation fails with 502 and nothing changes; afterwards they succeed', async () => {
    const outcomes = await withFault({ route: '/v1/*', errorRate: 1, errorStatus: 503 }, async () => {
      await readsAreServed();
      return mutateEach();
    });
    expect(outcomes).toEqual({ comment: upstreamDown, tag: upstreamDown, archive: upstreamDown });
    expect(await mutateEach()).toEqual({ comment: { status: 201 }, tag: { status: 200 }, archive: { status: 200 } });
  });

  it('2 s of latency: mutations wait and succeed; reads do not wait for Aircall', async () => {
    const outcomes = await withFault({ route: '/v1/*', latencyMs: 2_000 }, async () => {
      const mutating = mutateEach();
      await readsAreServed();
      return mutating;
    });
    expect(outcomes).toEqual({ comment: { status: 201 }, tag: { status: 200 }, archive: { status: 200 } });
  });

  it('connection resets: mutations fail with 502 and nothing changes', async () => {
    const outcomes = await withFault({ route: '/v1/*', connectionReset: true }, async () => {
      await readsAreServed();
      return mutateEach();
    });
    expect(outcomes).toEqual({ comment: upstreamDown, tag: upstreamDown, archive: upstreamDown });
  });

  it('malformed JSON: a change whose answer cannot be read is not half-written into the mirror', async () => {
    const outcomes = await withFault({ route: '/v1/calls/*', malformedJson: true }, async () => {
      await readsAreServed();
      return mutateEach();
    });
    // Archive answers the call itself: unreadable, so nothing is mirrored. A comment or a tag answers no body (the
    // change is made): their answer is what the mirror holds, checked inside mutateEach.
    expect(outcomes.archive).toEqual(upstreamDown);
  });

  it('429 storm: mutations answer 429 with Retry-After, and the cooldown keeps the next ones from Aircall', async () => {
    const storm = simulator.faults.add({ route: '/v1/*', rateLimitedFor: 2 });
    try {
      const first = await mutateEach();
      for (const outcome of Object.values(first)) expect(outcome).toEqual({ status: 429, code: 'rate_limited' });
      const refused = await mutations.comment(freshCall());
      expect(refused.status).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      const hitsDuringCooldown = simulator.faults.list().find((fault) => fault.id === storm.id)?.hits;
      await mutations.tag(freshCall()).expect(429);
      expect(simulator.faults.list().find((fault) => fault.id === storm.id)?.hits).toBe(hitsDuringCooldown);
      await readsAreServed();
    } finally {
      simulator.faults.remove(storm.id);
    }
    // Once the cooldown is over, Aircall is asked again.
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect((await mutateEach()).comment).toEqual({ status: 201 });
  });

  it('keeps its heap flat over hundreds of failing requests, and leaves no rejection unhandled', async () => {
    const measuredRounds = 60;
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const faultyRound = async (rounds: number) => {
      for (let round = 0; round < rounds; round++) {
        const rule: FaultRule = [
          { route: '/v1/*', errorRate: 1, errorStatus: 500 } as const,
          { route: '/v1/*', connectionReset: true },
          { route: '/v1/*', malformedJson: true },
        ][round % 3] as FaultRule;
        await withFault(rule, () =>
          Promise.all([
            mutations.archive(callIds[round % callIds.length] as number),
            supervisor.get(`/api/calls/${callIds[round % callIds.length]}/media/recording`),
            supervisor.get('/api/calls?perPage=20'),
            supervisor.post('/api/calls/1/comments').set(csrfHeaderName, '1').send({ content: 'x' }),
          ]),
        );
      }
    };
    await faultyRound(15); // warm-up: caches, lazy modules, pools
    gc();
    const before = process.memoryUsage().heapUsed;
    await faultyRound(measuredRounds);
    gc();
    const after = process.memoryUsage().heapUsed;
    const growthMb = (after - before) / 1024 / 1024;
    console.log(
      `heap: ${(before / 1048576).toFixed(1)} MB → ${(after / 1048576).toFixed(1)} MB over ${measuredRounds * 4} requests`,
    );
    expect(growthMb).toBeLessThan(32);
    await supervisor.get('/api/health').expect(200);
    expect(unhandled).toEqual([]);
  });
});

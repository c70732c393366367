import { createSimulator } from '@switchboard/aircall-sim';
import { describe, expect, it } from 'vitest';
import { createAircallClient, InvalidInputError, type RequestEvent, type ResponseEvent } from '../src';
import { createFakeClock } from './support/fake-clock';
import { collect, createSimClient, SIM_ORIGIN } from './support/sim';

describe('hooks', () => {
  it('report method, route, path, status, duration, lane and budget left for every attempt', async () => {
    const requests: RequestEvent[] = [];
    const responses: ResponseEvent[] = [];
    const { client } = createSimClient({
      client: {
        budget: { limit: 600, windowMs: 60_000 },
        // Time stands still (no request here sleeps: the bucket holds enough), so a token taken at once waited 0 ms
        // however loaded the machine is.
        clock: createFakeClock(),
        hooks: {
          onRequest: (event) => requests.push(event),
          onResponse: (event) => {
            responses.push(event);
            throw new Error('a broken hook must not break the request');
          },
        },
      },
    });
    const id = (await client.calls.list({ per_page: 1 })).calls[0]!.id;
    await client.calls.get(id, {}, { lane: 'live' });
    await client.calls.get(999_999_999).catch(() => undefined);

    expect(requests[1]).toMatchObject({
      method: 'GET',
      route: '/v1/calls/:id',
      path: `/v1/calls/${id}`,
      lane: 'live',
      attempt: 1,
      budgetRemaining: expect.any(Number),
      budgetWaitMs: 0,
    });
    expect(responses.map((event) => [event.route, event.status, event.lane])).toEqual([
      ['/v1/calls', 200, 'interactive'],
      ['/v1/calls/:id', 200, 'live'],
      ['/v1/calls/:id', 404, 'interactive'],
    ]);
    expect(responses[2]?.error?.name).toBe('ResourceUnavailableError');
    expect(responses.every((event) => event.durationMs >= 0)).toBe(true);
  });
});

describe('raw()', () => {
  const { client } = createSimClient();

  it('reaches endpoints with the same auth and errors, answering status, headers and body', async () => {
    const answer = await client.raw('GET', '/v1/company');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ company: { name: expect.any(String) } });
    const created = await client.raw('POST', '/v1/tags', { body: { name: 'Raw', color: '#123456' } });
    expect(created.status).toBe(201);
    await expect(client.raw('GET', '/v1/calls', { query: { per_page: 500 } })).resolves.toMatchObject({ status: 200 });
  });

  it.each(['/v1/../__sim/state', 'https://evil.example/v1/ping', '/v1/calls?page=2', 'v1/ping', '/__sim/state'])(
    'refuses the path %s',
    async (path) => {
      await expect(client.raw('GET', path)).rejects.toBeInstanceOf(InvalidInputError);
    },
  );
});

describe('budget against the rate-limited simulator', () => {
  it('pages at the limit without a single 429, and lets a live request through at once', async () => {
    const clock = createFakeClock();
    const simulator = createSimulator({
      clock: { now: clock.now },
      rateLimit: { limit: 30, windowMs: 10_000 },
      sizes: { calls: 3_000 },
    });
    const responses: ResponseEvent[] = [];
    const client = createAircallClient({
      ...simulator.credentials,
      baseUrl: SIM_ORIGIN,
      fetch: simulator.fetch,
      clock,
      budget: { limit: 30, windowMs: 10_000 },
      hooks: { onResponse: (event) => responses.push(event) },
    });
    const start = clock.now();
    const sync = collect(client.calls.listAll());
    const live = (async () => {
      await clock.sleep(15_000);
      return client.calls.get(1_000_001, {}, { lane: 'live' });
    })();
    const [calls] = await clock.run(Promise.all([sync, live]));

    expect(calls).toHaveLength(3_000);
    expect(responses.filter((event) => event.status === 429)).toEqual([]);
    const elapsed = clock.now() - start;
    const sent = responses.length;
    expect(sent).toBe(61);
    // The sync had the background lane's share of each window (21 of 29), spread over it: the budget, not the
    // simulator, set the pace, and left room in every window for the lanes above.
    expect(elapsed).toBeGreaterThanOrEqual(20_000);
    expect(elapsed).toBeLessThan(30_000);
    const liveEvent = responses.find((event) => event.lane === 'live');
    expect(liveEvent?.budgetWaitMs).toBe(0);
  });
});

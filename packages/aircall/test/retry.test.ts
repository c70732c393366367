import { HttpResponse, http, type JsonBodyType } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  type AircallClientOptions,
  createAircallClient,
  NetworkError,
  RateLimitedError,
  RejectedError,
  type ResponseEvent,
  ServerError,
  TimeoutError,
} from '../src';
import { createFakeClock } from './support/fake-clock';
import { credentials, ORIGIN } from './support/fixtures';
import { useMswServer } from './support/msw';

const server = useMswServer();

/** A client on a fake clock with jitter fixed at half the ceiling; `attempts` records every answered attempt. */
function setup(options: Partial<AircallClientOptions> = {}) {
  const clock = createFakeClock();
  const attempts: ResponseEvent[] = [];
  const client = createAircallClient({
    ...credentials,
    baseUrl: ORIGIN,
    clock,
    random: () => 0.5,
    budget: false,
    hooks: { onResponse: (event) => attempts.push(event) },
    ...options,
  });
  return { clock, client, attempts };
}

/** Answers with each status in turn, then 200 with `body`. */
function sequence(statuses: (number | 'network')[], body: JsonBodyType, headers: Record<string, string> = {}) {
  let index = 0;
  return () => {
    const next = statuses[index++];
    if (next === undefined) return HttpResponse.json(body);
    if (next === 'network') return HttpResponse.error();
    return HttpResponse.json({ error: 'Oops', troubleshoot: 'Try again' }, { status: next, headers });
  };
}

describe('retries', () => {
  it('retries an idempotent request on 5xx with full-jitter exponential backoff', async () => {
    server.use(
      http.get(
        `${ORIGIN}/v1/company`,
        sequence([503, 500], { company: { name: 'Acme', users_count: 1, numbers_count: 1 } }),
      ),
    );
    const { clock, client, attempts } = setup();
    const company = await clock.run(client.company.get());
    expect(company.name).toBe('Acme');
    expect(attempts.map((a) => [a.attempt, a.status, a.retryInMs])).toEqual([
      [1, 503, 250], // random 0.5 × 500 ms
      [2, 500, 500], // random 0.5 × 1 000 ms
      [3, 200, undefined],
    ]);
  });

  it('retries network failures of a PUT', async () => {
    server.use(http.put(`${ORIGIN}/v1/calls/1/archive`, sequence(['network'], { call: null })));
    const { clock, client, attempts } = setup();
    const error = await clock.run(client.calls.archive(1)).catch((e: unknown) => e);
    // the retry got through and answered a body that is not a call: the retry happened
    expect(attempts.map((a) => a.status)).toEqual([undefined, 200]);
    expect(attempts[0]?.error).toBeInstanceOf(NetworkError);
    expect(error).toHaveProperty('name', 'UnexpectedResponseError');
  });

  it('never retries a POST after a 5xx, a network failure or a timeout', async () => {
    let received = 0;
    server.use(
      http.post(`${ORIGIN}/v1/calls/:id/comments`, () => {
        received += 1;
        return HttpResponse.json({ error: 'Oops' }, { status: 503 });
      }),
      http.post(`${ORIGIN}/v1/calls/:id/transfers`, () => {
        received += 1;
        return HttpResponse.error();
      }),
    );
    const { clock, client } = setup();
    await expect(clock.run(client.calls.comment(1, { content: 'hi' }))).rejects.toBeInstanceOf(ServerError);
    await expect(clock.run(client.calls.transfer(1, { user_id: 2 }))).rejects.toBeInstanceOf(NetworkError);
    expect(received).toBe(2);
  });

  it('retries timeouts of a GET, not of a POST', async () => {
    const slow = async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      return HttpResponse.json({ ping: 'pong' });
    };
    server.use(http.get(`${ORIGIN}/v1/ping`, slow), http.post(`${ORIGIN}/v1/calls/:id/insight_cards`, slow));
    const { clock, client, attempts } = setup({ timeoutMs: 5 });
    await expect(clock.run(client.ping())).rejects.toBeInstanceOf(TimeoutError);
    expect(attempts).toHaveLength(3);
    const card = { contents: [{ type: 'title' as const, text: 'CRM' }] };
    await expect(clock.run(client.calls.sendInsightCard(1, card))).rejects.toBeInstanceOf(TimeoutError);
    expect(attempts).toHaveLength(4);
  });

  it('honours Retry-After on a 503', async () => {
    server.use(http.get(`${ORIGIN}/v1/ping`, sequence([503], { ping: 'pong' }, { 'Retry-After': '7' })));
    const { clock, client, attempts } = setup();
    await clock.run(client.ping());
    expect(attempts[0]?.retryInMs).toBe(7_000);
  });

  it('bounds attempts and total time', async () => {
    server.use(http.get(`${ORIGIN}/v1/ping`, () => HttpResponse.json({ error: 'Down' }, { status: 500 })));
    const bounded = setup({ retry: { maxAttempts: 4 } });
    await expect(bounded.clock.run(bounded.client.ping())).rejects.toBeInstanceOf(ServerError);
    expect(bounded.attempts).toHaveLength(4);

    server.use(
      http.get(`${ORIGIN}/v1/ping`, () =>
        HttpResponse.json({ error: 'Down' }, { status: 503, headers: { 'Retry-After': '120' } }),
      ),
    );
    const impatient = setup({ retry: { maxElapsedMs: 60_000 } });
    await expect(impatient.clock.run(impatient.client.ping())).rejects.toBeInstanceOf(ServerError);
    expect(impatient.attempts).toHaveLength(1);
  });

  it('never retries 4xx answers', async () => {
    server.use(http.get(`${ORIGIN}/v1/ping`, sequence([400], { ping: 'pong' })));
    const { clock, client, attempts } = setup();
    await expect(clock.run(client.ping())).rejects.toBeInstanceOf(RejectedError);
    expect(attempts).toHaveLength(1);
  });
});

describe('429 and the cooldown', () => {
  it('fails fast, sends nothing until the reset, then sends again', async () => {
    let received = 0;
    let limited = true;
    server.use(
      http.get(`${ORIGIN}/v1/ping`, () => {
        received += 1;
        return limited
          ? HttpResponse.json({ error: 'Too Many Requests' }, { status: 429, headers: { 'Retry-After': '30' } })
          : HttpResponse.json({ ping: 'pong' });
      }),
    );
    const { clock, client } = setup({ budget: {} });
    const first = await clock.run(client.ping()).catch((e: unknown) => e);
    expect(first).toBeInstanceOf(RateLimitedError);
    expect((first as RateLimitedError).retryAt.getTime()).toBe(clock.now() + 30_000);

    await clock.advance(10_000);
    await expect(clock.run(client.ping({ lane: 'live' }))).rejects.toBeInstanceOf(RateLimitedError);
    expect(received).toBe(1);

    limited = false;
    await clock.advance(20_000);
    await expect(clock.run(client.ping())).resolves.toEqual({ ping: 'pong' });
    expect(received).toBe(2);
  });

  it('cools down for a second after a 429 that names no reset', async () => {
    server.use(http.get(`${ORIGIN}/v1/ping`, sequence([429], { ping: 'pong' })));
    const { clock, client } = setup({ budget: {} });
    const error = await clock.run(client.ping()).catch((e: unknown) => e);
    expect((error as RateLimitedError).retryAt.getTime()).toBe(clock.now() + 1_000);
    await expect(clock.run(client.ping())).rejects.toBeInstanceOf(RateLimitedError);
    await clock.advance(1_000);
    await expect(clock.run(client.ping())).resolves.toEqual({ ping: 'pong' });
  });

  it('waits out the cooldown and retries, even a POST, when the caller asks to wait', async () => {
    server.use(http.post(`${ORIGIN}/v1/calls/:id/comments`, sequence([429], undefined, { 'Retry-After': '20' })));
    const { clock, client, attempts } = setup({ budget: {}, whenRateLimited: 'wait' });
    const start = clock.now();
    await clock.run(client.calls.comment(1, { content: 'hi' }));
    expect(attempts.map((a) => a.status)).toEqual([429, 200]);
    expect(clock.now() - start).toBeGreaterThanOrEqual(20_000);
  });

  it('pauses on its own when Aircall says nothing is left, without any 429', async () => {
    const { clock, client, attempts } = setup({ budget: {} });
    server.use(
      http.get(`${ORIGIN}/v1/ping`, () =>
        HttpResponse.json(
          { ping: 'pong' },
          {
            headers: {
              'X-AircallApi-Limit': '60',
              'X-AircallApi-Remaining': '0',
              'X-AircallApi-Reset': String(Math.ceil((clock.now() + 45_000) / 1000)),
            },
          },
        ),
      ),
    );
    await clock.run(client.ping());
    const second = client.ping();
    await clock.advance(44_000);
    expect(attempts).toHaveLength(1);
    await clock.run(second);
    expect(attempts).toHaveLength(2);
    expect(attempts[1]!.budgetWaitMs).toBeGreaterThanOrEqual(45_000);
  });
});

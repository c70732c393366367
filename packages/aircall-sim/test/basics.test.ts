import { describe, expect, it } from 'vitest';
import { createManualClock, createSimulator } from '../src/index';
import { basicAuth, FULL_SIZE, ORIGIN, START, setup } from './helpers';

describe('authentication', () => {
  const { sim } = setup();

  it.each([
    ['missing', undefined],
    ['wrong token', basicAuth('sim-api-id', 'nope')],
    ['wrong id', basicAuth('other', 'sim-api-token')],
    ['bearer', 'Bearer sim-api-token'],
  ])('answers 403 with {error, troubleshoot} when credentials are %s', async (_, authorization) => {
    const response = await sim.fetch(`${ORIGIN}/v1/ping`, {
      headers: authorization ? { Authorization: authorization } : {},
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      error: 'Forbidden',
      troubleshoot: 'Invalid API key or Bearer access token',
    });
  });

  it('answers ping with the right key', async () => {
    const response = await sim.fetch(`${ORIGIN}/v1/ping`, { headers: { Authorization: basicAuth() } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ping: 'pong' });
  });

  it('accepts custom credentials', async () => {
    const custom = createSimulator({ credentials: { apiId: 'a', apiToken: 'b' }, sizes: { calls: 10 } });
    const ok = await custom.fetch('http://x/v1/ping', { headers: { Authorization: basicAuth('a', 'b') } });
    const ko = await custom.fetch('http://x/v1/ping', { headers: { Authorization: basicAuth() } });
    expect([ok.status, ko.status]).toEqual([200, 403]);
  });
});

describe('GET /v2/users', () => {
  const { get } = setup();

  it('pages 40 seeded users 20 at a time with absolute links', async () => {
    const first = await get('/v2/users');
    expect(first.json.meta).toEqual({
      count: 20,
      total: 40,
      current_page: 1,
      per_page: 20,
      next_page_link: `${ORIGIN}/v2/users?page=2&per_page=20`,
      previous_page_link: null,
    });
    const second = await get('/v2/users?page=2');
    expect(second.json.meta.next_page_link).toBeNull();
    expect(second.json.meta.previous_page_link).toBe(`${ORIGIN}/v2/users?page=1&per_page=20`);
    const ids = [...first.json.users, ...second.json.users].map((u: { id: number }) => u.id);
    expect(new Set(ids).size).toBe(40);
  });

  it('orders by created_at, asc by default', async () => {
    const asc = (await get('/v2/users?per_page=50')).json.users.map((u: { created_at: string }) => u.created_at);
    const desc = (await get('/v2/users?per_page=50&order=desc')).json.users.map(
      (u: { created_at: string }) => u.created_at,
    );
    expect(asc).toEqual([...asc].sort());
    expect(desc).toEqual([...asc].reverse());
  });
});

describe('GET /v1/calls', () => {
  const { get } = setup(FULL_SIZE);
  const nowSeconds = START / 1000;

  it('defaults to 20 per page, caps per_page at 50 and keeps query params in links', async () => {
    const page = await get('/v1/calls');
    expect(page.json.meta).toMatchObject({ count: 20, total: 20_000, current_page: 1, per_page: 20 });
    const big = await get('/v1/calls?per_page=500&order=asc');
    expect(big.json.meta.per_page).toBe(50);
    expect(big.json.calls).toHaveLength(50);
    expect(big.json.meta.next_page_link).toBe(`${ORIGIN}/v1/calls?order=asc&page=2&per_page=50`);
  });

  it('covers the last 90 days, ascending by default and descending on request', async () => {
    const oldest = (await get('/v1/calls?per_page=1')).json.calls[0];
    const newest = (await get('/v1/calls?per_page=1&order=desc')).json.calls[0];
    expect(oldest.started_at).toBeGreaterThanOrEqual(nowSeconds - 90 * 86_400);
    expect(newest.started_at).toBeLessThanOrEqual(nowSeconds);
    expect(newest.started_at - oldest.started_at).toBeGreaterThan(85 * 86_400);
    expect(newest.id).toBeGreaterThan(oldest.id);
  });

  it('filters by from/to (inclusive UNIX seconds)', async () => {
    const from = nowSeconds - 86_400;
    const to = nowSeconds - 3_600;
    const { json } = await get(`/v1/calls?from=${from}&to=${to}&per_page=50`);
    expect(json.meta.total).toBeGreaterThan(100);
    expect(json.meta.total).toBeLessThan(400);
    for (const call of json.calls) {
      expect(call.started_at).toBeGreaterThanOrEqual(from);
      expect(call.started_at).toBeLessThanOrEqual(to);
    }
  });
});

describe('seed', () => {
  const firstCalls = async (seed: number) => {
    const sim = createSimulator({ seed, clock: createManualClock(START), rateLimit: false });
    const response = await sim.fetch(`${ORIGIN}/v1/calls?per_page=50`, { headers: { Authorization: basicAuth() } });
    return response.json();
  };

  it('gives the same data for the same seed, other data for another', async () => {
    expect(await firstCalls(7)).toEqual(await firstCalls(7));
    expect(await firstCalls(7)).not.toEqual(await firstCalls(8));
  });
});

describe('listen', () => {
  it('serves the same API over HTTP with links on the server origin', async () => {
    const sim = createSimulator({ clock: createManualClock(START), sizes: { calls: 30 } });
    const server = await sim.listen();
    try {
      const response = await fetch(`${server.url}/v1/calls`, { headers: { Authorization: basicAuth() } });
      const body = (await response.json()) as { meta: { next_page_link: string } };
      expect(response.status).toBe(200);
      expect(body.meta.next_page_link).toBe(`${server.url}/v1/calls?page=2&per_page=20`);
    } finally {
      await server.close();
    }
  });
});

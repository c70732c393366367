import { describe, expect, it } from 'vitest';
import { basicAuth, ORIGIN, setup } from './helpers';

describe('fault injection', () => {
  it('answers a share of 5xx on the matching routes only, deterministically', async () => {
    const { get, post } = setup();
    const created = await post('/__sim/faults', { route: '/v1/calls*', errorRate: 0.5, errorStatus: 503 });
    expect(created.status).toBe(201);
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) statuses.push((await get('/v1/calls?per_page=1')).status);
    const failures = statuses.filter((s) => s === 503).length;
    expect(failures).toBeGreaterThan(8);
    expect(failures).toBeLessThan(32);
    expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
    expect((await get('/v2/users')).status).toBe(200);
    expect((await get('/__sim/faults')).json.faults[0]).toMatchObject({ route: '/v1/calls*', hits: 40 });
  });

  it('storms 429 with Retry-After whatever the real budget, for N requests', async () => {
    const { get, sim } = setup();
    sim.faults.add({ route: '/v1/*', rateLimitedFor: 30, times: 2 });
    const first = await get('/v1/ping');
    expect(first.status).toBe(429);
    expect(first.headers.get('Retry-After')).toBe('30');
    expect((await get('/v1/ping')).status).toBe(429);
    expect((await get('/v1/ping')).status).toBe(200);
    expect(sim.faults.list()).toEqual([]);
  });

  it('cuts JSON in the middle', async () => {
    const { sim } = setup();
    sim.faults.add({ route: '/v2/users', method: 'GET', malformedJson: true });
    const response = await sim.fetch(`${ORIGIN}/v2/users`, { headers: { Authorization: basicAuth() } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    await expect(response.json()).rejects.toThrow(SyntaxError);
  });

  it('resets the connection: in-process fetch rejects like undici', async () => {
    const { sim } = setup();
    sim.faults.add({ route: '/v1/ping', connectionReset: true });
    const attempt = sim.fetch(`${ORIGIN}/v1/ping`, { headers: { Authorization: basicAuth() } });
    await expect(attempt).rejects.toMatchObject({
      name: 'TypeError',
      message: 'fetch failed',
      cause: { code: 'ECONNRESET' },
    });
  });

  it('resets the connection on the standalone server too', async () => {
    const { sim } = setup();
    sim.faults.add({ route: '/v1/ping', connectionReset: true, times: 1 });
    const server = await sim.listen();
    try {
      const headers = { Authorization: basicAuth() };
      await expect(fetch(`${server.url}/v1/ping`, { headers })).rejects.toThrow('fetch failed');
      expect((await fetch(`${server.url}/v1/ping`, { headers })).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('adds latency that the caller can abort', async () => {
    const { sim } = setup();
    sim.faults.add({ route: '/v1/ping', latencyMs: 60_000 });
    const controller = new AbortController();
    const attempt = sim.fetch(`${ORIGIN}/v1/ping`, {
      headers: { Authorization: basicAuth() },
      signal: controller.signal,
    });
    controller.abort();
    await expect(attempt).rejects.toMatchObject({ name: 'AbortError' });
    sim.faults.clear();
    sim.faults.add({ route: '/v1/ping', latencyMs: 5 });
    expect((await sim.fetch(`${ORIGIN}/v1/ping`, { headers: { Authorization: basicAuth() } })).status).toBe(200);
  });

  it('is managed through the control API', async () => {
    const { post, get, request } = setup();
    expect((await post('/__sim/faults', { route: '' })).status).toBe(400);
    const { fault } = (await post('/__sim/faults', { route: '/v1/ping', errorRate: 1 })).json;
    expect((await get('/v1/ping')).status).toBe(500);
    expect((await request('DELETE', `/__sim/faults/${fault.id}`)).status).toBe(204);
    expect((await get('/v1/ping')).status).toBe(200);
    expect((await request('DELETE', `/__sim/faults/${fault.id}`)).status).toBe(404);
    await post('/__sim/faults', { route: '*', errorRate: 1 });
    expect((await get('/__sim/state')).status).toBe(200);
    expect((await request('DELETE', '/__sim/faults')).status).toBe(204);
    expect((await get('/v1/ping')).status).toBe(200);
  });
});

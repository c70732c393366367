import { describe, expect, it } from 'vitest';
import { setup } from './helpers';

describe('rate limit', () => {
  it('allows 60 requests per rolling minute by default, with X-AircallApi-* headers', async () => {
    const { get, sim } = setup({ rateLimit: undefined });
    const first = await get('/v1/ping');
    expect(first.headers.get('X-AircallApi-Limit')).toBe('60');
    expect(first.headers.get('X-AircallApi-Remaining')).toBe('59');
    expect(first.headers.get('X-AircallApi-Reset')).toBe(String(Math.ceil((sim.now() + 60_000) / 1000)));
    for (let i = 0; i < 59; i++) await get('/v1/ping');
    const limited = await get('/v1/ping');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('60');
    expect(limited.headers.get('X-AircallApi-Remaining')).toBe('0');
    expect(limited.json).toHaveProperty('troubleshoot');
  });

  it('rolls: a slot frees up when the oldest request leaves the window', async () => {
    const { get, sim } = setup({ rateLimit: { limit: 3, windowMs: 10_000 } });
    await get('/v1/ping');
    sim.advance(4_000);
    await get('/v1/ping');
    await get('/v1/ping');
    const limited = await get('/v1/ping');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('6');
    sim.advance(5_999);
    expect((await get('/v1/ping')).status).toBe(429);
    sim.advance(1);
    const allowed = await get('/v1/ping');
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('X-AircallApi-Remaining')).toBe('0');
  });

  it('can be disabled, and never counts the control API or rejected credentials', async () => {
    const unlimited = setup({ rateLimit: false });
    for (let i = 0; i < 70; i++) expect((await unlimited.get('/v1/ping')).status).toBe(200);
    expect((await unlimited.get('/v1/ping')).headers.get('X-AircallApi-Limit')).toBeNull();

    const { get, sim } = setup({ rateLimit: { limit: 2, windowMs: 60_000 } });
    for (let i = 0; i < 5; i++) {
      await get('/__sim/state');
      await sim.fetch('http://aircall.sim/v1/ping');
    }
    expect((await get('/v1/ping')).headers.get('X-AircallApi-Remaining')).toBe('1');
  });
});

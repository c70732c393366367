import { describe, expect, it } from 'vitest';
import { createManualClock, createSimulator } from '../src/index';
import { basicAuth, ORIGIN, START, setup } from './helpers';

describe('control API', () => {
  it('resets to the seeded state and reseeds with other sizes', async () => {
    const { post, get } = setup();
    await post('/v1/teams', { name: 'Temporary' });
    expect((await get('/v1/teams')).json.meta.total).toBe(9);
    const reset = await post('/__sim/reset', {});
    expect(reset.json.seed).toBe(1);
    expect((await get('/v1/teams')).json.meta.total).toBe(8);
    await post('/__sim/reset', { seed: 2, sizes: { users: 5, calls: 100 } });
    const state = (await get('/__sim/state')).json;
    expect(state).toMatchObject({ seed: 2, counts: { users: 5, calls: 100 } });
  });

  it('advances the clock and reports it', async () => {
    const { post, get } = setup();
    expect((await get('/__sim/clock')).json.now).toBe(START);
    const advanced = await post('/__sim/clock/advance', { ms: 90_000 });
    expect(advanced.json).toEqual({ now: START + 90_000, iso: new Date(START + 90_000).toISOString() });
    expect((await post('/__sim/clock/advance', { ms: -1 })).status).toBe(400);
  });

  it('moves a shared manual clock, firing timers when the clock moves by itself too', async () => {
    const clock = createManualClock(START);
    const sim = createSimulator({ clock, rateLimit: false, sizes: { calls: 10 } });
    const headers = { Authorization: basicAuth(), 'Content-Type': 'application/json' };
    const placed = await sim.fetch(`${ORIGIN}/__sim/calls`, { method: 'POST', headers, body: '{"autopilot":false}' });
    const { call } = (await placed.json()) as { call: { id: number } };
    sim.advance(1_000);
    expect(clock.now()).toBe(START + 1_000);
    clock.advance(30_000);
    const response = await sim.fetch(`${ORIGIN}/__sim/calls/${call.id}`, { headers });
    expect(((await response.json()) as { call: { status: string } }).call.status).toBe('done');
  });

  it('needs no credentials and is absent from /v1', async () => {
    const { sim } = setup();
    expect((await sim.fetch(`${ORIGIN}/__sim/state`)).status).toBe(200);
    const unknown = await sim.fetch(`${ORIGIN}/v1/nothing`, { headers: { Authorization: basicAuth() } });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toHaveProperty('troubleshoot');
  });

  it('reports live calls and rejects actions on ended calls', async () => {
    const { post, get } = setup();
    const { call } = (await post('/__sim/calls', { autopilot: false })).json;
    expect((await get('/__sim/calls/live')).json.calls.map((c: { call: { id: number } }) => c.call.id)).toEqual([
      call.id,
    ]);
    await post(`/__sim/calls/${call.id}/hangup`);
    expect((await post(`/__sim/calls/${call.id}/hold`)).status).toBe(400);
    expect((await post('/__sim/calls/1/hangup')).status).toBe(404);
    expect((await post('/__sim/calls', { number_id: 1 })).status).toBe(404);
  });
});

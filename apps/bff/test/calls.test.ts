import { createAircallClient } from '@switchboard/aircall';
import { callListResponseSchema, errorEnvelopeSchema } from '@switchboard/contracts';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { appOnSimulator, simOrigin } from './helpers';

describe('GET /api/calls', () => {
  it('answers a page of rows flattened from the simulator’s calls', async () => {
    const { signIn, simulator } = await appOnSimulator();
    const res = await (await signIn('agent')).get('/api/calls?perPage=10&order=desc').expect(200);
    const body = callListResponseSchema.parse(res.body);
    expect(body.calls).toHaveLength(10);
    expect(body.meta).toMatchObject({ page: 1, perPage: 10, hasNextPage: true });

    const upstream = await simulator.fetch(`${simOrigin}/v1/calls?per_page=10&order=desc`, {
      headers: { authorization: `Basic ${btoa(`${simulator.credentials.apiId}:${simulator.credentials.apiToken}`)}` },
    });
    const { calls, meta } = (await upstream.json()) as { calls: { id: number }[]; meta: { total: number } };
    expect(body.calls.map((row) => row.id)).toEqual(calls.map((call) => call.id));
    expect(body.meta.total).toBe(meta.total);
    const startedAt = body.calls.map((row) => row.startedAt);
    expect(startedAt).toEqual([...startedAt].sort((a, b) => b - a));
  });

  it('filters by a from/to window', async () => {
    const agent = await (await appOnSimulator()).signIn('agent');
    const all = callListResponseSchema.parse((await agent.get('/api/calls?perPage=50&order=asc')).body);
    const from = all.calls[5]!.startedAt;
    const to = all.calls[9]!.startedAt;
    const res = await agent.get(`/api/calls?perPage=50&order=asc&from=${from}&to=${to}`).expect(200);
    const body = callListResponseSchema.parse(res.body);
    expect(body.calls.length).toBeGreaterThanOrEqual(5);
    for (const row of body.calls) {
      expect(row.startedAt).toBeGreaterThanOrEqual(from);
      expect(row.startedAt).toBeLessThanOrEqual(to);
    }
  });

  it('rejects bad input with 400 naming each field and rule, without calling Aircall', async () => {
    const agent = await (await appOnSimulator()).signIn('agent');
    const res = await agent.get('/api/calls?perPage=500&order=sideways').expect(400);
    const { error } = errorEnvelopeSchema.parse(res.body);
    expect(error.code).toBe('bad_request');
    expect(error.message).toContain('query.perPage');
    expect(error.details).toEqual({
      fields: expect.arrayContaining([
        expect.objectContaining({ field: 'query.perPage' }),
        expect.objectContaining({ field: 'query.order' }),
      ]),
    });
  });

  it('turns wrong Aircall credentials into a clear 502 envelope and never logs the token', async () => {
    const canary = 'canary-token-5f1e2d';
    const { signIn, log } = await appOnSimulator({ credentials: { apiId: 'wrong-id', apiToken: canary } });
    const res = await (await signIn('agent')).get('/api/calls').expect(502);
    expect(errorEnvelopeSchema.parse(res.body).error).toEqual({
      code: 'upstream_unauthorized',
      message: 'Aircall refused the configured API credentials.',
    });
    expect(JSON.stringify(res.body)).not.toContain(canary);
    expect(log.lines.join('\n')).not.toContain(canary);
    expect(log.lines.join('\n')).not.toContain(btoa(`wrong-id:${canary}`));
  });

  it('answers 502 when Aircall cannot be reached, and keeps serving', async () => {
    const aircall = createAircallClient({
      apiId: 'id',
      apiToken: 'token',
      baseUrl: 'http://127.0.0.1:9',
      retry: false,
    });
    const { app, signIn } = await appOnSimulator({ aircall });
    const res = await (await signIn('agent')).get('/api/calls').expect(502);
    expect(errorEnvelopeSchema.parse(res.body).error.code).toBe('upstream_unavailable');
    await request(app).get('/api/health').expect(200);
  });
});

import { createAircallClient } from '@switchboard/aircall';
import { csrfHeaderName, errorEnvelopeSchema } from '@switchboard/contracts';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { appOnSimulator } from './helpers';

// Reads come from the mirror; creating a tag is one request to Aircall, so it shows how every upstream failure of a
// change reaches the browser.
const newTag = { name: 'Escalated', color: '#aa3300' };
describe('upstream failures reach the browser as clear envelopes', () => {
  it('turns wrong Aircall credentials into a 502 that blames the configuration, never leaking the token', async () => {
    const canary = 'canary-token-5f1e2d';
    const { signIn, log } = await appOnSimulator({ credentials: { apiId: 'wrong-id', apiToken: canary } });
    const res = await (await signIn('admin')).post('/api/tags').set(csrfHeaderName, '1').send(newTag).expect(502);
    expect(errorEnvelopeSchema.parse(res.body).error).toEqual({
      code: 'upstream_unauthorized',
      message: 'Aircall refused the configured API credentials.',
    });
    const everything = `${JSON.stringify(res.body)}\n${log.lines.join('\n')}`;
    expect(everything).not.toContain(canary);
    expect(everything).not.toContain(btoa(`wrong-id:${canary}`));
  });

  it('answers 502 when Aircall cannot be reached, and keeps serving', async () => {
    const aircall = createAircallClient({
      apiId: 'id',
      apiToken: 'token',
      baseUrl: 'http://127.0.0.1:9',
      retry: false,
    });
    const { app, signIn } = await appOnSimulator({ aircall });
    const res = await (await signIn('admin')).post('/api/tags').set(csrfHeaderName, '1').send(newTag).expect(502);
    expect(errorEnvelopeSchema.parse(res.body).error.code).toBe('upstream_unavailable');
    await request(app).get('/api/health').expect(200);
  });

  it('answers 429 with Retry-After when Aircall rate limits the company', async () => {
    const { signIn, simulator } = await appOnSimulator();
    simulator.faults.add({ route: '/v1/tags*', rateLimitedFor: 30 });
    const res = await (await signIn('admin')).post('/api/tags').set(csrfHeaderName, '1').send(newTag).expect(429);
    const { error } = errorEnvelopeSchema.parse(res.body);
    expect(error.code).toBe('rate_limited');
    expect(error.retryAfter).toBeGreaterThan(0);
    expect(Number(res.headers['retry-after'])).toBe(error.retryAfter);
  });
});

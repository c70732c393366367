import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { errorEnvelopeSchema, healthResponseSchema } from '@switchboard/contracts';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { appOnSimulator } from './helpers';

describe('the app shell', () => {
  it('reports health with the uptime of the injected clock', async () => {
    let now = Date.UTC(2026, 10, 1);
    const { app } = await appOnSimulator({ clock: { now: () => now }, version: '1.2.3' });
    now += 42_000;
    const res = await request(app).get('/api/health').expect(200);
    expect(healthResponseSchema.parse(res.body)).toEqual({ status: 'ok', version: '1.2.3', uptimeSeconds: 42 });
  });

  it('answers unknown API routes with the JSON envelope', async () => {
    const { app } = await appOnSimulator();
    const res = await request(app).get('/api/nothing-here').expect(404);
    expect(errorEnvelopeSchema.parse(res.body).error).toEqual({
      code: 'not_found',
      message: 'No route for GET /nothing-here',
    });
  });

  it('answers malformed JSON bodies with a 400 envelope', async () => {
    const { app } = await appOnSimulator();
    const res = await request(app)
      .post('/api/calls')
      .set('content-type', 'application/json')
      .send('{"oops"')
      .expect(400);
    expect(errorEnvelopeSchema.parse(res.body).error.code).toBe('bad_request');
  });

  it('sends security headers with a strict Content-Security-Policy', async () => {
    const { app } = await appOnSimulator();
    const res = await request(app).get('/api/health');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('lets recordings play from https and from the origins it is given (a simulator’s http one)', async () => {
    const mediaSources = async (app: Parameters<typeof request>[0]) => {
      const policy: string = (await request(app).get('/api/health')).headers['content-security-policy'] ?? '';
      return policy.split(';').find((directive) => directive.startsWith('media-src '));
    };
    const withSimulator = await appOnSimulator({ mediaOrigins: ['http://127.0.0.1:4010'] });
    expect(await mediaSources(withSimulator.app)).toBe("media-src 'self' https: http://127.0.0.1:4010");
    expect(await mediaSources((await appOnSimulator()).app)).toBe("media-src 'self' https:");
  });

  it('serves the built SPA for client routes and keeps /api answering JSON', async () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'switchboard-web-'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Switchboard</title>');
    const { app } = await appOnSimulator({ webDistDir: dist });
    const page = await request(app).get('/calls?page=2').expect(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.text).toContain('<title>Switchboard</title>');
    await request(app).get('/api/unknown').expect(404).expect('content-type', /json/);
    await request(app).get('/assets/missing.js').expect(404);
  });
});

import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiEndpoints, csrfHeaderName, roles } from '@switchboard/contracts';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyPendingWebhooks } from '../../src/live/inbox-worker';
import { webhookPath } from '../../src/live/webhook-receiver';
import { mirroredApp } from './mirrored-app';

/** Credentials no one else could have written: finding one anywhere means it leaked from here. */
const canary = {
  apiId: `canary-id-${randomBytes(12).toString('hex')}`,
  apiToken: `canary-token-${randomBytes(12).toString('hex')}`,
};

/** Every form a credential could leak in: as is, and as the Basic Authorization header carries it. */
function secretForms(secrets: string[]): string[] {
  const basic = Buffer.from(`${canary.apiId}:${canary.apiToken}`).toString('base64');
  return [...secrets, basic];
}

function leaksIn(text: string, secrets: string[]): string[] {
  return secretForms(secrets).filter((secret) => text.includes(secret));
}

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/dist');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('secrets stay server-side', () => {
  let testApp: Awaited<ReturnType<typeof mirroredApp>>;
  let webhookToken: string;
  const transcript: string[] = [];

  /** Sends a request and keeps everything that came back (status line, headers, body) for the leak search. */
  async function record(test: request.Test): Promise<request.Response> {
    const res = await test;
    transcript.push(`${res.status} ${JSON.stringify(res.headers)}\n${res.text ?? ''}`);
    return res;
  }

  beforeAll(async () => {
    testApp = await mirroredApp({ credentials: canary });
    const registration = await testApp.store.webhookRegistration.get();
    if (!registration) throw new Error('the webhook was not registered');
    webhookToken = registration.token;
    expect(webhookToken.length).toBeGreaterThanOrEqual(16);
  });

  const secrets = () => [canary.apiId, canary.apiToken, webhookToken];

  it('never shows them in an /api response, whatever the role, the input or the upstream failure', async () => {
    const finite = apiEndpoints.filter((endpoint) => !('contentType' in endpoint));
    for (const role of roles) {
      const agent = await testApp.signIn(role, testApp.idFor('userId') as number);
      for (const endpoint of finite) {
        const method = endpoint.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
        const req = agent[method](testApp.pathOf(endpoint));
        await record(endpoint.method === 'GET' ? req : req.set(csrfHeaderName, '1').send({}));
      }
    }
    // Upstream failures of every kind go through the error mapping and the error log.
    const admin = await testApp.signIn('admin', testApp.idFor('userId') as number);
    const callId = testApp.idFor('callId');
    for (const fault of [
      { errorRate: 1, errorStatus: 500 as const },
      { connectionReset: true },
      { malformedJson: true },
      { rateLimitedFor: 1 },
    ]) {
      const injected = testApp.simulator.faults.add({ route: '/v1/*', ...fault });
      await record(admin.post(`/api/calls/${callId}/comments`).set(csrfHeaderName, '1').send({ content: 'hello' }));
      await record(admin.get(`/api/calls/${callId}/media/recording`));
      await record(admin.get(`/api/contacts/${testApp.idFor('contactId')}`));
      testApp.simulator.faults.remove(injected.id);
    }
    await record(admin.get('/api/sync/status'));
    await record(admin.get('/api/openapi.json'));
    await record(admin.get('/api/audit'));

    expect(transcript.length).toBeGreaterThan(100);
    expect(leaksIn(transcript.join('\n'), secrets())).toEqual([]);
  });

  it('never writes them to the logs, webhook deliveries included', async () => {
    // Aircall's own deliveries of the changes made above, then a forged one with a wrong token.
    for (const delivery of testApp.deliveries) {
      await record(request(testApp.app).post(webhookPath).type('json').send(delivery.body));
    }
    const forged = {
      resource: 'call',
      event: 'call.created',
      timestamp: 1,
      token: `${webhookToken}x`,
      data: { id: 1 },
    };
    await record(request(testApp.app).post(webhookPath).send(forged)).then((res) => expect(res.status).toBe(401));
    await applyPendingWebhooks({ store: testApp.store, logger: testApp.log.logger });

    expect(testApp.deliveries.length).toBeGreaterThan(0);
    const logs = testApp.log.lines.join('');
    expect(logs.length).toBeGreaterThan(10_000);
    expect(leaksIn(logs, secrets())).toEqual([]);
    expect(leaksIn(transcript.join('\n'), secrets())).toEqual([]);
  });

  // The SPA is built before the tests (`pnpm build` in `pnpm test`); a bare vitest run may have none to check.
  it.skipIf(!existsSync(webDist) && !process.env.CI)('never ships them in the built SPA', () => {
    const bundle = filesUnder(webDist)
      .map((file) => readFileSync(file, 'latin1'))
      .join('\n');
    expect(bundle.length).toBeGreaterThan(1_000);
    // What a careless build could inline: the simulator's development pair, or whatever credentials the building
    // shell had in its environment.
    const buildSecrets = ['sim-api-token', process.env.AIRCALL_API_TOKEN, process.env.AIRCALL_API_ID].filter(
      (secret): secret is string => Boolean(secret),
    );
    expect(leaksIn(bundle, [...secrets(), ...buildSecrets])).toEqual([]);
    expect(bundle).not.toMatch(/AIRCALL_API_(ID|TOKEN)/);
  });
});

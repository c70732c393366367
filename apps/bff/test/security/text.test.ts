import { createAircallClient } from '@switchboard/aircall';
import { createSimulator } from '@switchboard/aircall-sim';
import { type ApiEndpoint, apiEndpoints, csrfHeaderName, unstorableTextRule } from '@switchboard/contracts';
import fc from 'fast-check';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyPendingWebhooks } from '../../src/live/inbox-worker';
import { webhookPath } from '../../src/live/webhook-receiver';
import { createMirrorSync } from '../../src/sync/mirror-sync';
import { collect } from '../features/calls/support';
import { appOnSimulator, simOrigin } from '../helpers';
import { recordedDeliveries } from '../live/fixtures';
import { unstorableText } from './arbitraries';
import { knownKeys } from './registry-shapes';

type TestApp = Awaited<ReturnType<typeof appOnSimulator>>;

const withBody = apiEndpoints.filter(
  (endpoint) => endpoint.method !== 'GET' && 'body' in endpoint && knownKeys(endpoint.body).length > 0,
);
const withQuery = apiEndpoints.filter(
  (endpoint) =>
    endpoint.method === 'GET' &&
    !('contentType' in endpoint) &&
    knownKeys('query' in endpoint ? endpoint.query : undefined).length > 0,
);

describe('text that cannot be stored', () => {
  let testApp: TestApp;
  let admin: Awaited<ReturnType<TestApp['signIn']>>;
  const sentToAircall: string[] = [];

  beforeAll(async () => {
    const simulator = createSimulator({ rateLimit: false, sizes: { calls: 20, users: 4, teams: 2 } });
    const aircall = createAircallClient({
      ...simulator.credentials,
      baseUrl: simOrigin,
      budget: false,
      fetch: async (input, init) => {
        if ((init?.method ?? 'GET') !== 'GET') sentToAircall.push(`${init?.method} ${String(input)}`);
        return simulator.fetch(input, init);
      },
    });
    testApp = await appOnSimulator({ aircall });
    admin = await testApp.signIn('admin');
  });

  it('POST /api/teams with a NUL in its name is a 400 naming body.name, and Aircall hears nothing', async () => {
    const res = await admin.post('/api/teams').set(csrfHeaderName, '1').send({ name: 'pg\u0000team' }).expect(400);
    expect(res.body.error.details.fields).toContainEqual({ field: 'body.name', rule: unstorableTextRule });
    expect(sentToAircall).toEqual([]);
  });

  it('any body field of any endpoint holding NUL or a lone surrogate is refused with 400 naming it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...withBody).chain((endpoint: ApiEndpoint) =>
          fc.record({
            endpoint: fc.constant(endpoint),
            key: fc.constantFrom(...knownKeys('body' in endpoint ? endpoint.body : undefined)),
            text: unstorableText,
            nested: fc.boolean(),
          }),
        ),
        async ({ endpoint, key, text, nested }) => {
          const path = endpoint.path.replace(/:[A-Za-z]+/g, '1');
          const value = nested ? [{ value: text }] : text;
          const method = endpoint.method.toLowerCase() as 'post' | 'put' | 'patch' | 'delete';
          const res = await admin[method](path)
            .set(csrfHeaderName, '1')
            .send({ [key]: value });
          expect(res.status, `${endpoint.id} ${key}`).toBe(400);
          const fields = res.body.error.details.fields as { field: string; rule: string }[];
          expect(fields).toContainEqual({
            field: nested ? `body.${key}.0.value` : `body.${key}`,
            rule: unstorableTextRule,
          });
        },
      ),
      { numRuns: 150 },
    );
    expect(sentToAircall).toEqual([]);
  });

  // A URL cannot carry a lone surrogate (encoders and decoders turn it into U+FFFD), but %00 is a NUL.
  it('a NUL in a path or a query string too', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...withQuery).chain((endpoint: ApiEndpoint) =>
          fc.record({
            endpoint: fc.constant(endpoint),
            key: fc.constantFrom(...knownKeys('query' in endpoint ? endpoint.query : undefined)),
            text: fc
              .tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }))
              .map(([a, b]) => `${a}\u0000${b}`),
          }),
        ),
        async ({ endpoint, key, text }) => {
          const path = endpoint.path.replace(/:[A-Za-z]+/g, '1');
          const res = await admin.get(`${path}?${new URLSearchParams({ [key]: text })}`);
          expect(res.status, `${endpoint.id} ${key}`).toBe(400);
          expect(res.body.error.message).toContain(`query.${key}`);
        },
      ),
      { numRuns: 100 },
    );
    const res = await admin.get('/api/calls/%00').expect(400);
    expect(res.body.error.details.fields).toContainEqual({ field: 'params.callId', rule: unstorableTextRule });
    await admin.get('/api/calls?text=%ED%A0%80').expect(200);
  });
});

describe('text from Aircall', () => {
  it('webhooks holding NUL or lone surrogates are stored and applied, and later events of the call still apply', async () => {
    const recorded = await recordedDeliveries();
    const testApp = await appOnSimulator();
    await testApp.store.webhookRegistration.save({
      webhookId: 'hook-1',
      url: 'http://127.0.0.1/webhooks/aircall',
      token: recorded.token,
      active: true,
    });
    const apply = () => applyPendingWebhooks({ store: testApp.store, logger: testApp.log.logger });
    await fc.assert(
      fc.asyncProperty(unstorableText, unstorableText, async (comment, name) => {
        const deliveries = await recorded.playCall();
        const [first, ...rest] = deliveries;
        if (!first) throw new Error('no delivery');
        const odd = {
          ...first,
          data: {
            ...first.data,
            comments: [{ id: 1, content: comment, posted_at: first.timestamp, posted_by: null }],
            [name]: name,
            raw_digits: `+33 6 12 ${name}`,
          },
        };
        await request(testApp.app).post(webhookPath).send(odd).expect(200);
        for (const delivery of rest) await request(testApp.app).post(webhookPath).send(delivery).expect(200);
        await apply();
        const call = await testApp.store.calls.get(first.data.id);
        expect(call, 'the call is mirrored').toBeDefined();
        expect(
          await testApp.store.webhookInbox.pendingCount(),
          testApp.log.lines
            .filter((line) => line.includes('not applied'))
            .slice(-2)
            .join(''),
        ).toBe(0);
        expect(call?.status).toBe('done');
      }),
      { numRuns: 15 },
    );
  }, 60_000);

  it('a sync page holding such text stores every call and contact', async () => {
    const testApp = await appOnSimulator({ sim: { rateLimit: false, sizes: { calls: 30, contacts: 5, users: 3 } } });
    // Comments written straight into Aircall (another integration, the phone app), as the sync will read them.
    const auth = `Basic ${Buffer.from(`${testApp.simulator.credentials.apiId}:${testApp.simulator.credentials.apiToken}`).toString('base64')}`;
    const calls = await collect(testApp.aircall.calls.listAll());
    for (const [call, content] of [
      [calls[0], 'pg\u0000note'],
      [calls[1], 'half \ud800 pair'],
      [calls[2], '\udc00'],
    ] as const) {
      const res = await testApp.simulator.fetch(`${simOrigin}/v1/calls/${call?.id}/comments`, {
        method: 'POST',
        headers: { Authorization: auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({ content }),
      });
      expect(res.status).toBeLessThan(300);
    }
    const context = {
      store: testApp.store,
      aircall: testApp.aircall,
      logger: testApp.log.logger,
      clock: { now: Date.now },
    };
    await createMirrorSync(context).runDue(new AbortController().signal);
    expect(await testApp.store.calls.count()).toBe(calls.length);
    const stored = await testApp.store.calls.get(calls[0]?.id ?? 0);
    expect(stored?.comments.map((comment) => comment.content)).toContain('pg\ufffdnote');
    const status = await testApp.store.syncCheckpoints.get('calls');
    expect(status?.error ?? null).toBeNull();
  });
});

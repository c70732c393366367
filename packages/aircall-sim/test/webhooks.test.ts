import { describe, expect, it } from 'vitest';
import { reference } from './fixtures/reference';
import { setup } from './helpers';
import { expectShape } from './shape';

type Outcome = number | 'timeout';

/** Webhook deliveries answered by `outcomes` in turn (the last one repeats). */
function receiver(outcomes: Outcome[]) {
  const received: { url: string; body: Record<string, unknown>; signal: AbortSignal | undefined }[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    received.push({ url: String(input), body: JSON.parse(String(init?.body)), signal: init?.signal ?? undefined });
    const outcome = outcomes[Math.min(received.length - 1, outcomes.length - 1)];
    if (outcome === 'timeout') throw new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    return new Response('ok', { status: outcome });
  };
  return { received, fetch };
}

describe('webhook delivery', () => {
  it('POSTs {resource, event, timestamp, token, data} to subscribed, active webhooks only', async () => {
    const { received, fetch } = receiver([200]);
    const { post, put, sim } = setup({ webhooks: { fetch } });
    const contacts = (await post('/v1/webhooks', { url: 'https://a.example/hook', events: ['contact.created'] })).json
      .webhook;
    await post('/v1/webhooks', { url: 'https://b.example/hook', events: ['user.created'] });
    const paused = (await post('/v1/webhooks', { url: 'https://c.example/hook', events: ['contact.created'] })).json
      .webhook;
    await put(`/v1/webhooks/${paused.id}`, { events: ['contact.created'], active: false });
    await post('/v1/contacts', { first_name: 'Gary', phone_numbers: [{ label: 'Work', value: '+19001112222' }] });
    await sim.settleWebhooks();
    expect(received.map((r) => r.url)).toEqual(['https://a.example/hook']);
    const payload = received[0]?.body;
    expectShape(payload, reference.webhookPayload);
    expect(payload).toMatchObject({ resource: 'contact', event: 'contact.created', token: contacts.token });
    expect(payload?.timestamp).toBe(Math.floor(sim.now() / 1000));
    expect(payload?.data).toMatchObject({ first_name: 'Gary' });
    expect(received[0]?.signal).toBeInstanceOf(AbortSignal);
  });

  it('retries a failed delivery with exponential backoff until it succeeds', async () => {
    const { received, fetch } = receiver([500, 'timeout', 503, 200]);
    const { post, sim } = setup({ webhooks: { fetch, retryDelayMs: 1_000 } });
    await post('/v1/webhooks', { url: 'https://a.example/hook', events: ['contact.created'] });
    await post('/v1/contacts', { phone_numbers: [{ label: 'Work', value: '+19001112222' }] });
    await sim.settleWebhooks();
    expect(received).toHaveLength(1);
    for (const [wait, expected] of [
      [999, 1],
      [1, 2],
      [1_999, 2],
      [1, 3],
      [4_000, 4],
      [60_000, 4],
    ] as const) {
      sim.advance(wait);
      await sim.settleWebhooks();
      expect(received).toHaveLength(expected);
    }
    expect(sim.webhookDeliveries.map((d) => [d.attempt, d.status, d.ok])).toEqual([
      [1, 500, false],
      [2, null, false],
      [3, 503, false],
      [4, 200, true],
    ]);
    expect(new Set(received.map((r) => JSON.stringify(r.body))).size).toBe(1);
  });

  it('deactivates a webhook after the configured consecutive failures, until a PUT re-activates it', async () => {
    const { received, fetch } = receiver([500]);
    const { post, put, get, sim } = setup({ webhooks: { fetch, maxConsecutiveFailures: 3, retryDelayMs: 1_000 } });
    const { webhook } = (await post('/v1/webhooks', { url: 'https://a.example/hook', events: ['contact.created'] }))
      .json;
    await post('/v1/contacts', { phone_numbers: [{ label: 'Work', value: '+19001112222' }] });
    for (let i = 0; i < 5; i++) {
      await sim.settleWebhooks();
      sim.advance(60_000);
    }
    expect(received).toHaveLength(3);
    expect((await get(`/v1/webhooks/${webhook.webhook_id}`)).json.webhook.active).toBe(false);
    await post('/v1/contacts', { phone_numbers: [{ label: 'Work', value: '+19001113333' }] });
    await sim.settleWebhooks();
    expect(received).toHaveLength(3);
    await put(`/v1/webhooks/${webhook.webhook_id}`, { events: ['contact.created'], active: true });
    await post('/v1/contacts', { phone_numbers: [{ label: 'Work', value: '+19001114444' }] });
    await sim.settleWebhooks();
    expect(received).toHaveLength(4);
  });

  it('counts consecutive failures only: a success in between keeps the webhook active', async () => {
    const outcomes = [500, 200, 500, 200, 500, 200];
    const { received, fetch } = receiver(outcomes);
    const { post, get, sim } = setup({ webhooks: { fetch, maxConsecutiveFailures: 2, retryDelayMs: 1_000 } });
    const { webhook } = (await post('/v1/webhooks', { url: 'https://a.example/hook', events: ['contact.created'] }))
      .json;
    for (let i = 0; i < 3; i++) {
      await post('/v1/contacts', { phone_numbers: [{ label: 'Work', value: `+1900111222${i}` }] });
      await sim.settleWebhooks();
      sim.advance(1_000);
      await sim.settleWebhooks();
    }
    expect(received).toHaveLength(outcomes.length);
    expect((await get(`/v1/webhooks/${webhook.id}`)).json.webhook.active).toBe(true);
  });

  it('delivers to a real HTTP endpoint with the default fetch', async () => {
    const { createServer } = await import('node:http');
    const bodies: string[] = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        bodies.push(body);
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const { post, sim } = setup();
      await post('/v1/webhooks', { url: `http://127.0.0.1:${port}/hook`, events: ['contact.created'] });
      await post('/v1/contacts', { phone_numbers: [{ label: 'Work', value: '+19001112222' }] });
      await sim.settleWebhooks();
      expect(JSON.parse(bodies[0] ?? '{}')).toMatchObject({ event: 'contact.created', resource: 'contact' });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

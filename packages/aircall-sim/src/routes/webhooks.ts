import { Hono } from 'hono';
import { z } from 'zod';
import { readBody } from '../http/body';
import type { SimContext, SimEnv } from '../http/env';
import { badRequest, notFound } from '../http/errors';
import { byCreation, paginate } from '../http/pagination';
import { hasEmoji, isHttpUrl, isWebhookEvent, MAX_WEBHOOKS, webhookEvents } from '../rules';
import type { WebhookRecord } from '../store/records';
import type { World } from '../world';

const url = z.string({ error: 'url is mandatory' }).refine(isHttpUrl, 'url must be a valid URL');
const events = z.array(z.string()).refine((names) => names.every(isWebhookEvent), {
  error: (issue) => `events are not valid: ${(issue.input as string[]).filter((n) => !isWebhookEvent(n)).join(', ')}`,
});
const customName = z.string().refine((value) => !hasEmoji(value), 'Emojis are not allowed');
const createWebhookSchema = z.object({ url, custom_name: customName.optional(), events: events.optional() });
const updateWebhookSchema = z.object({
  url: url.optional(),
  custom_name: customName.optional(),
  events: events.optional(),
  active: z.boolean().optional(),
});

/** No (or an empty) events list subscribes to every event. */
const subscribed = (names: string[] | undefined) => (names?.length ? [...new Set(names)] : [...webhookEvents]);

export function webhookRoutes(world: World) {
  const app = new Hono<SimEnv>();
  /** Webhooks are addressed by their deprecated integer id or by their webhook_id (uuid). */
  const findWebhook = (c: SimContext): WebhookRecord => {
    const key = c.req.param('id') ?? '';
    for (const webhook of world.store.webhooks.values()) {
      if (webhook.webhookId === key || String(webhook.id) === key) return webhook;
    }
    throw notFound('Webhook');
  };
  const uuid = () => {
    const hex = world.random.hex(32);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  };

  app.get('/', (c) => {
    const webhooks = byCreation(c.var.url, [...world.store.webhooks.values()], (w) => w.createdAt);
    const { meta, items } = paginate(c.var.url, webhooks);
    return c.json({ meta, webhooks: items.map((w) => c.var.views.webhook(w)) });
  });

  app.get('/:id', (c) => c.json({ webhook: c.var.views.webhook(findWebhook(c)) }));

  app.post('/', async (c) => {
    const body = await readBody(c, createWebhookSchema);
    if (world.store.webhooks.size >= MAX_WEBHOOKS) {
      throw badRequest(`Company reached their maximum Webhooks count (${MAX_WEBHOOKS}).`);
    }
    const webhook: WebhookRecord = {
      id: world.store.nextId('webhook'),
      webhookId: uuid(),
      customName: body.custom_name ?? 'Webhook',
      url: body.url,
      active: true,
      token: world.random.hex(20),
      events: subscribed(body.events),
      createdAt: world.now(),
      consecutiveFailures: 0,
    };
    world.store.webhooks.set(webhook.id, webhook);
    return c.json({ webhook: c.var.views.webhook(webhook) }, 201);
  });

  app.put('/:id', async (c) => {
    const webhook = findWebhook(c);
    const body = await readBody(c, updateWebhookSchema);
    webhook.url = body.url ?? webhook.url;
    webhook.customName = body.custom_name ?? webhook.customName;
    // The reference warns: leaving `events` out resets the subscription to every event.
    webhook.events = subscribed(body.events);
    if (body.active !== undefined) {
      webhook.active = body.active;
      if (body.active) webhook.consecutiveFailures = 0;
    }
    return c.json({ webhook: c.var.views.webhook(webhook) });
  });

  app.delete('/:id', (c) => {
    world.store.webhooks.delete(findWebhook(c).id);
    return c.body(null, 204);
  });

  return app;
}

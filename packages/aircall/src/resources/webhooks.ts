import { z } from 'zod';
import type { Executor } from '../http/execute';
import { listWindowSchema, paginationSchema } from '../schemas/common';
import { webhookSchema } from '../schemas/webhook';
import { crudOf } from './crud';

export const webhookListParamsSchema = listWindowSchema.pick({ order: true }).extend(paginationSchema.shape);
export type WebhookListParams = z.input<typeof webhookListParamsSchema>;

const eventNameSchema = z.string().regex(/^[a-z_]+\.[a-z_]+$/, 'Expected an event name such as call.created');

export const createWebhookSchema = z.strictObject({
  url: z.url(),
  custom_name: z.string().min(1).optional(),
  /** Empty or absent: every event. */
  events: z.array(eventNameSchema).optional(),
});
export type CreateWebhook = z.input<typeof createWebhookSchema>;

export const updateWebhookSchema = createWebhookSchema.partial().extend({
  /** true re-activates a webhook Aircall disabled after failed deliveries. */
  active: z.boolean().optional(),
});
export type UpdateWebhook = z.input<typeof updateWebhookSchema>;

/** `webhook_id` (a UUID) is the identifier to use; the numeric `id` is deprecated but still accepted. */
export type WebhookId = string | number;

export function createWebhooksResource(executor: Executor) {
  const webhooks = crudOf<'webhooks', 'webhook', typeof webhookSchema, typeof webhookListParamsSchema, WebhookId>(
    executor,
    {
      route: '/v1/webhooks',
      listKey: 'webhooks',
      itemKey: 'webhook',
      item: webhookSchema,
      listParams: webhookListParamsSchema,
    },
  );
  return {
    list: webhooks.list,
    listAll: webhooks.listAll,
    get: webhooks.get,
    /** Not retried: a retry after a lost answer would register the webhook twice. */
    create: webhooks.creator(createWebhookSchema),
    /** Without `events`, Aircall subscribes the webhook to every event: send them on every update. */
    update: webhooks.updater(updateWebhookSchema),
    delete: webhooks.delete,
  };
}

import { z } from 'zod';
import type { Executor, RequestOptions } from '../http/execute';
import { parseInput } from '../http/validation';
import { type IterateOptions, paginate } from '../pagination';
import { envelopeSchema, listWindowSchema, paginationSchema } from '../schemas/common';
import { type Webhook, webhookSchema } from '../schemas/webhook';
import { listingOf } from './listing';

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

const webhookEnvelopeSchema = envelopeSchema('webhook', webhookSchema);

export function createWebhooksResource(executor: Executor) {
  const webhooks = listingOf(executor, '/v1/webhooks', 'webhooks', webhookSchema);
  const params = (input: WebhookListParams) =>
    parseInput(webhookListParamsSchema, input, { method: 'GET', path: webhooks.route });
  const unwrap = async (pending: Promise<{ webhook: Webhook }>) => (await pending).webhook;

  return {
    async list(input: WebhookListParams = {}, options?: RequestOptions) {
      return webhooks.page(params(input), options);
    },
    listAll(input: WebhookListParams = {}, options: IterateOptions = {}) {
      return paginate(webhooks.fetchPage, webhooks.route, params(input), options);
    },
    get(id: WebhookId, options?: RequestOptions) {
      return unwrap(
        executor.execute(
          { method: 'GET', route: '/v1/webhooks/:id', pathParams: { id }, response: webhookEnvelopeSchema },
          options,
        ),
      );
    },
    /** Not retried: a retry after a lost answer would register the webhook twice. */
    async create(input: CreateWebhook, options?: RequestOptions) {
      const body = parseInput(createWebhookSchema, input, { method: 'POST', path: webhooks.route });
      return unwrap(
        executor.execute({ method: 'POST', route: webhooks.route, body, response: webhookEnvelopeSchema }, options),
      );
    },
    /** Without `events`, Aircall subscribes the webhook to every event: send them on every update. */
    async update(id: WebhookId, input: UpdateWebhook, options?: RequestOptions) {
      const body = parseInput(updateWebhookSchema, input, { method: 'PUT', path: '/v1/webhooks/:id' });
      return unwrap(
        executor.execute(
          { method: 'PUT', route: '/v1/webhooks/:id', pathParams: { id }, body, response: webhookEnvelopeSchema },
          options,
        ),
      );
    },
    delete(id: WebhookId, options?: RequestOptions): Promise<void> {
      return executor.execute(
        { method: 'DELETE', route: '/v1/webhooks/:id', pathParams: { id }, response: null },
        options,
      );
    },
  };
}

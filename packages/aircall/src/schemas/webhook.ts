import { z } from 'zod';
import { optionalField, orDefault } from '../tolerance';

export const webhookSchema = z.looseObject({
  /** Deprecated by Aircall in favour of `webhook_id`. */
  id: optionalField(z.number().int(), 'webhook.id'),
  webhook_id: z.string(),
  direct_link: optionalField(z.string(), 'webhook.direct_link'),
  created_at: orDefault(z.string(), '', 'webhook.created_at'),
  custom_name: optionalField(z.string(), 'webhook.custom_name'),
  url: z.string(),
  active: z.boolean(),
  /** The secret Aircall puts in every event it sends to this webhook: compare it in constant time. */
  token: z.string(),
  events: orDefault(z.array(z.string()), [], 'webhook.events'),
});
export type Webhook = z.infer<typeof webhookSchema>;

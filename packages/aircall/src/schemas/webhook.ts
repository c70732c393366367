import { z } from 'zod';

export const webhookSchema = z.looseObject({
  /** Deprecated by Aircall in favour of `webhook_id`. */
  id: z.number().int().optional(),
  webhook_id: z.string(),
  direct_link: z.string().optional(),
  created_at: z.string(),
  custom_name: z.string().nullish(),
  url: z.string(),
  active: z.boolean(),
  /** The secret Aircall puts in every event it sends to this webhook: compare it in constant time. */
  token: z.string(),
  events: z.array(z.string()),
});
export type Webhook = z.infer<typeof webhookSchema>;

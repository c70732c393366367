import { createHash, timingSafeEqual } from 'node:crypto';
import { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../context';
import { HttpError } from '../http/errors';
import { liveHubOf } from './hub';

/** Where Aircall posts events; outside /api: no session and no CSRF header, the token in the body is the proof. */
export const webhookPath = '/webhooks/aircall';

const deliverySchema = z.object({
  resource: z.string().min(1),
  event: z.string().min(1),
  /** UNIX seconds, when Aircall rendered `data`. */
  timestamp: z.number().int().nonnegative(),
  token: z.string(),
  data: z.record(z.string(), z.unknown()),
});
export type WebhookDelivery = z.infer<typeof deliverySchema>;

/** Equal inputs of any length compare in the same time: both sides are hashed to 32 bytes first. */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * One key per distinct delivery: Aircall retries a failed delivery with the same body, so the same event of the same
 * resource at the same instant with the same payload is the same delivery. The token is left out (a re-registered
 * webhook must not make old events new).
 */
export function dedupKey(delivery: WebhookDelivery): string {
  const { resource, event, timestamp, data } = delivery;
  return createHash('sha256')
    .update(JSON.stringify([resource, event, data.id ?? null, timestamp, data]))
    .digest('hex');
}

/**
 * `POST /webhooks/aircall`: checks the token, stores the raw event in the inbox (once per dedup key) and only then
 * answers 200, so an acknowledged event is never lost; the inbox worker applies it afterwards.
 */
export function webhookReceiver(context: Pick<AppContext, 'store' | 'logger'>): Router {
  const router = Router();
  const hub = liveHubOf(context.store);
  router.post(webhookPath, async (req: Request, res: Response) => {
    const body: unknown = req.body;
    const token = typeof body === 'object' && body !== null && 'token' in body ? body.token : undefined;
    const registration = await context.store.webhookRegistration.get();
    if (typeof token !== 'string' || !registration || !sameSecret(token, registration.token)) {
      // Same answer whatever was wrong: a prober learns nothing about the registration.
      throw new HttpError(401, 'unauthenticated', 'Unknown webhook token.');
    }
    const parsed = deliverySchema.safeParse(body);
    if (!parsed.success) throw new HttpError(400, 'bad_request', 'Not an Aircall webhook event.');
    const delivery = parsed.data;
    const { duplicate } = await context.store.webhookInbox.store({
      dedupKey: dedupKey(delivery),
      event: delivery.event,
      payload: {
        resource: delivery.resource,
        event: delivery.event,
        timestamp: delivery.timestamp,
        data: delivery.data,
      },
    });
    if (!duplicate) hub.notifyStored();
    res.status(200).json({ received: true });
  });
  return router;
}

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

type InboxInput = Parameters<AppContext['store']['webhookInbox']['storeMany']>[0][number];

/** Most deliveries written by one statement. */
const maxGroup = 200;

/**
 * Group commit: deliveries that arrive while a batch is being written wait for the next one, written by a single
 * statement as soon as the previous returns. Alone, a delivery is written at once; under load, one round trip
 * stores many, and none is acknowledged before its own batch has committed.
 */
function groupCommit(store: AppContext['store'], onStored: () => void) {
  let waiting: { input: InboxInput; resolve(): void; reject(error: unknown): void }[] = [];
  let writing = false;

  async function drain(): Promise<void> {
    writing = true;
    while (waiting.length > 0) {
      const group = waiting.slice(0, maxGroup);
      waiting = waiting.slice(group.length);
      try {
        const stored = await store.webhookInbox.storeMany(group.map((entry) => entry.input));
        if (stored.some((row) => !row.duplicate)) onStored();
        for (const entry of group) entry.resolve();
      } catch (error) {
        for (const entry of group) entry.reject(error);
      }
    }
    writing = false;
  }

  return (input: InboxInput): Promise<void> =>
    new Promise((resolve, reject) => {
      waiting.push({ input, resolve, reject });
      if (!writing) void drain();
    });
}

/**
 * `POST /webhooks/aircall`: checks the token (against the cached registration: no query), stores the raw event in
 * the inbox (once per dedup key, by group commit) and only then answers 200, so an acknowledged event is never
 * lost; the inbox worker applies it afterwards, and the ack never waits for it.
 */
export function webhookReceiver(context: Pick<AppContext, 'store' | 'logger'>): Router {
  const router = Router();
  const hub = liveHubOf(context.store);
  const storeDelivery = groupCommit(context.store, () => hub.notifyStored());
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
    await storeDelivery({
      dedupKey: dedupKey(delivery),
      event: delivery.event,
      payload: {
        resource: delivery.resource,
        event: delivery.event,
        timestamp: delivery.timestamp,
        data: delivery.data,
      },
    });
    res.status(200).json({ received: true });
  });
  return router;
}

import type { AircallClient, Webhook } from '@switchboard/aircall';
import type { Logger } from 'pino';
import { webhookPath } from '../live/webhook-receiver';
import type { Store } from '../store';

export interface ReconcileDeps {
  store: Store;
  aircall: AircallClient;
  logger: Logger;
  signal?: AbortSignal;
}

export type ReconcileOutcome = 'created' | 'reactivated' | 'unchanged';

const customName = 'Switchboard';

/** Where Aircall must send events: the console's public origin, whatever path PUBLIC_URL was written with. */
export const webhookUrl = (publicUrl: string) => new URL(webhookPath, publicUrl).toString();

/**
 * Makes Aircall's webhooks match what we need: exactly one webhook for our URL, active, its token kept in the store.
 * Run by the leader at start. Finds ours by the id we saved, else by URL (a lost registration is adopted, never
 * duplicated); extra webhooks for our URL (left by an older crash between create and save) are deleted.
 * Subscribes to every event: each one changes something the mirror holds.
 */
export async function reconcileWebhook(deps: ReconcileDeps, publicUrl: string): Promise<ReconcileOutcome> {
  const { store, aircall, logger, signal } = deps;
  const url = webhookUrl(publicUrl);
  const saved = await store.webhookRegistration.get();
  const ours: Webhook[] = [];
  for await (const webhook of aircall.webhooks.listAll({}, { signal, lane: 'interactive' })) {
    if (webhook.url === url) ours.push(webhook);
  }
  const kept = ours.find((webhook) => webhook.webhook_id === saved?.webhookId) ?? ours[0];
  for (const duplicate of ours.filter((webhook) => webhook !== kept)) {
    await aircall.webhooks.delete(duplicate.webhook_id, { signal, lane: 'interactive' });
  }

  let webhook: Webhook;
  let outcome: ReconcileOutcome;
  if (!kept) {
    webhook = await aircall.webhooks.create({ url, custom_name: customName }, { signal, lane: 'interactive' });
    outcome = 'created';
  } else if (!kept.active) {
    // Aircall disables a webhook after repeated failed deliveries. PUT without `events` would subscribe it to every
    // event anyway; sending its own list keeps it exactly as it was.
    webhook = await aircall.webhooks.update(
      kept.webhook_id,
      { active: true, events: kept.events },
      { signal, lane: 'interactive' },
    );
    outcome = 'reactivated';
  } else {
    webhook = kept;
    outcome = 'unchanged';
  }
  await store.webhookRegistration.save({
    webhookId: webhook.webhook_id,
    url,
    token: webhook.token,
    active: webhook.active,
  });
  logger.info({ webhookId: webhook.webhook_id, outcome, duplicatesRemoved: ours.length - (kept ? 1 : 0) }, 'webhook');
  return outcome;
}

import type { Logger } from 'pino';
import { describeError } from '../privacy';
import type { Store } from '../store';
import { applyContext, applyWebhookBatch, type InboxPayload } from './apply-event';
import { liveHubOf } from './hub';

export interface InboxWorkerOptions {
  /** Events claimed per round trip. Default 200. */
  batchSize?: number;
  /** How often the inbox is looked at without a wake-up (events received by other instances, retries). Default 1 s. */
  pollMs?: number;
}

interface WorkerDeps {
  store: Store;
  logger: Logger;
}

/**
 * Applies every claimable event of the inbox, oldest first, a claimed batch at a time (see `applyWebhookBatch`), and
 * publishes what changed; answers how many were applied. An event that fails is released with its error and retried by a later pass (the inbox gives up after
 * its attempt limit); one bad event never blocks the others.
 */
export async function applyPendingWebhooks(deps: WorkerDeps, batchSize = 200): Promise<number> {
  let applied = 0;
  for (;;) {
    const batch = await deps.store.webhookInbox.claimUnapplied(batchSize);
    const { events, failures } = await applyWebhookBatch(
      applyContext(deps.store),
      batch.map((entry) => entry.payload as unknown as InboxPayload),
    );
    const done: number[] = [];
    for (const [index, entry] of batch.entries()) {
      if (!failures.has(index)) {
        done.push(entry.id);
        continue;
      }
      const failure = failures.get(index);
      deps.logger.warn({ inboxId: entry.id, event: entry.event, err: failure }, 'webhook event not applied');
      await deps.store.webhookInbox.markFailed(entry.id, describeError(failure).message);
    }
    // The batch's notices in one transaction, published before the events are marked applied (one statement): a
    // crash in between repeats notices, never loses one.
    await deps.store.events.publishMany(events.map((event) => ({ type: event.type, data: event })));
    await deps.store.webhookInbox.markAllApplied(done);
    applied += done.length;
    if (batch.length < batchSize) return applied;
  }
}

/**
 * Runs `applyPendingWebhooks` whenever this process's receiver stores an event, and every `pollMs` for the rest.
 * Every instance runs one: claims are exclusive, so they share the inbox without applying an event twice at once.
 */
export function startInboxWorker(deps: WorkerDeps, options: InboxWorkerOptions = {}) {
  const hub = liveHubOf(deps.store);
  const pollMs = options.pollMs ?? 1_000;
  let stopped = false;
  let again = false;
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;

  function schedule(): void {
    clearTimeout(timer);
    if (!stopped) timer = setTimeout(run, pollMs);
  }

  function run(): void {
    if (stopped) return;
    if (running) {
      again = true; // an event arrived mid-pass: look once more when this pass ends
      return;
    }
    again = false;
    running = applyPendingWebhooks(deps, options.batchSize)
      .then(() => undefined)
      .catch((error: unknown) => deps.logger.error({ err: error }, 'webhook inbox pass failed'))
      .finally(() => {
        running = undefined;
        if (again) run();
        else schedule();
      });
  }

  const unsubscribe = hub.onStored(run);
  run();
  return {
    /** Lets the pass in progress finish (its events are applied and published), then stops. */
    async stop(): Promise<void> {
      stopped = true;
      unsubscribe();
      clearTimeout(timer);
      await running;
    },
  };
}

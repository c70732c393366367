import type { SimEvent } from './events';
import type { WebhookRecord } from './store/records';
import type { World } from './world';

export interface WebhookDeliveryOptions {
  /** Used to POST events; default globalThis.fetch. Inject to receive events in-process. */
  fetch?: typeof fetch;
  /** Consecutive failed attempts after which a webhook is deactivated. Default 50 (the reference's fifty). */
  maxConsecutiveFailures?: number;
  /** First retry delay, doubled on every further retry of the same event up to `maxRetryDelayMs`. Default 5 s. */
  retryDelayMs?: number;
  /** Default 10 minutes. */
  maxRetryDelayMs?: number;
  /** A delivery slower than this fails. Default 5 s, as Aircall. */
  timeoutMs?: number;
}

export interface DeliveryAttempt {
  webhookId: string;
  event: string;
  attempt: number;
  at: number;
  /** HTTP status answered, or null when the request failed (timeout, refused...). */
  status: number | null;
  ok: boolean;
  error?: string;
}

/**
 * Delivers events to the company's webhooks: `{resource, event, timestamp, token, data}` POSTed to every active
 * webhook subscribed to the event (an empty list means every event). Failures (non-2xx or slower than 5 s) are
 * retried with exponential backoff on the simulator's clock; after `maxConsecutiveFailures` consecutive failures the
 * webhook is deactivated until a PUT re-activates it.
 */
export class WebhookDispatcher {
  readonly log: DeliveryAttempt[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private readonly options: Required<WebhookDeliveryOptions>;

  constructor(
    private readonly world: World,
    options: WebhookDeliveryOptions = {},
  ) {
    this.options = {
      fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
      maxConsecutiveFailures: options.maxConsecutiveFailures ?? 50,
      retryDelayMs: options.retryDelayMs ?? 5_000,
      maxRetryDelayMs: options.maxRetryDelayMs ?? 600_000,
      timeoutMs: options.timeoutMs ?? 5_000,
    };
    world.events.subscribe((event) => this.dispatch(event));
  }

  /** Resolves once every delivery started so far has settled (retries scheduled later are not awaited). */
  async settle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private dispatch(event: SimEvent): void {
    for (const webhook of this.world.store.webhooks.values()) {
      if (webhook.active && (webhook.events.length === 0 || webhook.events.includes(event.event))) {
        this.attempt(webhook, event, 1);
      }
    }
  }

  private attempt(webhook: WebhookRecord, event: SimEvent, attempt: number): void {
    const delivery = this.post(webhook, event, attempt).finally(() => this.inFlight.delete(delivery));
    this.inFlight.add(delivery);
  }

  private async post(webhook: WebhookRecord, event: SimEvent, attempt: number): Promise<void> {
    const payload = {
      resource: event.resource,
      event: event.event,
      timestamp: event.timestamp,
      token: webhook.token,
      data: event.data,
    };
    const record: DeliveryAttempt = {
      webhookId: webhook.webhookId,
      event: event.event,
      attempt,
      at: this.world.now(),
      status: null,
      ok: false,
    };
    try {
      const response = await this.options.fetch(webhook.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'User-Agent': 'Aircall-Simulator-Webhooks/1.0' },
        body: JSON.stringify(payload),
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      await response.body?.cancel();
      record.status = response.status;
      record.ok = response.ok;
    } catch (error) {
      record.error = error instanceof Error ? error.name : 'Error';
    }
    this.log.push(record);
    if (this.log.length > 1000) this.log.shift();
    if (record.ok) {
      webhook.consecutiveFailures = 0;
      return;
    }
    webhook.consecutiveFailures++;
    if (webhook.consecutiveFailures >= this.options.maxConsecutiveFailures) {
      webhook.active = false;
      return;
    }
    const delay = Math.min(this.options.retryDelayMs * 2 ** (attempt - 1), this.options.maxRetryDelayMs);
    this.world.timeline.after(delay, () => {
      // Deleted, replaced by a reset, or deactivated meanwhile: the event is dropped.
      if (webhook.active && this.world.store.webhooks.get(webhook.id) === webhook)
        this.attempt(webhook, event, attempt + 1);
    });
  }
}

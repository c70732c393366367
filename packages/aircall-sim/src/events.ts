import type { WebhookEventName } from './rules';

/** One webhook-worthy event, before it is addressed to a webhook (which adds its token). */
export interface SimEvent {
  resource:
    | 'user'
    | 'call'
    | 'number'
    | 'contact'
    | 'transcription'
    | 'summary'
    | 'sentiment'
    | 'topics'
    | 'action_item';
  event: WebhookEventName;
  /** UNIX seconds, when the payload was built. */
  timestamp: number;
  data: Record<string, unknown>;
}

export type EventListener = (event: SimEvent) => void;

export class EventBus {
  private readonly listeners = new Set<EventListener>();
  /** The most recent events, newest last, for the control API. */
  readonly recent: SimEvent[] = [];

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(event: SimEvent): void {
    this.recent.push(event);
    if (this.recent.length > 500) this.recent.shift();
    for (const listener of this.listeners) listener(event);
  }
}

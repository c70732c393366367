import { AssetSigner } from './assets';
import type { SimClock } from './clock';
import { Timeline } from './clock';
import { CallEngine } from './engine/call-engine';
import { buildInsights, type InsightKind, insightEvents, insightsReadyAt } from './engine/insights';
import type { SimEvent } from './events';
import { EventBus } from './events';
import { Faults } from './faults';
import type { RateLimitOptions } from './http/rate-limit';
import { RateLimiter } from './http/rate-limit';
import { Random } from './random';
import type { WebhookEventName } from './rules';
import type { SeedSizes } from './seed';
import { seedStore } from './seed';
import { availabilityOf, Views } from './serialize';
import type { CallRecord, UserRecord } from './store/records';
import type { Store } from './store/store';
import type { WebhookDeliveryOptions } from './webhooks';
import { WebhookDispatcher } from './webhooks';

export interface WorldOptions {
  seed: number;
  sizes: SeedSizes;
  clock: SimClock;
  wakeWithRealTimers: boolean;
  rateLimit: RateLimitOptions | false;
  webhooks: WebhookDeliveryOptions;
}

/** Everything a request handler may touch. `store` is replaced on reset, so read it per request. */
export class World {
  store: Store;
  seed: number;
  sizes: SeedSizes;
  readonly timeline: Timeline;
  readonly assets: AssetSigner;
  readonly rateLimiter: RateLimiter | null;
  readonly events = new EventBus();
  /** Randomness of the live engine and of faults, seeded so runs repeat. */
  random: Random;
  /** Origin used for links inside webhook payloads: the one clients last called the API on. */
  publicOrigin = 'http://aircall.sim';
  readonly engine: CallEngine;
  readonly webhooks: WebhookDispatcher;
  readonly faults = new Faults(() => this.random);

  constructor(options: WorldOptions) {
    this.seed = options.seed;
    this.sizes = options.sizes;
    this.timeline = new Timeline(options.clock, options.wakeWithRealTimers);
    this.assets = new AssetSigner(`aircall-sim-${options.seed}`);
    this.rateLimiter = options.rateLimit ? new RateLimiter(options.rateLimit, () => this.now()) : null;
    this.random = new Random(options.seed ^ 0x5eed);
    this.store = seedStore(this.seed, this.sizes, this.now());
    this.engine = new CallEngine(this);
    this.webhooks = new WebhookDispatcher(this, options.webhooks);
  }

  now(): number {
    return this.timeline.now();
  }

  views(origin: string): Views {
    return new Views(this.store, origin, this.now(), this.assets);
  }

  /** Fresh seeded state: pending timers and faults are dropped and the rate-limit window starts empty. */
  reseed(seed = this.seed, sizes: Partial<SeedSizes> = {}): void {
    this.seed = seed;
    this.sizes = { ...this.sizes, ...sizes };
    this.timeline.clear();
    this.rateLimiter?.reset();
    this.random = new Random(seed ^ 0x5eed);
    this.store = seedStore(this.seed, this.sizes, this.now());
    this.faults.clear();
    this.engine.reset();
  }

  /** Publishes an event; `data` is rendered now, as Aircall does ("modelization of the resource at the timestamp"). */
  emit(event: WebhookEventName, data: (views: Views) => Record<string, unknown>): void {
    const resource = event.slice(0, event.indexOf('.')) as SimEvent['resource'];
    const timestamp = Math.floor(this.now() / 1000);
    this.events.publish({ resource, event, timestamp, data: data(this.views(this.publicOrigin)) });
  }

  emitCall(event: WebhookEventName, call: CallRecord): void {
    this.emit(event, (views) => views.call(call, { fetchContact: true, forWebhook: true }));
  }

  emitUser(event: WebhookEventName, user: UserRecord): void {
    this.emit(event, (views) => views.userDetail(user));
  }

  /** What the AI made of a call, once it is done with it; null for calls it has nothing on (yet). */
  insights(call: CallRecord): Record<InsightKind, Record<string, unknown>> | null {
    const readyAt = insightsReadyAt(call);
    if (readyAt === null || readyAt > this.now()) return null;
    return buildInsights(call, call.userId === null ? undefined : this.store.users.get(call.userId), this.seed);
  }

  /** `transcription.created`, `summary.created`… with the insight as `data`, when the call has them. */
  emitInsights(call: CallRecord): void {
    const insights = this.insights(call);
    if (!insights) return;
    for (const [event, kind] of Object.entries(insightEvents))
      this.emit(event as WebhookEventName, () => insights[kind]);
  }

  /** Available to take a call: chose to be available, within working hours, not on a call or wrapping up. */
  isAvailable(user: UserRecord): boolean {
    return availabilityOf(user) === 'available';
  }
}

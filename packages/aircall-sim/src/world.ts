import { AssetSigner } from './assets';
import type { SimClock } from './clock';
import { Timeline } from './clock';
import type { RateLimitOptions } from './http/rate-limit';
import { RateLimiter } from './http/rate-limit';
import type { SeedSizes } from './seed';
import { seedStore } from './seed';
import { Views } from './serialize';
import type { Store } from './store/store';

export interface WorldOptions {
  seed: number;
  sizes: SeedSizes;
  clock: SimClock;
  wakeWithRealTimers: boolean;
  rateLimit: RateLimitOptions | false;
}

/** Everything a request handler may touch. `store` is replaced on reset, so read it per request. */
export class World {
  store: Store;
  seed: number;
  sizes: SeedSizes;
  readonly timeline: Timeline;
  readonly assets: AssetSigner;
  readonly rateLimiter: RateLimiter | null;

  constructor(options: WorldOptions) {
    this.seed = options.seed;
    this.sizes = options.sizes;
    this.timeline = new Timeline(options.clock, options.wakeWithRealTimers);
    this.assets = new AssetSigner(`aircall-sim-${options.seed}`);
    this.rateLimiter = options.rateLimit ? new RateLimiter(options.rateLimit, () => this.now()) : null;
    this.store = seedStore(this.seed, this.sizes, this.now());
  }

  now(): number {
    return this.timeline.now();
  }

  views(origin: string): Views {
    return new Views(this.store, origin, this.now(), this.assets);
  }

  /** Fresh seeded state: pending timers are dropped and the rate-limit window starts empty. */
  reseed(seed = this.seed, sizes: Partial<SeedSizes> = {}): void {
    this.seed = seed;
    this.sizes = { ...this.sizes, ...sizes };
    this.timeline.clear();
    this.rateLimiter?.reset();
    this.store = seedStore(this.seed, this.sizes, this.now());
  }
}

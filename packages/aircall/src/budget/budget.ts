import type { Clock } from '../clock';
import { RateLimitedError } from '../errors';
import type { RateObservation } from './bucket';
import { type BudgetPolicy, LANES, type Lane } from './policy';
import type { BudgetStore } from './store';

/** What to do when Aircall has refused us (429) and the cooldown is not over: fail at once, or wait for it. */
export type WhenRateLimited = 'fail' | 'wait';

export interface AcquireOptions {
  signal?: AbortSignal;
  whenRateLimited: WhenRateLimited;
  /** Names the request in a RateLimitedError. */
  method: string;
  path: string;
}

export interface Permit {
  /** Tokens left after this request took its own. */
  remaining: number;
  /** How long the request queued for its token. */
  waitedMs: number;
}

interface Waiter extends AcquireOptions {
  lane: Lane;
  enqueuedAt: number;
  resolve(permit: Permit): void;
  reject(reason: unknown): void;
}

/**
 * Hands out the store's tokens to this process's requests, highest lane first and first come first served within
 * a lane. One pump asks the store for the head of the queue and sleeps until the store says a token will be there;
 * a newcomer of a higher lane wakes it early (its lane may have a token that the head's lane may not touch).
 * Lanes also hold across processes: the store's reserves make lower lanes leave tokens for higher ones.
 */
export class Budget {
  private readonly queues: Record<Lane, Waiter[]> = { live: [], interactive: [], background: [] };
  private pumping = false;
  private wake: AbortController | undefined;
  private inFlight = 0;

  constructor(
    private readonly store: BudgetStore,
    readonly policy: BudgetPolicy,
    private readonly clock: Clock,
  ) {}

  acquire(lane: Lane, options: AcquireOptions): Promise<Permit> {
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<Permit>((resolve, reject) => {
      const detach = () => signal?.removeEventListener('abort', onAbort);
      const waiter: Waiter = {
        ...options,
        lane,
        enqueuedAt: this.clock.now(),
        resolve: (permit) => {
          detach();
          resolve(permit);
        },
        reject: (reason) => {
          detach();
          reject(reason);
        },
      };
      const onAbort = () => {
        if (!this.remove(waiter)) return;
        waiter.reject(signal?.reason);
        this.wake?.abort(); // the pump may be sleeping on this waiter's behalf
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const wasHead = this.head();
      this.queues[lane].push(waiter);
      if (wasHead === undefined || LANES.indexOf(lane) < LANES.indexOf(wasHead.lane)) this.wake?.abort();
      void this.pump();
    });
  }

  /** Feeds the store with what a response said; call once per answered (or failed) request. */
  async settle(observation: Omit<RateObservation, 'inFlight' | 'now'>): Promise<void> {
    this.inFlight = Math.max(0, this.inFlight - 1);
    await this.store.observe({ ...observation, now: this.clock.now(), inFlight: this.inFlight }, this.policy);
  }

  /** Tokens available right now, for hooks and health pages. */
  async remaining(): Promise<number> {
    return (await this.store.peek(this.clock.now(), this.policy)).available;
  }

  private head(): Waiter | undefined {
    for (const lane of LANES) {
      const first = this.queues[lane][0];
      if (first) return first;
    }
    return undefined;
  }

  private remove(waiter: Waiter): boolean {
    const queue = this.queues[waiter.lane];
    const index = queue.indexOf(waiter);
    if (index < 0) return false;
    queue.splice(index, 1);
    return true;
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      for (let waiter = this.head(); waiter; waiter = this.head()) {
        const now = this.clock.now();
        let result: Awaited<ReturnType<BudgetStore['take']>>;
        try {
          result = await this.store.take(waiter.lane, now, this.policy);
        } catch (storeFailure) {
          this.remove(waiter);
          waiter.reject(storeFailure);
          continue;
        }
        if (!this.remove(waiter)) {
          // Aborted while the store answered: give nothing back (the store cannot un-take), just move on.
          continue;
        }
        if (result.granted) {
          this.inFlight += 1;
          waiter.resolve({ remaining: result.remaining, waitedMs: now - waiter.enqueuedAt });
          continue;
        }
        if (result.cause === 'cooldown' && waiter.whenRateLimited === 'fail') {
          waiter.reject(
            new RateLimitedError('Aircall rate limit reached; cooling down', {
              method: waiter.method,
              path: waiter.path,
              retryAt: result.cooldownUntil,
            }),
          );
          continue;
        }
        this.queues[waiter.lane].unshift(waiter);
        this.wake = new AbortController();
        await this.clock.sleep(result.waitMs, this.wake.signal);
        this.wake = undefined;
      }
    } finally {
      this.pumping = false;
    }
  }
}

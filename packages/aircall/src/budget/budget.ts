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
  /** Who the request is for (a person, a bulk job): served in turn with the others of its lane. Default: no one. */
  party?: string;
}

export interface Permit {
  /** Requests the window still has room for after this one. */
  remaining: number;
  /** How long the request queued for its turn. */
  waitedMs: number;
}

interface Waiter extends AcquireOptions {
  lane: Lane;
  party: string;
  enqueuedAt: number;
  resolve(permit: Permit): void;
  reject(reason: unknown): void;
}

/** Parties remembered for turn-taking; past this the memory starts afresh (everyone equal again). */
const maxRememberedParties = 10_000;

/**
 * Hands out the store's budget to this process's requests: the highest lane first; within a lane, parties take
 * turns (the one served least recently goes next), so one person's or one job's burst cannot make everyone else
 * wait behind it, and a party holding its share of the window waits while the others go. One pump asks the store
 * for the request chosen and sleeps until the store says there will be room; a newcomer that may be served sooner
 * (a higher lane, or any party while the waiting ones all hold their share) wakes it early. Lanes and shares also
 * hold across processes: they are rules of the shared store.
 */
export class Budget {
  private readonly queues: Record<Lane, Waiter[]> = { live: [], interactive: [], background: [] };
  private pumping = false;
  private wake: AbortController | undefined;
  /** Why the pump sleeps: the lane it waits for room in, or 'shares' when every waiting party holds its share. */
  private sleepingFor: Lane | 'shares' | undefined;
  private inFlight = 0;
  private grants = 0;
  /** The grant number of each party's last request: the lowest goes next. */
  private readonly lastServed = new Map<string, number>();
  /** Parties holding their share of the window, until when. */
  private readonly heldUntil = new Map<string, number>();

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
        party: options.party ?? '',
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
      this.queues[lane].push(waiter);
      const sleeping = this.sleepingFor;
      if (sleeping === 'shares' || (sleeping !== undefined && LANES.indexOf(lane) < LANES.indexOf(sleeping))) {
        this.wake?.abort();
      }
      void this.pump();
    });
  }

  /** Feeds the store with what a response said; call once per answered (or failed) request. */
  async settle(observation: Omit<RateObservation, 'inFlight' | 'now'>): Promise<void> {
    this.inFlight = Math.max(0, this.inFlight - 1);
    await this.store.observe({ ...observation, now: this.clock.now(), inFlight: this.inFlight }, this.policy);
  }

  /** Requests a live action could send right now, for hooks and health pages. */
  async remaining(): Promise<number> {
    return (await this.store.peek(this.clock.now(), this.policy)).available;
  }

  /** The request to serve next: highest lane first, then the party served least recently, then arrival order. */
  private next(now: number): Waiter | undefined {
    for (const lane of LANES) {
      let chosen: Waiter | undefined;
      for (const waiter of this.queues[lane]) {
        if ((this.heldUntil.get(waiter.party) ?? 0) > now) continue;
        if (!chosen || this.turn(waiter) < this.turn(chosen)) chosen = waiter;
      }
      if (chosen) return chosen;
    }
    return undefined;
  }

  private turn(waiter: Waiter): number {
    return this.lastServed.get(waiter.party) ?? -1;
  }

  /** When the first waiting party stops holding its share; undefined when nobody waits. */
  private firstRelease(): number | undefined {
    let first: number | undefined;
    for (const lane of LANES) {
      for (const waiter of this.queues[lane]) {
        const until = this.heldUntil.get(waiter.party) ?? 0;
        if (first === undefined || until < first) first = until;
      }
    }
    return first;
  }

  private remove(waiter: Waiter): boolean {
    const queue = this.queues[waiter.lane];
    const index = queue.indexOf(waiter);
    if (index < 0) return false;
    queue.splice(index, 1);
    return true;
  }

  private async sleep(ms: number, reason: Lane | 'shares'): Promise<void> {
    this.wake = new AbortController();
    this.sleepingFor = reason;
    await this.clock.sleep(ms, this.wake.signal);
    this.wake = undefined;
    this.sleepingFor = undefined;
  }

  private served(party: string): void {
    if (this.lastServed.size >= maxRememberedParties) this.lastServed.clear();
    this.lastServed.set(party, ++this.grants);
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      for (;;) {
        const now = this.clock.now();
        const waiter = this.next(now);
        if (!waiter) {
          const release = this.firstRelease();
          if (release === undefined) return;
          await this.sleep(release - now, 'shares');
          continue;
        }
        let result: Awaited<ReturnType<BudgetStore['take']>>;
        try {
          result = await this.store.take(waiter.lane, now, this.policy, waiter.party || undefined);
        } catch (storeFailure) {
          if (this.remove(waiter)) waiter.reject(storeFailure);
          continue;
        }
        if (!this.queues[waiter.lane].includes(waiter)) {
          // Aborted while the store answered: give nothing back (the store cannot un-take), just move on.
          continue;
        }
        if (result.granted) {
          this.remove(waiter);
          this.served(waiter.party);
          this.inFlight += 1;
          waiter.resolve({ remaining: result.remaining, waitedMs: now - waiter.enqueuedAt });
          continue;
        }
        if (result.cause === 'cooldown' && waiter.whenRateLimited === 'fail') {
          this.remove(waiter);
          waiter.reject(
            new RateLimitedError('Aircall rate limit reached; cooling down', {
              method: waiter.method,
              path: waiter.path,
              retryAt: result.cooldownUntil,
            }),
          );
          continue;
        }
        if (result.cause === 'party') {
          this.heldUntil.set(waiter.party, now + result.waitMs); // the others of its lane go meanwhile
          continue;
        }
        await this.sleep(result.waitMs, waiter.lane);
      }
    } finally {
      this.pumping = false;
    }
  }
}

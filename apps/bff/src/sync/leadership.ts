import type { Store } from '../store';

export interface LeadershipOptions {
  /** The lease's name: one leader per name. */
  name: string;
  /** This instance, unique among those sharing the database. */
  holderId: string;
  /** A leader that stops renewing (it died) is replaced this long after its last renewal. */
  ttlMs: number;
}

/**
 * One leader among the instances sharing a store, by a lease in the database: `tick()` takes the lease when it is
 * free or expired and renews it when it is ours, and answers whether this instance leads. Call it well within the
 * TTL (a third of it) so a live leader never loses the lease; a dead one loses it when the TTL runs out.
 */
export function createLeadership(store: Store, options: LeadershipOptions) {
  let leading = false;
  return {
    get leading(): boolean {
      return leading;
    },
    async tick(): Promise<boolean> {
      leading = await store.leases.tryAcquire(options.name, options.holderId, options.ttlMs);
      return leading;
    },
    /** Hands the lease over at once (graceful shutdown) instead of making the others wait for the TTL. */
    async release(): Promise<void> {
      leading = false;
      await store.leases.release(options.name, options.holderId);
    },
  };
}

export type Leadership = ReturnType<typeof createLeadership>;

import {
  available,
  type BucketState,
  initialBucket,
  observe,
  type RateObservation,
  type TakeResult,
  take,
} from './bucket';
import type { BudgetPolicy, Lane } from './policy';

/**
 * Where a budget's state lives. Each method must be atomic with respect to every other user of the same store:
 * the memory store is trivially so within one process; a PostgreSQL store can lock the row (`SELECT … FOR
 * UPDATE`), apply the exported pure functions `take` / `observe` from ./bucket, and write the row back, all in one
 * transaction. Requests never wait inside the store: `take` answers at once, granted or with the wait.
 */
export interface BudgetStore {
  /** Refills, then takes one token for `lane` unless in cooldown or below the lane's reserve. */
  take(lane: Lane, now: number, policy: BudgetPolicy): Promise<TakeResult>;
  /** Applies what a response said about the company's budget (see `RateObservation`). */
  observe(observation: RateObservation, policy: BudgetPolicy): Promise<void>;
  /** Tokens available right now and the end of any cooldown, without taking anything. */
  peek(now: number, policy: BudgetPolicy): Promise<{ available: number; cooldownUntil: number }>;
}

/** The budget of one process. */
export function createMemoryBudgetStore(): BudgetStore {
  let state: BucketState | undefined;
  const current = (policy: BudgetPolicy, now: number) => {
    state ??= initialBucket(policy, now);
    return state;
  };
  return {
    async take(lane, now, policy) {
      const outcome = take(current(policy, now), policy, lane, now);
      state = outcome.state;
      return outcome.result;
    },
    async observe(observation, policy) {
      state = observe(current(policy, observation.now), policy, observation);
    },
    async peek(now, policy) {
      const bucket = current(policy, now);
      return { available: available(bucket, policy, now), cooldownUntil: bucket.cooldownUntil };
    },
  };
}

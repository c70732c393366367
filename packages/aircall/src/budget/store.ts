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
  /**
   * Grants one request of `lane` for `party` unless in cooldown, the window has no room left for the lane, or the
   * party already holds its share of the window.
   */
  take(lane: Lane, now: number, policy: BudgetPolicy, party?: string): Promise<TakeResult>;
  /** Applies what a response said about the company's budget (see `RateObservation`). */
  observe(observation: RateObservation, policy: BudgetPolicy): Promise<void>;
  /** Requests a live action could send right now and the end of any cooldown, without taking anything. */
  peek(now: number, policy: BudgetPolicy): Promise<{ available: number; cooldownUntil: number }>;
}

/** The budget of one process. */
export function createMemoryBudgetStore(): BudgetStore {
  let state: BucketState = initialBucket();
  return {
    async take(lane, now, policy, party) {
      const outcome = take(state, policy, lane, now, party);
      state = outcome.state;
      return outcome.result;
    },
    async observe(observation, policy) {
      state = observe(state, policy, observation);
    },
    async peek(now, policy) {
      return { available: available(state, policy, now), cooldownUntil: state.cooldownUntil };
    },
  };
}

import {
  type BucketState,
  type BudgetPolicy,
  type BudgetStore,
  bucketAvailable,
  initialBucket,
  observeBucket,
  takeFromBucket,
} from '@switchboard/aircall';
import { eq } from 'drizzle-orm';
import type { Database } from './db';
import { budgetState } from './schema';

/**
 * The client's token bucket kept in one row, so every instance on the database draws from one company budget.
 * Each operation locks the row (`SELECT … FOR UPDATE`), applies the client's pure transition and writes it back in
 * one transaction: two instances can never both spend the last token.
 */
export function createSqlBudgetStore(db: Database, key = 'aircall'): BudgetStore {
  async function transition<Result>(
    policy: BudgetPolicy,
    now: number,
    step: (state: BucketState) => { state: BucketState; result: Result },
  ): Promise<Result> {
    return db.transaction(async (tx) => {
      await tx
        .insert(budgetState)
        .values({ key, ...storable(initialBucket(policy, now)) })
        .onConflictDoNothing();
      const [row] = await tx.select().from(budgetState).where(eq(budgetState.key, key)).for('update');
      if (!row) throw new Error('budget row vanished inside its transaction');
      const before = { tokens: row.tokens, updatedAt: row.updatedAt, cooldownUntil: row.cooldownUntil };
      const { state, result } = step(before);
      if (state !== before) await tx.update(budgetState).set(storable(state)).where(eq(budgetState.key, key));
      return result;
    });
  }

  // The pure functions return their input when nothing changed (a peek, a refused take at the same instant).
  return {
    take: (lane, now, policy) => transition(policy, now, (state) => takeFromBucket(state, policy, lane, now)),
    observe: (observation, policy) =>
      transition(policy, observation.now, (state) => ({
        state: observeBucket(state, policy, observation),
        result: undefined,
      })),
    peek: (now, policy) =>
      transition(policy, now, (state) => ({
        state,
        result: { available: bucketAvailable(state, policy, now), cooldownUntil: state.cooldownUntil },
      })),
  };
}

/** Instants are whole milliseconds in the row; rounding up only ever delays a refill or extends a cooldown. */
function storable(state: BucketState): BucketState {
  return { tokens: state.tokens, updatedAt: Math.ceil(state.updatedAt), cooldownUntil: Math.ceil(state.cooldownUntil) };
}

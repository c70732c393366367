import {
  type BucketState,
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
 * The client's budget kept in one row, so every instance on the database draws from one company budget.
 * Each operation locks the row (`SELECT … FOR UPDATE`), applies the client's pure transition and writes it back in
 * one transaction: two instances can never both take the last request of a window.
 */
export function createSqlBudgetStore(db: Database, key = 'aircall'): BudgetStore {
  async function transition<Result>(step: (state: BucketState) => { state: BucketState; result: Result }) {
    return db.transaction(async (tx) => {
      await tx
        .insert(budgetState)
        .values({ key, ...initialBucket() })
        .onConflictDoNothing();
      const [row] = await tx.select().from(budgetState).where(eq(budgetState.key, key)).for('update');
      if (!row) throw new Error('budget row vanished inside its transaction');
      const before: BucketState = {
        sent: row.sent,
        aircall: row.aircall ?? null,
        cooldownUntil: row.cooldownUntil,
        yieldUntil: row.yieldUntil,
      };
      const { state, result } = step(before);
      if (state !== before) await tx.update(budgetState).set(storable(state)).where(eq(budgetState.key, key));
      return result;
    });
  }

  // The pure functions return their input when nothing changed (a peek, a refusal with nothing to forget).
  return {
    take: (lane, now, policy, party) => transition((state) => takeFromBucket(state, policy, lane, now, party)),
    observe: (observation, policy) =>
      transition((state) => ({ state: observeBucket(state, policy, observation), result: undefined })),
    peek: (now, policy) =>
      transition((state) => ({
        state,
        result: { available: bucketAvailable(state, policy, now), cooldownUntil: state.cooldownUntil },
      })),
  };
}

/** Instants are whole milliseconds in the row; rounding up only ever extends a cooldown or a yield. */
function storable(state: BucketState): BucketState {
  return { ...state, cooldownUntil: Math.ceil(state.cooldownUntil), yieldUntil: Math.ceil(state.yieldUntil) };
}

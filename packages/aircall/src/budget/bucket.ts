import type { BudgetPolicy, Lane } from './policy';

/**
 * The whole shared state of a budget. Pure functions below compute every transition, so that a store shared by
 * several processes can apply them atomically (e.g. inside `SELECT … FOR UPDATE` in PostgreSQL).
 */
export interface BucketState {
  /** Tokens at `updatedAt` (fractional). */
  tokens: number;
  /** Instant the tokens were counted at; may lie in the future when refilling is paused until Aircall's reset. */
  updatedAt: number;
  /** After a 429: no request at all before this instant. */
  cooldownUntil: number;
}

export type TakeResult =
  | { granted: true /** whole tokens left after this one */; remaining: number }
  | { granted: false; cause: 'cooldown' | 'empty'; waitMs: number; cooldownUntil: number };

/** What a response said about the company's budget. */
export interface RateObservation {
  now: number;
  /** X-AircallApi-Remaining. */
  remaining?: number;
  /** X-AircallApi-Reset, epoch ms. */
  resetAt?: number;
  /** After a 429: Retry-After or the reset, epoch ms. */
  rateLimitedUntil?: number;
  /** Requests this process has sent that Aircall has probably not counted yet. */
  inFlight: number;
}

export function initialBucket(policy: BudgetPolicy, now: number): BucketState {
  return { tokens: policy.capacity, updatedAt: now, cooldownUntil: 0 };
}

export function refill(state: BucketState, policy: BudgetPolicy, now: number): BucketState {
  if (now <= state.updatedAt) return state;
  const tokens = Math.min(policy.capacity, state.tokens + (now - state.updatedAt) * policy.refillPerMs);
  return { ...state, tokens, updatedAt: now };
}

export function take(
  state: BucketState,
  policy: BudgetPolicy,
  lane: Lane,
  now: number,
): { state: BucketState; result: TakeResult } {
  const current = refill(state, policy, now);
  if (now < current.cooldownUntil) {
    const result = { granted: false, cause: 'cooldown', waitMs: current.cooldownUntil - now } as const;
    return { state: current, result: { ...result, cooldownUntil: current.cooldownUntil } };
  }
  const needed = 1 + policy.reserve[lane];
  if (current.updatedAt <= now && current.tokens >= needed) {
    const tokens = current.tokens - 1;
    return { state: { ...current, tokens }, result: { granted: true, remaining: Math.floor(tokens) } };
  }
  const pausedMs = Math.max(0, current.updatedAt - now);
  const waitMs = pausedMs + Math.ceil(Math.max(0, needed - current.tokens) / policy.refillPerMs);
  return {
    state: current,
    result: { granted: false, cause: 'empty', waitMs: Math.max(1, waitMs), cooldownUntil: current.cooldownUntil },
  };
}

/**
 * Corrects the bucket with what Aircall just said: never believe we have more tokens than Aircall has left (minus
 * what is still on the wire); when it has none left, refill only from its reset on; after a 429, cool down.
 */
export function observe(state: BucketState, policy: BudgetPolicy, observation: RateObservation): BucketState {
  let next = refill(state, policy, observation.now);
  if (observation.remaining !== undefined) {
    const left = Math.max(0, observation.remaining - observation.inFlight);
    next = { ...next, tokens: Math.min(next.tokens, left) };
    if (left === 0 && observation.resetAt !== undefined && observation.resetAt > next.updatedAt) {
      next = { ...next, tokens: 0, updatedAt: observation.resetAt };
    }
  }
  if (observation.rateLimitedUntil !== undefined) {
    const until = Math.max(next.cooldownUntil, observation.rateLimitedUntil);
    next = { tokens: 0, updatedAt: Math.max(next.updatedAt, until), cooldownUntil: until };
  }
  return next;
}

/** Whole tokens available to a lane right now (for hooks and health pages). */
export function available(state: BucketState, policy: BudgetPolicy, now: number): number {
  const current = refill(state, policy, now);
  return now < current.cooldownUntil || current.updatedAt > now ? 0 : Math.floor(current.tokens);
}

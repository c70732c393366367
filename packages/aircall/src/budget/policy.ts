/** Priority lanes, highest first: actions on ongoing calls, then people waiting on a screen, then sync jobs. */
export const LANES = ['live', 'interactive', 'background'] as const;
export type Lane = (typeof LANES)[number];

/** Token-bucket parameters, shared by every process that uses the same store. */
export interface BudgetPolicy {
  /** Most tokens the bucket holds: the largest burst. */
  capacity: number;
  /** Tokens added per millisecond. */
  refillPerMs: number;
  /** Tokens a lane must leave in the bucket for the lanes above it (live: 0). */
  reserve: Readonly<Record<Lane, number>>;
}

export interface BudgetPolicyOptions {
  /** Aircall's limit: requests per window for the whole company. Default 60. */
  limit?: number;
  /** Default 60 000 ms. */
  windowMs?: number;
  /** Part of the burst capacity the background lane may drain. Default 0.75. */
  backgroundShare?: number;
}

/**
 * Derives a bucket that can never exceed `limit` in any window of `windowMs`, whatever the server counts with
 * (fixed or rolling window): a bucket lets through at most `capacity + refill × window` per window, so both are
 * sized to stay a little under the limit. A small capacity keeps that sum honest while letting the refill run at
 * 95–97 % of the limit, which is what a sync needs; the reserves give live and interactive requests immediate
 * tokens while a sync keeps the bucket low.
 */
export function budgetPolicy(options: BudgetPolicyOptions = {}): BudgetPolicy {
  const { limit = 60, windowMs = 60_000, backgroundShare = 0.75 } = options;
  if (!(limit >= 3 && windowMs > 0 && backgroundShare > 0 && backgroundShare <= 1)) {
    throw new RangeError('budgetPolicy: limit >= 3, windowMs > 0 and 0 < backgroundShare <= 1 are required');
  }
  const capacity = Math.max(limit >= 60 ? 2 : 1, Math.ceil(limit * 0.015));
  // Covers requests the server counts a little earlier or later than we do (network jitter).
  const margin = Math.max(1, Math.ceil(limit * 0.005));
  const refillPerWindow = limit - capacity - margin;
  return {
    capacity,
    refillPerMs: refillPerWindow / windowMs,
    reserve: {
      live: 0,
      interactive: Math.floor(capacity / 8),
      background: Math.floor(capacity * (1 - backgroundShare)),
    },
  };
}

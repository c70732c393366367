/** Priority lanes, highest first: actions on ongoing calls, then people waiting on a screen, then sync jobs. */
export const LANES = ['live', 'interactive', 'background'] as const;
export type Lane = (typeof LANES)[number];

/** A rolling-window budget, shared by every process that uses the same store. */
export interface BudgetPolicy {
  windowMs: number;
  /** Most requests granted in any window of `windowMs`: the limit less a margin. */
  perWindow: number;
  /** Requests of a window a lane must leave to the lanes above it (live: 0). */
  reserve: Readonly<Record<Lane, number>>;
  /** Most requests of a window one party (a person, a bulk job) may hold, so that it cannot starve the others. */
  perParty: number;
}

export interface BudgetPolicyOptions {
  /** Aircall's limit: requests per window for the whole company. Default 60. */
  limit?: number;
  /** Default 60 000 ms. */
  windowMs?: number;
  /** Part of a window the background lane may use. Default 0.75. */
  backgroundShare?: number;
  /** Part of a window one party may use. Default 0.25. */
  partyShare?: number;
}

/**
 * Derives a budget that never grants more than `limit` in any window of `windowMs`, whatever the server counts with
 * (fixed or rolling window): every grant is remembered for a window, and a request goes out at once whenever the
 * window has room. A margin covers requests the server counts a little earlier or later than we do (network
 * jitter); the reserves keep room for live and interactive requests while a sync runs, and the party share keeps
 * room for everyone else while one person or one job floods a lane.
 */
export function budgetPolicy(options: BudgetPolicyOptions = {}): BudgetPolicy {
  const { limit = 60, windowMs = 60_000, backgroundShare = 0.75, partyShare = 0.25 } = options;
  const valid = (share: number) => share > 0 && share <= 1;
  if (!(limit >= 3 && windowMs > 0 && valid(backgroundShare) && valid(partyShare))) {
    throw new RangeError(
      'budgetPolicy: limit >= 3, windowMs > 0, 0 < backgroundShare <= 1 and 0 < partyShare <= 1 are required',
    );
  }
  const perWindow = limit - Math.max(1, Math.ceil(limit * 0.005));
  return {
    windowMs,
    perWindow,
    reserve: {
      live: 0,
      interactive: Math.max(1, Math.floor(limit * 0.05)),
      background: perWindow - Math.max(1, Math.floor(perWindow * backgroundShare)),
    },
    perParty: Math.max(1, Math.floor(perWindow * partyShare)),
  };
}

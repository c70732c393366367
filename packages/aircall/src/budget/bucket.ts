import type { BudgetPolicy, Lane } from './policy';

/** One request granted: when, in which lane, and for whom ('' for no one in particular: a sync, a script). */
export interface Grant {
  at: number;
  lane: Lane;
  party: string;
}

/**
 * The whole shared state of a budget. Pure functions below compute every transition, so that a store shared by
 * several processes can apply them atomically (e.g. inside `SELECT … FOR UPDATE` in PostgreSQL).
 */
export interface BucketState {
  /** The grants of the last window, oldest first. */
  sent: Grant[];
  /** Aircall's own count (X-AircallApi-Remaining / -Reset): what it still allows until `resetAt`. */
  aircall: { left: number; resetAt: number } | null;
  /** After a 429: no request at all before this instant. */
  cooldownUntil: number;
  /** A live or interactive request found no room: the background lane leaves every slot to them until then. */
  yieldUntil: number;
}

export type TakeResult =
  | { granted: true /** requests the window still has room for after this one */; remaining: number }
  | { granted: false; cause: 'cooldown' | 'empty' | 'party'; waitMs: number; cooldownUntil: number };

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

export function initialBucket(): BucketState {
  return { sent: [], aircall: null, cooldownUntil: 0, yieldUntil: 0 };
}

/** Forgets grants that left the window and an Aircall count whose window has reset. */
function current(state: BucketState, policy: BudgetPolicy, now: number): BucketState {
  const since = now - policy.windowMs;
  const stale = state.sent.findIndex((grant) => grant.at > since);
  const sent = stale === 0 ? state.sent : stale < 0 ? [] : state.sent.slice(stale);
  const aircall = state.aircall && now < state.aircall.resetAt ? state.aircall : null;
  return sent === state.sent && aircall === state.aircall ? state : { ...state, sent, aircall };
}

export function take(
  state: BucketState,
  policy: BudgetPolicy,
  lane: Lane,
  now: number,
  party = '',
): { state: BucketState; result: TakeResult } {
  const fresh = current(state, policy, now);
  const refuse = (cause: 'cooldown' | 'empty' | 'party', until: number) =>
    ({
      state: fresh,
      result: {
        granted: false,
        cause,
        waitMs: Math.max(1, Math.ceil(until - now)),
        cooldownUntil: fresh.cooldownUntil,
      },
    }) as const;
  if (now < fresh.cooldownUntil) return refuse('cooldown', fresh.cooldownUntil);
  const reserve = policy.reserve[lane];
  if (fresh.aircall && fresh.aircall.left <= reserve) return refuse('empty', fresh.aircall.resetAt);
  const room = policy.perWindow - reserve;
  if (fresh.sent.length >= room) {
    // Room comes back as the oldest grants leave the window; the lanes above a sync are then served first.
    const until = (fresh.sent[fresh.sent.length - room]?.at ?? now) + policy.windowMs;
    const refused = refuse('empty', until);
    if (lane === 'background') return refused;
    // Held a little past that instant: the waiting request may come back a few milliseconds late.
    const yieldUntil = Math.max(fresh.yieldUntil, until + policy.windowMs / policy.perWindow);
    return { ...refused, state: { ...fresh, yieldUntil } };
  }
  if (lane === 'background') {
    if (now < fresh.yieldUntil) return refuse('empty', fresh.yieldUntil);
    // Spread over the window rather than taken at once: a sync's slots then come back one by one, and the lanes
    // above never find a whole window held by it when they get busy.
    const spacingMs = policy.windowMs / room;
    const last = fresh.sent.findLast((grant) => grant.lane === 'background');
    if (last && now - last.at < spacingMs) return refuse('empty', last.at + spacingMs);
  }
  if (party) {
    const own = fresh.sent.filter((grant) => grant.party === party);
    if (own.length >= policy.perParty) {
      return refuse('party', (own[own.length - policy.perParty]?.at ?? now) + policy.windowMs);
    }
  }
  const sent = [...fresh.sent, { at: now, lane, party }];
  const aircall = fresh.aircall && { ...fresh.aircall, left: fresh.aircall.left - 1 };
  return {
    state: { ...fresh, sent, aircall },
    result: { granted: true, remaining: Math.min(policy.perWindow - sent.length, aircall?.left ?? Infinity) },
  };
}

/**
 * Corrects the budget with what Aircall just said: never believe the window has more room than Aircall has left
 * (minus what is still on the wire) until its reset; after a 429, cool down.
 */
export function observe(state: BucketState, policy: BudgetPolicy, observation: RateObservation): BucketState {
  const { now } = observation;
  let next = current(state, policy, now);
  if (observation.remaining !== undefined) {
    const left = Math.max(0, observation.remaining - observation.inFlight);
    next = { ...next, aircall: { left, resetAt: observation.resetAt ?? now + policy.windowMs } };
  }
  if (observation.rateLimitedUntil !== undefined) {
    const until = Math.max(next.cooldownUntil, observation.rateLimitedUntil);
    next = { ...next, aircall: { left: 0, resetAt: until }, cooldownUntil: until };
  }
  return next;
}

/** Requests a live action could send right now (for hooks and health pages). */
export function available(state: BucketState, policy: BudgetPolicy, now: number): number {
  const fresh = current(state, policy, now);
  if (now < fresh.cooldownUntil) return 0;
  return Math.max(0, Math.min(policy.perWindow - fresh.sent.length, fresh.aircall?.left ?? Infinity));
}

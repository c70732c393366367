import { AsyncLocalStorage } from 'node:async_hooks';
import {
  type AircallClient,
  type BudgetOptions,
  type BudgetPolicy,
  type BudgetStore,
  LANES,
  type Lane,
} from '@switchboard/aircall';
import type { SyncStatusResponse } from '@switchboard/contracts';
import type { Store } from '../store';

const minuteMs = 60_000;
const hourMs = 60 * minuteMs;

/** Counts what this process spent, per lane, and the 429s it met; read by the sync status page. */
class BudgetMeter {
  private readonly granted: { lane: Lane; at: number }[] = [];
  private readonly rateLimited: number[] = [];
  /** The shared store's cooldown as last read (every status read peeks first). */
  cooldownUntil = 0;

  constructor(readonly limitPerMinute: number) {}

  recordGrant(lane: Lane, at: number): void {
    this.granted.push({ lane, at });
    this.forget(at);
  }

  recordRateLimited(at: number): void {
    this.rateLimited.push(at);
    this.forget(at);
  }

  usage(now: number) {
    this.forget(now);
    const usedLastMinute = Object.fromEntries(LANES.map((lane) => [lane, 0])) as Record<Lane, number>;
    for (const grant of this.granted) usedLastMinute[grant.lane] += 1;
    return { usedLastMinute, rateLimitedLastHour: this.rateLimited.length };
  }

  private forget(now: number): void {
    while (this.granted[0] && this.granted[0].at <= now - minuteMs) this.granted.shift();
    while (this.rateLimited[0] !== undefined && this.rateLimited[0] <= now - hourMs) this.rateLimited.shift();
  }
}

/**
 * The client hands its own policy object to its store on every call; that identity links a client (whose
 * `budget.policy` is the same object) to the meter of the store it was built with, without widening AppContext.
 */
const meters = new WeakMap<BudgetPolicy, BudgetMeter>();

function metered(store: BudgetStore, meter: BudgetMeter): BudgetStore {
  return {
    async take(lane, now, policy, party) {
      meters.set(policy, meter);
      const result = await store.take(lane, now, policy, party);
      if (result.granted) meter.recordGrant(lane, now);
      return result;
    },
    async observe(observation, policy) {
      meters.set(policy, meter);
      if (observation.rateLimitedUntil !== undefined) meter.recordRateLimited(observation.now);
      await store.observe(observation, policy);
    },
    async peek(now, policy) {
      meters.set(policy, meter);
      const answer = await store.peek(now, policy);
      meter.cooldownUntil = answer.cooldownUntil;
      return answer;
    },
  };
}

const parties = new AsyncLocalStorage<string>();

/**
 * Runs `work` with every Aircall request it causes counted as `party`'s (a dashboard account): parties take turns
 * within a lane, and none may hold more than its share of a window, so one person's burst or bulk job cannot starve
 * the others. Work started from a request (a bulk job) stays its party's.
 */
export function asBudgetParty<T>(party: string, work: () => T): T {
  return parties.run(party, work);
}

/**
 * The client's budget options over the store's window: on PostgreSQL the shared `budget_state` row, so every
 * instance draws from the one company budget; on PGlite (one process) memory. Metered for the status page.
 */
export function aircallBudgetOptions(store: Store, options: { limitPerMinute?: number } = {}): BudgetOptions {
  const limitPerMinute = options.limitPerMinute ?? 60;
  return {
    limit: limitPerMinute,
    windowMs: minuteMs,
    store: metered(store.budget, new BudgetMeter(limitPerMinute)),
    party: () => parties.getStore(),
  };
}

/** The budget part of `GET /api/sync/status`. */
export async function budgetStatus(aircall: AircallClient, now: number): Promise<SyncStatusResponse['budget']> {
  const budget = aircall.budget;
  const nothingUsed = { live: 0, interactive: 0, background: 0 };
  if (!budget) {
    // A client built without a budget (tests, scripts) counts nothing.
    return {
      limitPerMinute: 60,
      available: 60,
      usedLastMinute: nothingUsed,
      pausedUntil: null,
      rateLimitedLastHour: 0,
    };
  }
  const available = await budget.remaining(); // peeks the store, which also links this client to its meter
  const meter = meters.get(budget.policy);
  const cooldownUntil = meter?.cooldownUntil ?? 0;
  return {
    limitPerMinute: meter?.limitPerMinute ?? 60,
    available,
    ...(meter?.usage(now) ?? { usedLastMinute: nothingUsed, rateLimitedLastHour: 0 }),
    pausedUntil: cooldownUntil > now ? Math.ceil(cooldownUntil / 1000) : null,
  };
}

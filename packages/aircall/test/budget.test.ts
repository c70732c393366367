import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BucketState,
  Budget,
  budgetPolicy,
  createMemoryBudgetStore,
  initialBucket,
  type Lane,
  observeBucket,
  RateLimitedError,
  takeFromBucket,
} from '../src';
import { createFakeClock } from './support/fake-clock';

const where = { method: 'GET', path: '/v1/calls' };

describe('budgetPolicy', () => {
  it.each([3, 10, 60, 600, 6_000])('keeps a margin under the limit (%i) and reserves for the lanes above', (limit) => {
    const policy = budgetPolicy({ limit, windowMs: 60_000 });
    expect(policy.perWindow).toBeLessThan(limit);
    expect(policy.perWindow).toBeGreaterThanOrEqual(Math.floor(limit * 0.99) - 1);
    expect(policy.reserve.live).toBe(0);
    expect(policy.reserve.interactive).toBeGreaterThan(0);
    expect(policy.reserve.background).toBeGreaterThanOrEqual(policy.reserve.interactive);
    expect(policy.perParty).toBeLessThan(policy.perWindow);
  });
});

describe('rolling window', () => {
  const policy = budgetPolicy({ limit: 60, windowMs: 60_000 }); // 59 per window; reserves 3 / 15; 14 per party
  const now = 1_000_000;

  /** Takes `count` requests at `at`, answering the state after and the results. */
  function takeMany(state: BucketState, count: number, at: number, lane: Lane = 'live', party?: string) {
    const results = [];
    for (let n = 0; n < count; n += 1) {
      const outcome = takeFromBucket(state, policy, lane, at, party);
      state = outcome.state;
      results.push(outcome.result);
    }
    return { state, results };
  }

  it('lets the whole window through at once, then one more each time the oldest request leaves it', () => {
    const { state, results } = takeMany(initialBucket(), policy.perWindow, now);
    expect(results.every((result) => result.granted)).toBe(true);
    const refused = takeFromBucket(state, policy, 'live', now + 1_000).result;
    expect(refused).toEqual({ granted: false, cause: 'empty', waitMs: 59_000, cooldownUntil: 0 });
    expect(takeFromBucket(state, policy, 'live', now + 60_000).result.granted).toBe(true);
  });

  it('never grants more than the window holds in any window, whenever requests come', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5_000 }), { minLength: 1, maxLength: 300 }), (gaps) => {
        let state = initialBucket();
        let at = now;
        const granted: number[] = [];
        for (const gap of gaps) {
          at += gap;
          const outcome = takeFromBucket(state, policy, 'live', at);
          state = outcome.state;
          if (outcome.result.granted) granted.push(at);
        }
        for (const start of granted) {
          const inWindow = granted.filter((instant) => instant >= start && instant < start + 60_000);
          expect(inWindow.length).toBeLessThanOrEqual(policy.perWindow);
        }
      }),
    );
  });

  it('keeps each lower lane out of the room it must leave to the lanes above', () => {
    const after = (count: number) => takeMany(initialBucket(), count, now).state;
    const granted = (state: BucketState, lane: Lane) => takeFromBucket(state, policy, lane, now).result.granted;
    const backgroundFull = after(policy.perWindow - policy.reserve.background);
    expect([granted(backgroundFull, 'background'), granted(backgroundFull, 'interactive')]).toEqual([false, true]);
    const interactiveFull = after(policy.perWindow - policy.reserve.interactive);
    expect([granted(interactiveFull, 'interactive'), granted(interactiveFull, 'live')]).toEqual([false, true]);
  });

  it('spreads the background lane over the window instead of letting a sync take its share at once', () => {
    const spacingMs = 60_000 / (policy.perWindow - policy.reserve.background);
    const { state, results } = takeMany(initialBucket(), 2, now, 'background');
    expect(results.map((result) => result.granted)).toEqual([true, false]);
    expect(results[1]).toMatchObject({ cause: 'empty', waitMs: Math.ceil(spacingMs) });
    expect(takeFromBucket(state, policy, 'background', now + Math.ceil(spacingMs)).result.granted).toBe(true);
    expect(takeFromBucket(state, policy, 'interactive', now).result.granted).toBe(true);
  });

  it('leaves the slots coming back to the lanes above while one of them waits for room', () => {
    const full = takeMany(initialBucket(), policy.perWindow - policy.reserve.interactive, now).state;
    const refused = takeFromBucket(full, policy, 'interactive', now + 1_000);
    expect(refused.result).toMatchObject({ granted: false, cause: 'empty', waitMs: 59_000 });
    // The first slot back goes to the interactive lane; the sync waits until the interactive one had its turn.
    expect(takeFromBucket(refused.state, policy, 'background', now + 60_010).result.granted).toBe(false);
    expect(takeFromBucket(refused.state, policy, 'interactive', now + 60_010).result.granted).toBe(true);
    expect(takeFromBucket(refused.state, policy, 'background', now + 62_000).result.granted).toBe(true);
  });

  it('believes Aircall when it has fewer requests left than the window, until its reset', () => {
    const observed = observeBucket(initialBucket(), policy, { now, remaining: 4, resetAt: now + 5_000, inFlight: 1 });
    const { state, results } = takeMany(observed, 4, now);
    expect(results.map((result) => result.granted)).toEqual([true, true, true, false]);
    expect(results[3]).toMatchObject({ cause: 'empty', waitMs: 5_000 });
    expect(takeFromBucket(state, policy, 'live', now + 5_000).result.granted).toBe(true);
  });

  it('cools down after a 429 until the given instant', () => {
    const state = observeBucket(initialBucket(), policy, { now, rateLimitedUntil: now + 30_000, inFlight: 0 });
    expect(takeFromBucket(state, policy, 'live', now + 29_999).result).toMatchObject({
      granted: false,
      cause: 'cooldown',
      waitMs: 1,
    });
    expect(takeFromBucket(state, policy, 'live', now + 30_000).result.granted).toBe(true);
  });

  it('holds one party to its share of the window while the others go', () => {
    const { state, results } = takeMany(initialBucket(), policy.perParty + 1, now, 'interactive', 'agent:1');
    expect(results.filter((result) => result.granted)).toHaveLength(policy.perParty);
    expect(results.at(-1)).toMatchObject({ granted: false, cause: 'party', waitMs: 60_000 });
    expect(takeFromBucket(state, policy, 'interactive', now, 'supervisor:2').result.granted).toBe(true);
    expect(takeFromBucket(state, policy, 'interactive', now).result.granted).toBe(true); // no one in particular
  });
});

describe('Budget (lanes, turns and waiting)', () => {
  const policy = budgetPolicy({ limit: 60, windowMs: 60_000 });

  /** A budget whose window is full until `clock.now() + 60 s`, one slot coming back every second after that. */
  async function fullBudget() {
    const clock = createFakeClock();
    const budget = new Budget(createMemoryBudgetStore(), policy, clock);
    for (let n = 0; n < policy.perWindow; n += 1) {
      await budget.acquire('live', { ...where, whenRateLimited: 'fail' });
      await clock.advance(1_000);
    }
    return { clock, budget };
  }

  const served =
    <T>(order: T[], label: T) =>
    () =>
      void order.push(label);

  it('serves live before interactive before background, whatever the arrival order', async () => {
    const { clock, budget } = await fullBudget();
    const order: Lane[] = [];
    const queued = (['background', 'interactive', 'background', 'live', 'interactive'] as const).map((lane) =>
      budget.acquire(lane, { ...where, whenRateLimited: 'fail' }).then(served(order, lane)),
    );
    await clock.run(Promise.all(queued));
    expect(order).toEqual(['live', 'interactive', 'interactive', 'background', 'background']);
  });

  it('lets parties of a lane take turns: a burst queued first does not go before the others', async () => {
    const { clock, budget } = await fullBudget();
    const order: string[] = [];
    const parties = ['agent', 'agent', 'agent', 'agent', 'supervisor', 'job'];
    const queued = parties.map((party) =>
      budget.acquire('interactive', { ...where, whenRateLimited: 'fail', party }).then(served(order, party)),
    );
    await clock.run(Promise.all(queued));
    expect(order).toEqual(['agent', 'supervisor', 'job', 'agent', 'agent', 'agent']);
  });

  it('serves a supervisor at once while one agent floods the lane with 80 requests', async () => {
    const clock = createFakeClock();
    const budget = new Budget(createMemoryBudgetStore(), policy, clock);
    const flood = Array.from({ length: 80 }, () =>
      budget.acquire('interactive', { ...where, whenRateLimited: 'fail', party: 'agent' }),
    );
    await clock.advance(10);
    const permit = await budget.acquire('interactive', { ...where, whenRateLimited: 'fail', party: 'supervisor' });
    expect(permit.waitedMs).toBe(0);
    const started = clock.now();
    const grantedAt: number[] = [];
    await clock.run(Promise.all(flood.map((request) => request.then(() => grantedAt.push(clock.now() - started)))));
    // The agent had its share at once and the rest as its own requests left the window: never past the limit.
    expect(grantedAt.filter((at) => at === 0)).toHaveLength(policy.perParty);
    expect(Math.max(...grantedAt)).toBeGreaterThanOrEqual(60_000);
  });

  it('fails fast during a cooldown, or waits for its end when asked', async () => {
    const clock = createFakeClock();
    const budget = new Budget(createMemoryBudgetStore(), policy, clock);
    await budget.acquire('interactive', { ...where, whenRateLimited: 'fail' });
    await budget.settle({ rateLimitedUntil: clock.now() + 30_000 });

    const failed = await budget.acquire('live', { ...where, whenRateLimited: 'fail' }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(RateLimitedError);
    expect((failed as RateLimitedError).retryAt.getTime()).toBe(clock.now() + 30_000);

    const start = clock.now();
    let grantedAt = 0;
    const waiting = budget.acquire('live', { ...where, whenRateLimited: 'wait' }).then(() => {
      grantedAt = clock.now();
    });
    await clock.advance(29_000);
    expect(grantedAt).toBe(0);
    await clock.run(waiting);
    expect(grantedAt - start).toBeGreaterThanOrEqual(30_000);
  });

  it('drops a queued request whose signal aborts', async () => {
    const { clock, budget } = await fullBudget();
    const controller = new AbortController();
    const abandoned = budget.acquire('live', { ...where, whenRateLimited: 'fail', signal: controller.signal });
    const next = budget.acquire('live', { ...where, whenRateLimited: 'fail' });
    controller.abort(new Error('gone'));
    await expect(abandoned).rejects.toThrow('gone');
    const permit = await clock.run(next);
    expect(permit.waitedMs).toBeLessThanOrEqual(1_000); // it took the first slot to come back, not the second
  });

  it('shares one window between processes that share a store', async () => {
    const clock = createFakeClock();
    const store = createMemoryBudgetStore();
    const first = new Budget(store, policy, clock);
    const second = new Budget(store, policy, clock);
    for (let n = 0; n < policy.perWindow; n += 1) {
      await (n % 2 ? first : second).acquire('live', { ...where, whenRateLimited: 'fail' });
    }
    await expect(first.remaining()).resolves.toBe(0);
    const permit = await clock.run(second.acquire('live', { ...where, whenRateLimited: 'fail' }));
    expect(permit.waitedMs).toBe(60_000);
  });
});

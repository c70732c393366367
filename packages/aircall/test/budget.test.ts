import { describe, expect, it } from 'vitest';
import {
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
  it.each([3, 10, 60, 600, 6_000])('never lets more than the limit (%i) through in a window', (limit) => {
    const policy = budgetPolicy({ limit, windowMs: 60_000 });
    expect(policy.capacity + policy.refillPerMs * 60_000).toBeLessThanOrEqual(limit + 1e-9);
  });

  it('refills at ~97 % of a large limit and keeps reserves for the lanes above', () => {
    const policy = budgetPolicy({ limit: 600, windowMs: 10_000 });
    expect(policy.refillPerMs * 10_000).toBeGreaterThanOrEqual(0.97 * 600);
    expect(policy.reserve.live).toBe(0);
    expect(policy.reserve.interactive).toBeGreaterThan(0);
    expect(policy.reserve.background).toBeGreaterThan(policy.reserve.interactive);
  });
});

describe('token bucket', () => {
  const policy = budgetPolicy({ limit: 600, windowMs: 10_000 }); // capacity 9, reserves 1 / 2
  const now = 1_000_000;

  it('drains, then refills with time', () => {
    let state = initialBucket(policy, now);
    for (let i = 0; i < policy.capacity; i += 1) {
      const outcome = takeFromBucket(state, policy, 'live', now);
      expect(outcome.result.granted).toBe(true);
      state = outcome.state;
    }
    const refused = takeFromBucket(state, policy, 'live', now).result;
    expect(refused).toMatchObject({ granted: false, cause: 'empty' });
    const waitMs = refused.granted ? 0 : refused.waitMs;
    expect(takeFromBucket(state, policy, 'live', now + waitMs).result.granted).toBe(true);
  });

  it('keeps each lower lane out of the reserve of the lanes above', () => {
    const granted = (lane: Lane, tokens: number) =>
      takeFromBucket({ tokens, updatedAt: now, cooldownUntil: 0 }, policy, lane, now).result.granted;
    expect([granted('background', 2), granted('interactive', 2), granted('live', 2)]).toEqual([false, true, true]);
    expect([granted('background', 3), granted('interactive', 1), granted('live', 1)]).toEqual([true, false, true]);
  });

  it('believes Aircall when it has fewer requests left than we think', () => {
    const state = observeBucket(initialBucket(policy, now), policy, { now, remaining: 4, inFlight: 1 });
    expect(state.tokens).toBe(3);
  });

  it('sends nothing before the reset once Aircall says nothing is left', () => {
    const state = observeBucket(initialBucket(policy, now), policy, {
      now,
      remaining: 0,
      resetAt: now + 5_000,
      inFlight: 0,
    });
    const early = takeFromBucket(state, policy, 'live', now + 4_999).result;
    expect(early).toMatchObject({ granted: false, cause: 'empty' });
    expect(early.granted ? 0 : early.waitMs).toBeGreaterThan(1);
    expect(takeFromBucket(state, policy, 'live', now + 5_000 + Math.ceil(1 / policy.refillPerMs)).result.granted).toBe(
      true,
    );
  });

  it('cools down after a 429 until the given instant', () => {
    const state = observeBucket(initialBucket(policy, now), policy, {
      now,
      rateLimitedUntil: now + 30_000,
      inFlight: 0,
    });
    expect(takeFromBucket(state, policy, 'live', now + 29_999).result).toMatchObject({
      granted: false,
      cause: 'cooldown',
      waitMs: 1,
    });
  });
});

describe('Budget (lanes and waiting)', () => {
  const policy = budgetPolicy({ limit: 60, windowMs: 60_000 }); // capacity 2, one token per ~1.05 s

  function drainedBudget() {
    const clock = createFakeClock();
    const budget = new Budget(createMemoryBudgetStore(), policy, clock);
    return { clock, budget };
  }

  it('serves live before interactive before background, whatever the arrival order', async () => {
    const { clock, budget } = drainedBudget();
    await budget.acquire('live', { ...where, whenRateLimited: 'fail' });
    await budget.acquire('live', { ...where, whenRateLimited: 'fail' });
    const served: Lane[] = [];
    const queued = (['background', 'interactive', 'background', 'live', 'interactive'] as const).map((lane) =>
      budget.acquire(lane, { ...where, whenRateLimited: 'fail' }).then(() => served.push(lane)),
    );
    await clock.run(Promise.all(queued));
    expect(served).toEqual(['live', 'interactive', 'interactive', 'background', 'background']);
  });

  it('fails fast during a cooldown, or waits for its end when asked', async () => {
    const { clock, budget } = drainedBudget();
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
    const { clock, budget } = drainedBudget();
    await budget.acquire('live', { ...where, whenRateLimited: 'fail' });
    await budget.acquire('live', { ...where, whenRateLimited: 'fail' });
    const controller = new AbortController();
    const abandoned = budget.acquire('live', { ...where, whenRateLimited: 'fail', signal: controller.signal });
    const next = budget.acquire('live', { ...where, whenRateLimited: 'fail' });
    controller.abort(new Error('gone'));
    await expect(abandoned).rejects.toThrow('gone');
    const permit = await clock.run(next);
    expect(permit.waitedMs).toBeLessThan(1_100); // it took the first token, not the second
  });

  it('shares one bucket between processes that share a store', async () => {
    const clock = createFakeClock();
    const store = createMemoryBudgetStore();
    const first = new Budget(store, policy, clock);
    const second = new Budget(store, policy, clock);
    await first.acquire('live', { ...where, whenRateLimited: 'fail' });
    await second.acquire('live', { ...where, whenRateLimited: 'fail' });
    await expect(first.remaining()).resolves.toBe(0);
    const permit = await clock.run(second.acquire('live', { ...where, whenRateLimited: 'fail' }));
    expect(permit.waitedMs).toBeGreaterThan(0);
  });
});

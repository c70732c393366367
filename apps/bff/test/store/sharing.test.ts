import type { BudgetPolicy } from '@switchboard/aircall';
import pg from 'pg';
import { expect, it, vi } from 'vitest';
import type { LiveEvent, Store } from '../../src/store';
import { describeOnEachDriver } from './harness';

/** Ten requests a minute: exactly ten may be granted at one instant. */
const tenTokens: BudgetPolicy = {
  windowMs: 60_000,
  perWindow: 10,
  reserve: { live: 0, interactive: 0, background: 0 },
  perParty: 10,
};

/** Resolves with the first `count` events the store's subscribers hear. */
function nextEvents(store: Store, count: number): Promise<LiveEvent[]> {
  return new Promise((resolve) => {
    const heard: LiveEvent[] = [];
    const unsubscribe = store.events.subscribe((event) => {
      heard.push(event);
      if (heard.length === count) {
        unsubscribe();
        resolve(heard);
      }
    });
  });
}

describeOnEachDriver('sharing between instances', (ctx) => {
  it('never grants more than the budget, however many takes race from both instances', async () => {
    const [a, b] = [ctx.store, await ctx.peer()];
    const now = ctx.clock.now();
    const takes = Array.from({ length: 60 }, (_, index) =>
      (index % 2 ? a : b).budget.take('interactive', now, tenTokens),
    );
    const results = await Promise.all(takes);
    expect(results.filter((result) => result.granted)).toHaveLength(10);
    expect(await b.budget.peek(now, tenTokens)).toEqual({ available: 0, cooldownUntil: 0 });
  });

  it('makes every instance cool down after one saw a 429', async () => {
    const [a, b] = [ctx.store, await ctx.peer()];
    const policy = tenTokens;
    const now = ctx.clock.now() + 1_000_000;
    await a.budget.observe({ now, rateLimitedUntil: now + 30_000, inFlight: 0 }, policy);
    expect(await b.budget.take('live', now + 1_000, policy)).toMatchObject({
      granted: false,
      cause: 'cooldown',
      waitMs: 29_000,
    });
    expect((await b.budget.take('live', now + 29_999, policy)).granted).toBe(false);
    expect((await b.budget.take('live', now + 30_000, policy)).granted).toBe(true);
  });

  it('fans published events out to every instance, in order, and replays them from an id', async () => {
    const [a, b] = [ctx.store, await ctx.peer()];
    const heardByA = nextEvents(a, 3);
    const heardByB = nextEvents(b, 3);
    const large = { text: 'x'.repeat(20_000) };
    const published = [
      await b.events.publish({ type: 'call.updated', data: { id: 1 } }),
      await b.events.publish({ type: 'user.availability', data: { id: 2, availability: 'in_call' } }),
      await a.events.publish({ type: 'call.updated', data: large }),
    ];
    expect(published.map((event) => event.id)).toEqual([...published.map((event) => event.id)].sort((x, y) => x - y));
    expect(await heardByA).toEqual(published);
    expect(await heardByB).toEqual(published);
    expect(await a.events.since(published[0]!.id)).toEqual(published.slice(1));
    expect(await b.events.since(published[0]!.id, 1)).toEqual([published[1]]);
  });

  it('delivers events published concurrently by both instances in id order', async () => {
    const [a, b] = [ctx.store, await ctx.peer()];
    const heard = nextEvents(a, 20);
    const published = await Promise.all(
      Array.from({ length: 20 }, (_, index) => (index % 2 ? a : b).events.publish({ type: 'burst', data: { index } })),
    );
    const heardIds = (await heard).map((event) => event.id);
    expect(heardIds).toEqual(published.map((event) => event.id).sort((x, y) => x - y));
  });

  if (ctx.driver === 'postgres') {
    it('re-opens a lost LISTEN connection and replays what was published meanwhile', async () => {
      const [a, b] = [ctx.store, await ctx.peer()];
      const heard = nextEvents(a, 1);
      const errorsBefore = ctx.errors.length;
      const admin = new pg.Client({ connectionString: ctx.databaseUrl });
      await admin.connect();
      await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE datname = current_database() AND query LIKE 'LISTEN %' AND pid <> pg_backend_pid()`,
      );
      await admin.end();
      // Deaf from the moment the loss is reported; the new connection comes half a second later.
      await vi.waitFor(() => expect(ctx.errors.length).toBeGreaterThan(errorsBefore), { timeout: 10_000 });
      const whileDeaf = await b.events.publish({ type: 'while-deaf', data: null });
      expect(await heard).toEqual([whileDeaf]);
    }, 20_000);
  }

  it('keeps telling the other listeners when one throws, and reports it', async () => {
    const unsubscribe = ctx.store.events.subscribe(() => {
      throw new Error('listener bug');
    });
    const heard = nextEvents(ctx.store, 1);
    await ctx.store.events.publish({ type: 'ping', data: null });
    expect(await heard).toHaveLength(1);
    unsubscribe();
    expect(ctx.errors).toContainEqual(new Error('listener bug'));
  });

  it('prunes old events', async () => {
    const old = await ctx.store.events.publish({ type: 'old', data: null });
    ctx.clock.advance(2 * 3_600_000);
    const recent = await ctx.store.events.publish({ type: 'recent', data: null });
    expect(await ctx.store.events.prune(3_600_000)).toBeGreaterThanOrEqual(1);
    expect((await ctx.store.events.since(old.id - 1)).map((event) => event.id)).toEqual([recent.id]);
  });

  it('lets one holder lead, and another take over once the lease expires', async () => {
    const [a, b] = [ctx.store, await ctx.peer()];
    expect(await a.leases.tryAcquire('sync', 'instance-a', 10_000)).toBe(true);
    expect(await b.leases.tryAcquire('sync', 'instance-b', 10_000)).toBe(false);
    ctx.clock.advance(8_000);
    expect(await a.leases.renew('sync', 'instance-a', 10_000)).toBe(true);
    ctx.clock.advance(8_000);
    expect(await b.leases.tryAcquire('sync', 'instance-b', 10_000)).toBe(false);
    expect(await b.leases.holder('sync')).toMatchObject({ holderId: 'instance-a' });

    ctx.clock.advance(2_001); // instance-a stopped renewing
    expect(await b.leases.holder('sync')).toBeUndefined();
    expect(await b.leases.tryAcquire('sync', 'instance-b', 10_000)).toBe(true);
    expect(await a.leases.renew('sync', 'instance-a', 10_000)).toBe(false);
    expect(await a.leases.tryAcquire('sync', 'instance-a', 10_000)).toBe(false);

    await a.leases.release('sync', 'instance-a'); // not the holder: nothing happens
    expect(await a.leases.holder('sync')).toMatchObject({ holderId: 'instance-b' });
    await b.leases.release('sync', 'instance-b');
    expect(await a.leases.tryAcquire('sync', 'instance-a', 10_000)).toBe(true);
  });

  it('lets only one of many simultaneous candidates win a free lease', async () => {
    const [a, b] = [ctx.store, await ctx.peer()];
    const attempts = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        (index % 2 ? a : b).leases.tryAcquire('reconcile', `candidate-${index}`, 10_000),
      ),
    );
    expect(attempts.filter(Boolean)).toHaveLength(1);
  });
});

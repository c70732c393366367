import { expect, it } from 'vitest';
import { describeOnEachDriver } from './harness';

describeOnEachDriver('webhook inbox, sync checkpoints, jobs', (ctx) => {
  const event = (key: string) => ({ dedupKey: key, event: 'call.ended', payload: { data: { id: 1 }, key } });

  it('stores the same delivery once, and tells when the last one arrived', async () => {
    expect(await ctx.store.webhookInbox.lastReceivedAt()).toBeNull();
    const first = await ctx.store.webhookInbox.store(event('dedup-a'));
    const again = await ctx.store.webhookInbox.store(event('dedup-a'));
    expect(first.duplicate).toBe(false);
    expect(again).toEqual({ id: first.id, duplicate: true });
    ctx.clock.advance(1_000);
    await ctx.store.webhookInbox.store(event('dedup-b'));
    expect(await ctx.store.webhookInbox.lastReceivedAt()).toEqual(new Date(ctx.clock.now()));
  });

  it('stores a group of deliveries in one go: repeats within the group and of earlier groups are stored once', async () => {
    const earlier = await ctx.store.webhookInbox.store(event('group-0'));
    const stored = await ctx.store.webhookInbox.storeMany(
      ['group-1', 'group-0', 'group-2', 'group-1'].map((key) => event(key)),
    );
    expect(stored.map((row) => row.duplicate)).toEqual([false, true, false, true]);
    expect(stored[1]?.id).toBe(earlier.id);
    expect(stored[3]?.id).toBe(stored[0]?.id);
    expect(new Set(stored.map((row) => row.id)).size).toBe(3);
    const claimed = await ctx.store.webhookInbox.claimUnapplied(100);
    await ctx.store.webhookInbox.markAllApplied(claimed.map((entry) => entry.id));
    expect(await ctx.store.webhookInbox.pendingCount()).toBe(0);
  });

  it('hands each pending event to one claimer, and to another once the claim lapses', async () => {
    const before = await ctx.store.webhookInbox.claimUnapplied(100);
    for (const entry of before) await ctx.store.webhookInbox.markApplied(entry.id);
    const ids = [];
    for (const key of ['claim-1', 'claim-2', 'claim-3']) ids.push((await ctx.store.webhookInbox.store(event(key))).id);
    expect(await ctx.store.webhookInbox.pendingCount()).toBe(3);

    const [a, b] = await Promise.all([
      ctx.store.webhookInbox.claimUnapplied(2, { leaseMs: 60_000 }),
      ctx.store.webhookInbox.claimUnapplied(2, { leaseMs: 60_000 }),
    ]);
    const claimed = [...(a ?? []), ...(b ?? [])].map((entry) => entry.id).sort((x, y) => x - y);
    expect(claimed).toEqual(ids);
    expect(await ctx.store.webhookInbox.claimUnapplied(10)).toEqual([]);

    await ctx.store.webhookInbox.markApplied(ids[0]!);
    await ctx.store.webhookInbox.markFailed(ids[1]!, 'mirror unavailable');
    const retried = await ctx.store.webhookInbox.claimUnapplied(10);
    expect(retried.map((entry) => [entry.id, entry.attempts, entry.error])).toEqual([
      [ids[1], 2, 'mirror unavailable'],
    ]);

    // The worker holding ids[2] died: its claim lapses and the event is handed out again.
    ctx.clock.advance(60_001);
    const recovered = await ctx.store.webhookInbox.claimUnapplied(10);
    expect(recovered.map((entry) => entry.id)).toEqual([ids[1], ids[2]]);
    for (const entry of recovered) await ctx.store.webhookInbox.markApplied(entry.id);
    expect(await ctx.store.webhookInbox.pendingCount()).toBe(0);
    expect((await ctx.store.webhookInbox.get(ids[1]!))?.appliedAt).toEqual(new Date(ctx.clock.now()));
  });

  it('gives up on an event after its last attempt and prunes applied ones', async () => {
    const { id } = await ctx.store.webhookInbox.store(event('poison'));
    for (let attempt = 1; attempt <= 3; attempt++) {
      const [entry] = await ctx.store.webhookInbox.claimUnapplied(10, { maxAttempts: 3 });
      expect(entry?.id).toBe(id);
      await ctx.store.webhookInbox.markFailed(id, `attempt ${attempt}`);
    }
    expect(await ctx.store.webhookInbox.claimUnapplied(10, { maxAttempts: 3 })).toEqual([]);
    ctx.clock.advance(86_400_000);
    expect(await ctx.store.webhookInbox.pruneApplied(3_600_000)).toBeGreaterThanOrEqual(4);
    expect(await ctx.store.webhookInbox.get(id)).toBeDefined();
  });

  it('keeps a checkpoint per resource, changing only the fields given', async () => {
    expect(await ctx.store.syncCheckpoints.get('calls')).toBeUndefined();
    await ctx.store.syncCheckpoints.save('calls', { windowFrom: 100, windowTo: 200, page: 1 });
    await ctx.store.syncCheckpoints.save('calls', { page: 4, itemsSynced: 150, lastRunAt: new Date(ctx.clock.now()) });
    await ctx.store.syncCheckpoints.save('users', {});
    expect(await ctx.store.syncCheckpoints.get('calls')).toMatchObject({
      windowFrom: 100,
      windowTo: 200,
      page: 4,
      itemsSynced: 150,
      backfillDone: false,
      lastRunAt: new Date(ctx.clock.now()),
      error: null,
    });
    await ctx.store.syncCheckpoints.save('calls', { page: null, backfillDone: true, error: 'boom' });
    expect(await ctx.store.syncCheckpoints.get('calls')).toMatchObject({
      page: null,
      backfillDone: true,
      error: 'boom',
    });
    expect((await ctx.store.syncCheckpoints.list()).map((checkpoint) => checkpoint.resource)).toEqual([
      'calls',
      'users',
    ]);
    await ctx.store.syncCheckpoints.reset('calls');
    expect(await ctx.store.syncCheckpoints.get('calls')).toBeUndefined();
  });

  it('tracks a bulk job’s progress and results, items finishing concurrently', async () => {
    const job = await ctx.store.jobs.create({ kind: 'calls.tag', total: 20, input: { tagId: 5 } });
    expect(job).toMatchObject({ status: 'queued', done: 0, failed: 0, results: [], finishedAt: null });
    await ctx.store.jobs.setStatus(job.id, 'running');
    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        ctx.store.jobs.recordItem(
          job.id,
          index % 5 === 0
            ? { item: `call:${index}`, ok: false, error: 'not_found' }
            : { item: `call:${index}`, ok: true },
        ),
      ),
    );
    const finished = await ctx.store.jobs.setStatus(job.id, 'succeeded');
    expect(finished).toMatchObject({ done: 16, failed: 4, status: 'succeeded', finishedAt: new Date(ctx.clock.now()) });
    expect(finished?.results).toHaveLength(20);
    expect(finished?.results).toContainEqual({ item: 'call:5', ok: false, error: 'not_found' });
    expect((await ctx.store.jobs.list({ kind: 'calls.tag' })).map((listed) => listed.id)).toEqual([job.id]);
    expect(await ctx.store.jobs.get(job.id)).toEqual(finished);
  });

  it('fails the jobs whose runner went away, and only those', async () => {
    const abandoned = await ctx.store.jobs.create({ kind: 'calls.archive', total: 3 });
    await ctx.store.jobs.setStatus(abandoned.id, 'running');
    const finished = await ctx.store.jobs.create({ kind: 'calls.archive', total: 1 });
    await ctx.store.jobs.setStatus(finished.id, 'succeeded');
    ctx.clock.advance(10 * 60_000);
    const active = await ctx.store.jobs.create({ kind: 'calls.archive', total: 3 });
    await ctx.store.jobs.setStatus(active.id, 'running');
    ctx.clock.advance(6 * 60_000);

    const failed = await ctx.store.jobs.failAbandoned(15 * 60_000);
    expect(failed.map((job) => job.id)).toEqual([abandoned.id]);
    expect(await ctx.store.jobs.get(abandoned.id)).toMatchObject({
      status: 'failed',
      finishedAt: new Date(ctx.clock.now()),
      error: expect.stringContaining('no progress for 15 minutes'),
    });
    expect((await ctx.store.jobs.get(active.id))?.status).toBe('running');
    expect((await ctx.store.jobs.get(finished.id))?.status).toBe('succeeded');
  });

  it('keeps our webhook registration and its token', async () => {
    expect(await ctx.store.webhookRegistration.get()).toBeUndefined();
    const registration = {
      webhookId: 'wh-1',
      url: 'https://switchboard.example/webhooks/aircall',
      token: 'secret',
      active: true,
    };
    await ctx.store.webhookRegistration.save(registration);
    await ctx.store.webhookRegistration.save({ ...registration, active: false });
    expect(await ctx.store.webhookRegistration.get()).toEqual({
      ...registration,
      active: false,
      updatedAt: new Date(ctx.clock.now()),
    });
    await ctx.store.webhookRegistration.clear();
    expect(await ctx.store.webhookRegistration.get()).toBeUndefined();
  });
});

import type { Tag } from '@switchboard/aircall';
import { expect, it, vi } from 'vitest';
import { aCall, aMissedCall } from './fixtures';
import { describeOnEachDriver } from './harness';

const tag = (id: number, name: string): Tag => ({ id, name, color: '#123456', description: null });

describeOnEachDriver('caches kept correct across instances', (ctx) => {
  it('counts a write in the very next total, on the instance that wrote and on every other', async () => {
    const [a, b] = [ctx.store, await ctx.peer()];
    await a.calls.upsertMany([1, 2, 3].map((id) => ({ call: aCall({ id }), sourceUpdatedAt: 1 })));
    await a.calls.upsertMany([{ call: aMissedCall({ id: 4 }), sourceUpdatedAt: 1 }]);
    const answered = { types: ['answered' as const], perPage: 2 };
    expect((await a.calls.list(answered)).total).toBe(3);
    expect((await b.calls.list(answered)).total).toBe(3);
    expect((await a.calls.list(answered)).total).toBe(3); // served from the cache: nothing changed

    await b.calls.upsert(aCall({ id: 5 }), 1);
    expect((await a.calls.list(answered)).total).toBe(4);
    expect((await b.calls.list(answered)).total).toBe(4);

    // A write that moves a call out of the filter, and a delete, made on the other instance.
    await a.calls.upsert(aMissedCall({ id: 5 }), 2);
    expect((await b.calls.list(answered)).total).toBe(3);
    await a.calls.delete(1);
    expect((await b.calls.list(answered)).total).toBe(2);
    expect((await b.calls.list({ ...answered, page: 3 })).total).toBe(2); // an empty page past the end
    expect((await a.calls.list({ ...answered, withTotal: false })).total).toBeNull();
  });

  it('keeps a count per filter: another filter never answers with it', async () => {
    const [a, b] = [ctx.store, await ctx.peer()];
    await a.calls.upsertMany([
      { call: aCall({ id: 11, user: { id: 7, name: 'Seven' } }), sourceUpdatedAt: 1 },
      { call: aCall({ id: 12, user: { id: 8, name: 'Eight' } }), sourceUpdatedAt: 1 },
    ]);
    expect((await a.calls.list({ userIds: [7, 8], perPage: 1 })).total).toBe(2);
    await b.calls.upsert(aCall({ id: 13, user: { id: 8, name: 'Eight' } }), 1);
    expect((await a.calls.list({ userIds: [8, 7], perPage: 1 })).total).toBe(3);
    expect((await a.calls.list({ userIds: [7], perPage: 1 })).total).toBe(1);
  });

  it('serves a page again only while no call changed: a write on any instance is in the very next page', async () => {
    const [a, b] = [ctx.store, await ctx.peer()];
    const nine = { id: 9, name: 'Nine' };
    await a.calls.upsertMany(
      [31, 32].map((id) => ({ call: aCall({ id, user: nine, duration: 60 }), sourceUpdatedAt: 1 })),
    );
    const ofNine = { userIds: [9], perPage: 10 };
    const durations = async (store: typeof a) => (await store.calls.list(ofNine)).calls.map((call) => call.duration);
    expect(await durations(a)).toEqual([60, 60]);
    expect(await durations(a)).toEqual([60, 60]); // remembered

    await b.calls.upsert(aCall({ id: 32, user: nine, duration: 75 }), 2);
    expect(await durations(a)).toEqual([75, 60]); // newest id first
    await a.calls.upsert(aCall({ id: 33, user: nine, duration: 90 }), 1);
    expect((await b.calls.list(ofNine)).calls.map((call) => call.id).toSorted()).toEqual([31, 32, 33]);
    expect((await a.calls.list(ofNine)).total).toBe(3);
  });

  it('shows a tag written on another instance beside the next page of calls, and in the tag list', async () => {
    const [a, b] = [ctx.store, await ctx.peer()];
    await a.tags.upsertMany([tag(1, 'VIP')], 1);
    await a.calls.upsert(aCall({ id: 21, tags: [{ id: 1, name: 'VIP' }] }), 1);
    expect((await a.tags.list()).map((each) => each.name)).toEqual(['VIP']);

    await b.tags.upsertMany([tag(1, 'Key account')], 2);
    expect((await b.tags.get(1))?.name).toBe('Key account'); // the writer at once
    // The page reads the tags version in its own snapshot: what is listed after it is never older.
    await a.calls.list({ perPage: 1 });
    expect((await a.tags.get(1))?.name).toBe('Key account');

    // Without a page in between, the other instance hears it through NOTIFY.
    await b.tags.delete(1, ctx.clock.now());
    await vi.waitFor(async () => expect(await a.tags.list()).toEqual([]), { timeout: 2_000, interval: 5 });
  });

  it('checks webhook tokens against the newest registration without a query per delivery', async () => {
    const [a, b] = [ctx.store, await ctx.peer()];
    const registration = { webhookId: 'w1', url: 'https://console.example/webhooks/aircall', active: true };
    await a.webhookRegistration.save({ ...registration, token: 'first-token' });
    expect((await a.webhookRegistration.get())?.token).toBe('first-token');
    expect((await b.webhookRegistration.get())?.token).toBe('first-token');

    await b.webhookRegistration.save({ ...registration, token: 'second-token' });
    expect((await b.webhookRegistration.get())?.token).toBe('second-token');
    await vi.waitFor(async () => expect((await a.webhookRegistration.get())?.token).toBe('second-token'), {
      timeout: 2_000,
      interval: 5,
    });
    await a.webhookRegistration.clear();
    expect(await a.webhookRegistration.get()).toBeUndefined();
    await vi.waitFor(async () => expect(await b.webhookRegistration.get()).toBeUndefined(), {
      timeout: 2_000,
      interval: 5,
    });
  });
});

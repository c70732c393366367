import { createAircallClient } from '@switchboard/aircall';
import { createManualClock, createSimulator } from '@switchboard/aircall-sim';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store';
import { createLeadership } from '../../src/sync/leadership';
import { createMirrorSync, defaultSyncSchedule } from '../../src/sync/mirror-sync';
import { reconcileWebhook, webhookUrl } from '../../src/sync/webhook-registration';
import { memoryLog, simOrigin, testStore } from '../helpers';
import { start } from '../live/fixtures';

const publicUrl = 'https://switchboard.example.com';
const sizes = { calls: 200, users: 6, teams: 2, numbers: 2, tags: 4, contacts: 10 };

let now = start;
let store: Store;
beforeAll(async () => {
  store = await testStore({ now: () => now });
}, 60_000);

/** A simulator and a client on it whose requested URLs are recorded. */
function upstream(more: Partial<typeof sizes> = {}) {
  const clock = createManualClock(start);
  const sim = createSimulator({ clock, rateLimit: false, sizes: { ...sizes, ...more } });
  const requested: URL[] = [];
  const aircall = createAircallClient({
    ...sim.credentials,
    baseUrl: simOrigin,
    budget: false,
    fetch: async (input, init) => {
      requested.push(new URL(String(input)));
      const response = await sim.fetch(input, init);
      hooks.afterResponse();
      return response;
    },
  });
  const hooks = { afterResponse: (): unknown => undefined };
  return { sim, clock, aircall, requested, hooks };
}

describe('webhook reconciliation', () => {
  it('creates one webhook, then finds it again instead of creating another, its token kept in the store', async () => {
    const { aircall } = upstream();
    const deps = { store, aircall, logger: memoryLog().logger };
    expect(await reconcileWebhook(deps, publicUrl)).toBe('created');
    expect(await reconcileWebhook(deps, publicUrl)).toBe('unchanged');
    const { webhooks } = await aircall.webhooks.list();
    expect(webhooks).toHaveLength(1);
    expect(webhooks[0]?.url).toBe(webhookUrl(publicUrl));
    expect(await store.webhookRegistration.get()).toMatchObject({
      webhookId: webhooks[0]?.webhook_id,
      token: webhooks[0]?.token,
      active: true,
    });
  });

  it('re-activates the webhook Aircall disabled', async () => {
    const { aircall } = upstream();
    const deps = { store, aircall, logger: memoryLog().logger };
    await reconcileWebhook(deps, publicUrl);
    const registered = await store.webhookRegistration.get();
    await aircall.webhooks.update(registered?.webhookId as string, { active: false, events: [] });
    expect(await reconcileWebhook(deps, publicUrl)).toBe('reactivated');
    expect((await aircall.webhooks.get(registered?.webhookId as string)).active).toBe(true);
    expect((await store.webhookRegistration.get())?.active).toBe(true);
  });

  it('adopts a webhook whose registration was lost and removes duplicates, leaving exactly one', async () => {
    const { aircall } = upstream();
    await aircall.webhooks.create({ url: 'https://someone-else.example/hook' });
    const first = await aircall.webhooks.create({ url: webhookUrl(publicUrl) });
    await aircall.webhooks.create({ url: webhookUrl(publicUrl) });
    expect(await reconcileWebhook({ store, aircall, logger: memoryLog().logger }, publicUrl)).toBe('unchanged');
    const { webhooks } = await aircall.webhooks.list();
    expect(webhooks.map((webhook) => webhook.url).sort()).toEqual([
      'https://someone-else.example/hook',
      webhookUrl(publicUrl),
    ]);
    expect((await store.webhookRegistration.get())?.token).toBe(first.token);
  });
});

describe('mirror sync', () => {
  const schedule = { ...defaultSyncSchedule, callWindowSeconds: 15 * 24 * 3600 };

  async function mirrored(store: Store) {
    return { calls: await store.calls.count(), users: (await store.users.list()).length };
  }

  it('backfills the mirror from Aircall, resumes from its checkpoint after a crash, then refreshes', async () => {
    const { sim, aircall, requested, hooks } = upstream();
    const logger = memoryLog().logger;
    const total = (await aircall.calls.list({ per_page: 1 })).meta.total;
    expect(total).toBeGreaterThan(100);

    // The first leader dies after three pages of calls.
    const crash = new AbortController();
    const callPages = () => requested.filter((url) => url.pathname === '/v1/calls').length;
    const pagesBefore = callPages();
    hooks.afterResponse = () => callPages() - pagesBefore >= 3 && crash.abort();
    await createMirrorSync({ store, aircall, logger, clock: sim }, schedule).runDue(crash.signal);
    hooks.afterResponse = () => undefined;
    const checkpoint = await store.syncCheckpoints.get('calls');
    expect(checkpoint?.backfillDone).toBe(false);
    const partial = await mirrored(store);
    expect(partial.calls).toBeGreaterThan(0);
    expect(partial.calls).toBeLessThan(total);
    expect(partial.users).toBe(sizes.users);
    // The history is read newest first: today's calls are there before the backfill is done.
    const [newest] = (await aircall.calls.list({ order: 'desc', per_page: 1 })).calls;
    expect(await store.calls.get(newest!.id)).toBeDefined();

    // The next leader (a new process) goes on from the checkpoint, not from the start.
    requested.length = 0;
    await createMirrorSync({ store, aircall, logger, clock: sim }, schedule).runDue(new AbortController().signal);
    const resumed = requested.filter((url) => url.pathname === '/v1/calls');
    // Newest first: nothing at or after the oldest second fully read is asked again, and the interrupted window
    // goes on from the position reached inside it.
    const tos = resumed.map((url) => Number(url.searchParams.get('to')));
    expect(Math.max(...tos)).toBeLessThan(checkpoint?.windowFrom ?? Number.NaN);
    if (checkpoint?.cursor) expect(Number(resumed[0]?.searchParams.get('from'))).toBe(Number(checkpoint.cursor));
    expect((await mirrored(store)).calls).toBe(total);
    // Calls come with their contacts: the console names known callers.
    const withContact = (await aircall.calls.list({ per_page: 50, fetch_contact: true })).calls.find(
      (call) => call.contact,
    );
    expect(withContact).toBeDefined();
    expect((await store.calls.get(withContact!.id))?.contact?.id).toBe(withContact!.contact!.id);
    expect(await store.contacts.get(withContact!.contact!.id)).toBeDefined();
    expect(await store.syncCheckpoints.get('calls')).toMatchObject({ backfillDone: true, error: null });
    expect((await store.syncCheckpoints.list()).map((row) => row.resource).sort()).toEqual(
      ['calls', 'contacts', 'dialerCampaigns', 'numbers', 'tags', 'teams', 'users'].sort(),
    );

    // Nothing is due until the refresh interval has passed; then only recent calls are read again.
    requested.length = 0;
    const sync = createMirrorSync({ store, aircall, logger, clock: sim }, schedule);
    const nextDue = await sync.runDue(new AbortController().signal);
    expect(requested).toHaveLength(0);
    sim.advance(nextDue - sim.now());
    await sync.runDue(new AbortController().signal);
    const refreshFroms = requested
      .filter((url) => url.pathname === '/v1/calls')
      .map((url) => Number(url.searchParams.get('from')));
    expect(Math.min(...refreshFroms)).toBeGreaterThanOrEqual(
      Math.floor(sim.now() / 1000) - schedule.historySeconds / 2,
    );

    // A failing resource keeps its error; the others carry on.
    sim.faults.add({ route: '/v1/tags*', errorRate: 1, errorStatus: 500 });
    sim.advance(schedule.directoryRefreshMs);
    await sync.runDue(new AbortController().signal);
    expect((await store.syncCheckpoints.get('tags'))?.error).toMatch(/500|server/i);
    expect(await store.syncCheckpoints.get('users')).toMatchObject({ error: null });
  });
});

describe('contacts sync', () => {
  it('backfills every contact from its checkpoint, then reads only what changed', async () => {
    const { sim, aircall, requested, hooks } = upstream({ contacts: 180 });
    const mirror = await testStore({ now: () => sim.now() });
    const logger = memoryLog().logger;
    const contactPages = () => requested.filter((url) => url.pathname === '/v1/contacts');

    // The first leader dies after two pages of contacts.
    const crash = new AbortController();
    hooks.afterResponse = () => contactPages().length >= 2 && crash.abort();
    await createMirrorSync({ store: mirror, aircall, logger, clock: sim }).runDue(crash.signal);
    hooks.afterResponse = () => undefined;
    const checkpoint = await mirror.syncCheckpoints.get('contacts');
    expect(checkpoint).toMatchObject({ backfillDone: false, itemsSynced: 100 });
    const to = checkpoint?.windowTo;
    expect(contactPages().every((url) => url.searchParams.get('to') === String(to))).toBe(true);

    // The next leader resumes at the creation second reached, within the same window.
    requested.length = 0;
    const sync = createMirrorSync({ store: mirror, aircall, logger, clock: sim });
    await sync.runDue(new AbortController().signal);
    expect(contactPages()[0]?.searchParams.get('from')).toBe(checkpoint?.cursor);
    expect((await mirror.contacts.page({ page: 1, perPage: 1 })).total).toBe(180);
    expect(await mirror.syncCheckpoints.get('contacts')).toMatchObject({ backfillDone: true, error: null });

    // A refresh reads the listing by last change, newest first, and stops at what it already had.
    const [changed] = (await aircall.contacts.list({ per_page: 1 })).contacts;
    sim.advance(defaultSyncSchedule.contactRefreshMs + 7_200_000);
    await aircall.contacts.update(changed!.id, { company_name: 'Changed Ltd' });
    requested.length = 0;
    await sync.runDue(new AbortController().signal);
    expect(contactPages().map((url) => url.searchParams.get('order_by'))).toEqual(['updated_at']);
    expect((await mirror.contacts.get(changed!.id))?.company_name).toBe('Changed Ltd');
  });
});

describe('directory sync with Users V1 retired', () => {
  it("mirrors every user and who answers which number, with one request per number and none to V1's users", async () => {
    const { aircall, requested } = upstream();
    const directoryStore = await testStore({ now: () => now });
    await createMirrorSync({
      store: directoryStore,
      aircall,
      logger: memoryLog().logger,
      clock: { now: () => now },
    }).runDue(new AbortController().signal);

    const users = await directoryStore.users.list();
    expect(users).toHaveLength(sizes.users);
    const numbers = await directoryStore.numbers.list();
    for (const { user } of users) {
      const answered = numbers.filter((number) => number.users?.some((member) => member.id === user.id));
      const expected = await aircall.users.numbers(user.id);
      expect(answered.map((number) => number.id).sort()).toEqual(expected.map((number) => number.id).sort());
    }
    const paths = requested.map((url) => url.pathname);
    expect(paths.filter((path) => /^\/v1\/numbers\/\d+$/.test(path))).toHaveLength(sizes.numbers);
    expect(paths.filter((path) => /^\/v1\/users(\/\d+)?$/.test(path))).toEqual([]);
  });
});

describe('sync leadership', () => {
  it('lets one instance lead, keeps it while it renews, and hands over when it dies or leaves', async () => {
    const ttlMs = 15_000;
    const a = createLeadership(store, { name: 'sync', holderId: 'a', ttlMs });
    const b = createLeadership(store, { name: 'sync', holderId: 'b', ttlMs });
    expect(await a.tick()).toBe(true);
    expect(await b.tick()).toBe(false);
    now += ttlMs - 1;
    expect(await a.tick()).toBe(true); // renewed
    now += ttlMs - 1;
    expect(await b.tick()).toBe(false);

    now += ttlMs; // a died: no renewal for a whole TTL
    expect(await b.tick()).toBe(true);
    expect(await a.tick()).toBe(false);

    await b.release(); // graceful shutdown: no waiting for the TTL
    expect(await a.tick()).toBe(true);
  });
});

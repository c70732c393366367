import { createAircallClient } from '@switchboard/aircall';
import { createSimulator } from '@switchboard/aircall-sim';
import { callHistoryImportSchema, getEndpoint, type Role, syncStatusResponseSchema } from '@switchboard/contracts';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { aircallBudgetOptions } from '../../src/sync/budget';
import { appOnSimulator, simOrigin, testStore } from '../helpers';

let setup: Awaited<ReturnType<typeof appOnSimulator>>;

beforeAll(async () => {
  const sim = createSimulator({ sizes: { calls: 10, users: 3, numbers: 1 } });
  const store = await testStore();
  const aircall = createAircallClient({
    ...sim.credentials,
    baseUrl: simOrigin,
    fetch: sim.fetch,
    budget: aircallBudgetOptions(store, { limitPerMinute: 60 }),
  });
  setup = await appOnSimulator({ store, aircall });
  await store.syncCheckpoints.save('calls', {
    windowFrom: 1_000,
    windowTo: 1_000 + 90 * 24 * 3600,
    backfillDone: false,
    itemsSynced: 120,
    lastRunAt: new Date(),
  });
}, 60_000);

describe('GET /api/sync/status', () => {
  const endpoint = getEndpoint('sync.status');

  it.each(['agent', 'supervisor', 'admin'] as Role[])('answers %s as the registry says', async (role) => {
    const agent = await setup.signIn(role);
    const allowed = (endpoint.roles as readonly Role[]).includes(role);
    await agent.get('/api/sync/status').expect(allowed ? 200 : 403);
  });

  it('needs a session', async () => {
    await request(setup.app).get('/api/sync/status').expect(401);
  });

  it('shows progress per resource, the budget this instance spent and the webhook health', async () => {
    await setup.aircall.ping({ lane: 'interactive' });
    const admin = await setup.signIn('admin');
    const { body } = await admin.get('/api/sync/status').expect(200);
    const status = syncStatusResponseSchema.parse(body);
    expect(status.resources.find((resource) => resource.resource === 'calls')).toMatchObject({
      state: 'backfilling',
      checkpoint: 1_000,
      progress: 0,
      itemsSynced: 120,
    });
    expect(status.resources.find((resource) => resource.resource === 'users')?.state).toBe('idle');
    expect(status.budget.limitPerMinute).toBe(60);
    expect(status.budget.usedLastMinute.interactive).toBe(1);
    expect(status.budget.available).toBeGreaterThanOrEqual(0);
    expect(status.webhook).toEqual({ registered: false, active: false, lastEventAt: null, pendingEvents: 0 });
  });

  it('tells when the last webhook event arrived', async () => {
    const { id } = await setup.store.webhookInbox.store({ dedupKey: 'status-1', event: 'call.created', payload: {} });
    const receivedAt = (await setup.store.webhookInbox.get(id))?.receivedAt.getTime() ?? 0;
    const admin = await setup.signIn('admin');
    const { body } = await admin.get('/api/sync/status').expect(200);
    expect(body.webhook).toMatchObject({ lastEventAt: Math.floor(receivedAt / 1000), pendingEvents: 1 });
  });
});

describe('GET /api/sync/call-history', () => {
  it('tells every role how far the call-history import is, with the total it is heading for', async () => {
    for (const role of ['agent', 'supervisor', 'admin'] as Role[]) {
      const signedIn = await setup.signIn(role);
      const { body } = await signedIn.get('/api/sync/call-history').expect(200);
      expect(callHistoryImportSchema.parse(body)).toMatchObject({ importing: true, itemsSynced: 120 });
    }
    await request(setup.app).get('/api/sync/call-history').expect(401);
  });

  it('says the import is done once the backfill is, with the calls it brought', async () => {
    await setup.store.syncCheckpoints.save('calls', {
      windowFrom: 1_000 + 45 * 24 * 3600,
      windowTo: 1_000 + 90 * 24 * 3600,
      backfillDone: false,
      itemsSynced: 2_500,
      lastRunAt: new Date(),
    });
    const agent = await setup.signIn('agent');
    const halfway = callHistoryImportSchema.parse((await agent.get('/api/sync/call-history').expect(200)).body);
    expect(halfway).toMatchObject({ importing: true, itemsSynced: 2_500 });
    expect(halfway.estimatedTotal).toBeGreaterThan(2_500);

    await setup.store.syncCheckpoints.save('calls', {
      windowFrom: 1_000 + 90 * 24 * 3600,
      windowTo: 1_000 + 90 * 24 * 3600,
      backfillDone: true,
      itemsSynced: 5_000,
      lastRunAt: new Date(),
      lastSuccessAt: new Date(),
    });
    const done = callHistoryImportSchema.parse((await agent.get('/api/sync/call-history').expect(200)).body);
    expect(done).toEqual({ importing: false, itemsSynced: 5_000, progress: 1, estimatedTotal: 5_000 });
  });
});

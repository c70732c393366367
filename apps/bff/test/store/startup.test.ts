import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStore, insertSyntheticCalls, seededRandom, syntheticCall, testScryptCost } from '../../src/store';
import { scratchDatabase } from './harness';

describe('store start-up', () => {
  it('keeps PGlite data in its directory across restarts', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'switchboard-store-'));
    try {
      const first = await createStore({ dataDir, passwordCost: testScryptCost });
      await first.accounts.create({ email: 'kept@example.com', password: 'pa55word', role: 'admin' });
      await first.webhookInbox.store({ dedupKey: 'pending', event: 'call.created', payload: {} });
      await first.close();

      const second = await createStore({ dataDir, passwordCost: testScryptCost });
      expect(await second.accounts.findByEmail('kept@example.com')).toMatchObject({ role: 'admin' });
      expect(await second.webhookInbox.claimUnapplied(10)).toHaveLength(1);
      await second.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);

  it('lets several instances start on one fresh PostgreSQL database at once', async () => {
    const database = await scratchDatabase();
    try {
      const stores = await Promise.all([1, 2, 3].map(() => createStore({ databaseUrl: database.url, poolSize: 2 })));
      expect(stores.map((store) => store.driver)).toEqual(['postgres', 'postgres', 'postgres']);
      await stores[0]?.tags.upsertMany([{ id: 1, name: 'VIP', color: '#f00', description: null }], 1);
      expect(await stores[2]?.tags.list()).toHaveLength(1);
      await Promise.all(stores.map((store) => store.close()));
    } finally {
      await database.drop();
    }
  }, 30_000);

  it('fills the mirror with seeded synthetic calls for the benchmark', async () => {
    const store = await createStore();
    try {
      await insertSyntheticCalls(store, 450, { seed: 7, firstId: 1_000, batchSize: 200 });
      expect(await store.calls.count()).toBe(450);
      const calls = (seed: number) => {
        const random = seededRandom(seed);
        return [1, 2, 3].map((id) => syntheticCall(id, random));
      };
      expect(calls(7)).toEqual(calls(7));
      expect(calls(7)).not.toEqual(calls(8));
      const page = await store.calls.list({ perPage: 50, direction: 'inbound', types: ['answered'] });
      expect(page.total).toBeGreaterThan(0);
      expect(page.calls.every((call) => call.direction === 'inbound' && call.answered_at !== null)).toBe(true);
    } finally {
      await store.close();
    }
  });
});

import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { createStore, type Driver, type Store, testScryptCost } from '../../src/store';

/** PostgreSQL is always there on these machines; each test file gets a database of its own, dropped after. */
export const testDatabaseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestClock {
  now(): number;
  advance(ms: number): void;
}

export function testClock(start = Date.UTC(2026, 0, 15, 12)): TestClock {
  let current = start;
  return {
    now: () => current,
    advance: (ms) => {
      current += ms;
    },
  };
}

/** A fresh, empty database on the test server; `drop` removes it. */
export async function scratchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `sb_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testDatabaseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(testDatabaseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: testDatabaseUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** The first in-memory PGlite of a machine builds the migrated template (several seconds on a busy machine). */
const firstStartTimeoutMs = 60_000;

export interface StoreContext {
  driver: Driver;
  clock: TestClock;
  /** What the stores reported through `onError` (listener failures, lost connections). */
  errors: unknown[];
  /** The store under test (set before the first test runs). */
  readonly store: Store;
  /** PostgreSQL only: the scratch database, for a second store on it. */
  readonly databaseUrl: string | undefined;
  /**
   * "Another instance": on PostgreSQL a second store (its own pool) on the same database, closed after the file;
   * on PGlite, which serves one process, the same store.
   */
  peer(): Promise<Store>;
}

/** Runs `body` once on in-memory PGlite and once on a scratch PostgreSQL database, with one store each. */
export function describeOnEachDriver(title: string, body: (context: StoreContext) => void): void {
  describe.each(['pglite', 'postgres'] as const)(`${title} (%s)`, (driver) => {
    const clock = testClock();
    const opened: Store[] = [];
    let database: Awaited<ReturnType<typeof scratchDatabase>> | undefined;
    let store: Store | undefined;
    const errors: unknown[] = [];
    const open = () =>
      createStore({
        databaseUrl: database?.url,
        clock,
        passwordCost: testScryptCost,
        onError: (error) => errors.push(error),
      });

    beforeAll(async () => {
      if (driver === 'postgres') database = await scratchDatabase();
      store = await open();
      opened.push(store);
    }, firstStartTimeoutMs);
    afterAll(async () => {
      await Promise.all(opened.map((each) => each.close()));
      await database?.drop();
    });

    body({
      driver,
      clock,
      errors,
      get store() {
        if (!store) throw new Error('the store opens in beforeAll');
        return store;
      },
      get databaseUrl() {
        return database?.url;
      },
      async peer() {
        if (!database) return this.store;
        const sibling = await open();
        opened.push(sibling);
        return sibling;
      },
    });
  });
}

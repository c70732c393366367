import { createAccountsRepository } from './accounts';
import { createAuditRepository } from './audit';
import { createCallEventsRepository, createCallsRepository } from './calls';
import { type Connection, type Driver, openPglite, openPostgres } from './db';
import { createLoginAttemptsRepository } from './login-attempts';
import type { ScryptCost } from './passwords';
import { createSessionsRepository } from './sessions';
import { storeClock } from './time';

export interface StoreOptions {
  /** PostgreSQL connection string; without it the store is an embedded PGlite. */
  databaseUrl?: string;
  /** PGlite's data directory; omitted: in memory (tests, demos). Ignored with databaseUrl. */
  dataDir?: string;
  /** PostgreSQL pool size. Default 10. */
  poolSize?: number;
  /** Epoch milliseconds; injected by tests. Default Date.now. */
  clock?: { now(): number };
  /** scrypt cost for new password hashes; tests pass `testScryptCost`. */
  passwordCost?: ScryptCost;
}

/** Opens the database, applies pending migrations, and answers the repositories over it. */
export async function createStore(options: StoreOptions = {}) {
  const connection: Connection = options.databaseUrl
    ? await openPostgres(options.databaseUrl, options.poolSize)
    : await openPglite(options.dataDir);
  const { db } = connection;
  const clock = storeClock(options.clock);

  return {
    driver: connection.driver satisfies Driver,
    accounts: createAccountsRepository(db, clock, options.passwordCost),
    sessions: createSessionsRepository(db, clock),
    loginAttempts: createLoginAttemptsRepository(db, clock),
    audit: createAuditRepository(db, clock),
    calls: createCallsRepository(db),
    callEvents: createCallEventsRepository(db),
    async close(): Promise<void> {
      await connection.close();
    },
  };
}

export type Store = Awaited<ReturnType<typeof createStore>>;

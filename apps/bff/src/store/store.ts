import { createMemoryBudgetStore } from '@switchboard/aircall';
import { sql } from 'drizzle-orm';
import { createAccountsRepository } from './accounts';
import { createCallAnalytics } from './analytics';
import { createAuditRepository } from './audit';
import { createSqlBudgetStore } from './budget';
import { createCacheVersions } from './cache-versions';
import { createCallEventsRepository, createCallsRepository } from './calls';
import { createCompanyRepository } from './company';
import { type Connection, type Driver, openPglite, openPostgres } from './db';
import { createDialerCampaignsRepository } from './dialer-campaigns';
import {
  createContactsRepository,
  createNumbersRepository,
  createTagsRepository,
  createTeamsRepository,
  createUsersRepository,
} from './directory';
import { createLocalEventBus, createPostgresEventBus, type EventBus } from './events';
import { createInsightsRepository } from './insights';
import { createJobsRepository } from './jobs';
import { createLeasesRepository } from './leases';
import { createLoginThrottleRepository } from './login-throttle';
import { createMirrorBatch } from './mirror-batch';
import { createMirrorRepairsRepository } from './mirror-repairs';
import type { PasswordCheckLimits, ScryptCost } from './passwords';
import { createSessionsRepository } from './sessions';
import { createSyncCheckpointsRepository } from './sync-checkpoints';
import { storeClock } from './time';
import { createWebhookInboxRepository } from './webhook-inbox';
import { createWebhookRegistrationRepository } from './webhook-registration';

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
  /** How many password checks run at once and wait; default `defaultPasswordCheckLimits`. */
  passwordChecks?: PasswordCheckLimits;
  /**
   * Problems that have no caller to throw to: a live-event listener that threw, a lost LISTEN or idle pool
   * connection (both are re-opened). Default: console.error.
   */
  onError?: (error: unknown) => void;
}

/** Opens the database, applies pending migrations, and answers the repositories over it. */
export async function createStore(options: StoreOptions = {}) {
  const onError = options.onError ?? ((error: unknown) => console.error('store:', error));
  const connection: Connection = options.databaseUrl
    ? await openPostgres(options.databaseUrl, { poolSize: options.poolSize, onError })
    : await openPglite(options.dataDir);
  const { db } = connection;
  const clock = storeClock(options.clock);
  const cacheVersions = createCacheVersions();
  let events: EventBus;
  try {
    events = connection.connectionString
      ? await createPostgresEventBus(db, clock, connection.connectionString, onError, cacheVersions)
      : createLocalEventBus(db, clock, onError);
  } catch (error) {
    await connection.close();
    throw error;
  }

  return {
    driver: connection.driver satisfies Driver,
    accounts: createAccountsRepository(db, clock, options.passwordCost, options.passwordChecks),
    sessions: createSessionsRepository(db, clock),
    loginThrottle: createLoginThrottleRepository(db, clock),
    audit: createAuditRepository(db, clock),
    calls: createCallsRepository(db, cacheVersions),
    callEvents: createCallEventsRepository(db),
    /** Webhook events applied a batch at a time (see mirror-batch.ts). */
    mirrorBatch: createMirrorBatch(db, cacheVersions),
    insights: createInsightsRepository(db, clock),
    analytics: createCallAnalytics(db),
    company: createCompanyRepository(db, clock),
    users: createUsersRepository(db, clock),
    teams: createTeamsRepository(db),
    numbers: createNumbersRepository(db),
    tags: createTagsRepository(db, cacheVersions),
    contacts: createContactsRepository(db),
    mirrorRepairs: createMirrorRepairsRepository(db, clock),
    dialerCampaigns: createDialerCampaignsRepository(db),
    webhookInbox: createWebhookInboxRepository(db, clock),
    webhookRegistration: createWebhookRegistrationRepository(db, clock, cacheVersions),
    syncCheckpoints: createSyncCheckpointsRepository(db),
    jobs: createJobsRepository(db, clock),
    /**
     * The Aircall client's budget state: in PostgreSQL, shared by every instance on the database; with PGlite (one
     * process) the client's memory store.
     */
    budget: connection.driver === 'postgres' ? createSqlBudgetStore(db) : createMemoryBudgetStore(),
    events,
    leases: createLeasesRepository(db, clock),
    /** Throws unless the database answers a trivial query (readiness). */
    async ping(): Promise<void> {
      await db.execute(sql`SELECT 1`);
    },
    async close(): Promise<void> {
      await events.close();
      await connection.close();
    },
  };
}

export type Store = Awaited<ReturnType<typeof createStore>>;

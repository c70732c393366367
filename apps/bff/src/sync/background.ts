import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AppContext } from '../context';
import { liveHubOf } from '../live/hub';
import { type InboxWorkerOptions, startInboxWorker } from '../live/inbox-worker';
import { fetchMissingInsights } from './insights-fetch';
import { createLeadership } from './leadership';
import { createMirrorSync, defaultSyncSchedule, type SyncSchedule } from './mirror-sync';
import { reconcileWebhook } from './webhook-registration';

export type BackgroundContext = Pick<AppContext, 'store' | 'aircall' | 'logger' | 'clock'>;

export interface BackgroundOptions {
  /** The console's public origin; Aircall posts events to `${publicUrl}/webhooks/aircall`. */
  publicUrl: string;
  /** Unique among the instances sharing the database. Default: host, pid and a random suffix. */
  instanceId?: string;
  /** A dead leader is replaced this long after its last renewal. Default 15 s. */
  leaseTtlMs?: number;
  schedule?: Partial<SyncSchedule>;
  inbox?: InboxWorkerOptions;
  /** The webhook registration is checked (and re-activated if Aircall disabled it) this often. Default 10 min. */
  webhookCheckMs?: number;
  /** Live events stay replayable this long for reconnecting consoles. Default 24 h. */
  eventRetentionMs?: number;
  /** Applied webhook events stay (recognising late duplicates) this long. Default 7 days. */
  inboxRetentionMs?: number;
}

const hourMs = 3_600_000;
/** Insights missing from the mirror are looked for again this soon when calls were left waiting, else this often. */
const insightRetryMs = { more: 15_000, idle: 60_000 };
/** A job without progress this long lost its runner: every item takes seconds, budget waits included. */
const abandonedJobMs = 15 * 60_000;

/**
 * Everything the BFF does besides answering requests. Every instance applies webhook events from the inbox; the one
 * instance holding the `sync` lease also reconciles the webhook registration, runs the mirror sync and prunes old
 * events. Another instance takes over within the lease's TTL when the leader dies.
 */
export function startBackgroundWork(context: BackgroundContext, options: BackgroundOptions): { stop(): Promise<void> } {
  const { store, logger, clock } = context;
  const ttlMs = options.leaseTtlMs ?? 15_000;
  const webhookCheckMs = options.webhookCheckMs ?? 10 * 60_000;
  const schedule = { ...defaultSyncSchedule, ...options.schedule };
  const leadership = createLeadership(store, {
    name: 'sync',
    holderId: options.instanceId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    ttlMs,
  });
  const sync = createMirrorSync(context, schedule);
  const inbox = startInboxWorker(context, options.inbox);
  let leaderRun: { controller: AbortController; done: Promise<void> } | undefined;
  let renewTimer: NodeJS.Timeout | undefined;
  let renewing: Promise<void> | undefined;
  let stopped = false;

  async function lead(signal: AbortSignal): Promise<void> {
    logger.info('leading: webhook registration and sync');
    let webhookDueAt = 0;
    let housekeepingDueAt = 0;
    while (!signal.aborted) {
      if (clock.now() >= webhookDueAt) {
        webhookDueAt = clock.now() + webhookCheckMs;
        await reconcileWebhook({ ...context, signal }, options.publicUrl).catch((error: unknown) => {
          if (signal.aborted) return;
          logger.warn({ err: error }, 'webhook registration not reconciled');
          webhookDueAt = clock.now() + schedule.retryMs;
        });
      }
      if (clock.now() >= housekeepingDueAt) {
        housekeepingDueAt = clock.now() + hourMs;
        await Promise.all([
          store.events.prune(options.eventRetentionMs ?? 24 * hourMs),
          store.webhookInbox.pruneApplied(options.inboxRetentionMs ?? 7 * 24 * hourMs),
          store.jobs.failAbandoned(abandonedJobMs),
          store.loginThrottle.prune(24 * hourMs),
          store.sessions.pruneExpired(),
        ]);
      }
      const syncDueAt = await sync.runDue(signal);
      const moreInsights = await fetchMissingInsights(context, signal).catch((error: unknown) => {
        if (!signal.aborted) logger.warn({ err: error }, 'insights not fetched');
        return false;
      });
      const insightsDueAt = clock.now() + (moreInsights ? insightRetryMs.more : insightRetryMs.idle);
      const nextDueAt = Math.min(syncDueAt, webhookDueAt, housekeepingDueAt, insightsDueAt);
      await sleep(Math.max(1_000, nextDueAt - clock.now()), undefined, { signal }).catch(() => undefined);
    }
  }

  function startLeading(): void {
    const controller = new AbortController();
    const done = lead(controller.signal).catch((error: unknown) => {
      if (!controller.signal.aborted) logger.error({ err: error }, 'leader work failed; retrying on the next renewal');
    });
    leaderRun = {
      controller,
      done: done.finally(() => {
        if (leaderRun?.controller === controller) leaderRun = undefined;
      }),
    };
  }

  async function renew(): Promise<void> {
    const leading = await leadership.tick().catch((error: unknown) => {
      logger.warn({ err: error }, 'lease not renewed');
      return false;
    });
    if (stopped) return;
    if (leading && !leaderRun) startLeading();
    if (!leading && leaderRun) {
      logger.info('lost the sync lease: stopping leader work');
      leaderRun.controller.abort();
    }
    renewTimer = setTimeout(() => {
      renewing = renew();
    }, ttlMs / 3);
  }
  renewing = renew();

  return {
    async stop(): Promise<void> {
      stopped = true;
      clearTimeout(renewTimer);
      await renewing;
      leaderRun?.controller.abort();
      await leaderRun?.done;
      await Promise.all([leadership.release(), inbox.stop()]);
      liveHubOf(store).closeStreams();
    },
  };
}

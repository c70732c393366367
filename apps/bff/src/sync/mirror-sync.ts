import type { AircallClient, IterateOptions, Paginated } from '@switchboard/aircall';
import { contactSchema } from '@switchboard/aircall';
import type { Logger } from 'pino';
import type { Store } from '../store';
import type { SyncCheckpoint } from '../store/sync-checkpoints';

export interface SyncSchedule {
  /** How far back the backfill reaches: Aircall serves the last 3 months of calls. */
  historySeconds: number;
  /** The backfill reads calls one window of creation dates at a time, checkpointing after every page. */
  callWindowSeconds: number;
  /** At most this many pages per window read (a bound on a runaway listing); the next read resumes. */
  maxPagesPerWindow: number;
  /** After the backfill, calls created since the last read are fetched this often (webhooks do the rest). */
  callRefreshMs: number;
  /** Each refresh re-reads this much before the last one: recent calls still change (end, tags, comments). */
  callRefreshOverlapSeconds: number;
  /** Users, teams, numbers and tags are re-listed whole this often. */
  directoryRefreshMs: number;
  /** A resource whose last run failed is tried again after this long. */
  retryMs: number;
}

export const defaultSyncSchedule: SyncSchedule = {
  historySeconds: 90 * 24 * 3600,
  callWindowSeconds: 24 * 3600,
  maxPagesPerWindow: 400,
  callRefreshMs: 5 * 60_000,
  callRefreshOverlapSeconds: 3600,
  directoryRefreshMs: 15 * 60_000,
  retryMs: 60_000,
};

export const syncedResources = ['users', 'teams', 'numbers', 'tags', 'calls'] as const;
export type SyncedResource = (typeof syncedResources)[number];

export interface SyncDeps {
  store: Store;
  aircall: AircallClient;
  logger: Logger;
  clock: { now(): number };
}

/** A listing mirrored whole: what Aircall lists is upserted, what it no longer lists is deleted. */
interface DirectoryListing<T extends { id: number }> {
  listAll(params: Record<string, never>, options: IterateOptions): Paginated<T>;
  repository: { upsertMany(items: T[], version: number): Promise<unknown>; delete(id: number): Promise<unknown> };
  mirroredIds(): Promise<number[]>;
}

const seconds = (ms: number) => Math.floor(ms / 1000);

/** When a resource should run next, from its checkpoint (epoch ms). */
export function nextRunAt(resource: SyncedResource, checkpoint: SyncCheckpoint | undefined, schedule: SyncSchedule) {
  if (!checkpoint?.lastRunAt) return 0;
  if (checkpoint.error) return checkpoint.lastRunAt.getTime() + schedule.retryMs;
  if (!checkpoint.backfillDone) return 0;
  const interval = resource === 'calls' ? schedule.callRefreshMs : schedule.directoryRefreshMs;
  return (checkpoint.lastSuccessAt?.getTime() ?? 0) + interval;
}

/**
 * Keeps the mirror filled from Aircall's listings in the budget's background lane: a checkpointed backfill of the
 * calls Aircall keeps, then periodic refreshes; the directory (users, teams, numbers, tags) re-listed whole. Every
 * step is saved in `sync_checkpoints`, so a new leader (or a restarted process) resumes where the last one stopped.
 */
export function createMirrorSync(deps: SyncDeps, schedule: SyncSchedule = defaultSyncSchedule) {
  const { store, aircall, logger, clock } = deps;
  const listOptions = (signal: AbortSignal): IterateOptions => ({
    signal,
    lane: 'background',
    whenRateLimited: 'wait',
  });

  async function mirrorWhole<T extends { id: number }>(
    resource: Exclude<SyncedResource, 'calls'>,
    listing: DirectoryListing<T>,
    signal: AbortSignal,
  ): Promise<void> {
    const listed = new Set<number>();
    for await (const page of listing.listAll({}, listOptions(signal)).pages()) {
      await listing.repository.upsertMany(page.items, clock.now());
      for (const item of page.items) listed.add(item.id);
    }
    for (const id of await listing.mirroredIds()) if (!listed.has(id)) await listing.repository.delete(id);
    await store.syncCheckpoints.save(resource, {
      backfillDone: true,
      itemsSynced: listed.size,
      lastSuccessAt: new Date(clock.now()),
    });
  }

  const directory: Record<Exclude<SyncedResource, 'calls'>, (signal: AbortSignal) => Promise<void>> = {
    async users(signal) {
      const mirroredIds = async () => (await store.users.list()).map((record) => record.user.id);
      await mirrorWhole('users', { listAll: aircall.users.listAll, repository: store.users, mirroredIds }, signal);
      // The granular statuses (in a call, wrapping up …) that the user listing does not carry.
      for await (const availability of aircall.users.listAllAvailabilities({}, listOptions(signal))) {
        await store.users.setAvailability(availability.id, availability.availability);
      }
    },
    teams: (signal) => {
      // The store types a team without its members as Omit<Team, 'users'>, which keeps only the index signature.
      const mirroredIds = async () => (await store.teams.list()).map((record) => record.team.id as number);
      return mirrorWhole('teams', { listAll: aircall.teams.listAll, repository: store.teams, mirroredIds }, signal);
    },
    numbers: (signal) => {
      const mirroredIds = async () => (await store.numbers.list()).map((number) => number.id);
      return mirrorWhole(
        'numbers',
        { listAll: aircall.numbers.listAll, repository: store.numbers, mirroredIds },
        signal,
      );
    },
    tags: (signal) => {
      const mirroredIds = async () => (await store.tags.list()).map((tag) => tag.id);
      return mirrorWhole('tags', { listAll: aircall.tags.listAll, repository: store.tags, mirroredIds }, signal);
    },
  };

  /**
   * Reads calls created in [from, to] page by page, saving after each page how far it got. Answers true when the
   * range was read to its end (false: the page bound stopped it; the saved position resumes it).
   */
  async function readCalls(
    from: number,
    to: number,
    signal: AbortSignal,
    onPage: (lastStartedAt: number) => Promise<unknown>,
  ): Promise<boolean> {
    let exhausted = true;
    // With their contacts, so the console can name callers; "contacts as they are touched" includes these.
    const pages = aircall.calls.listAll(
      { from, to, fetch_contact: true },
      { ...listOptions(signal), maxPages: schedule.maxPagesPerWindow },
    );
    for await (const page of pages.pages()) {
      const version = clock.now();
      await store.calls.upsertMany(page.items.map((call) => ({ call, sourceUpdatedAt: version })));
      const contacts = page.items.flatMap((call) => {
        const contact = contactSchema.safeParse(call.contact);
        return contact.success ? [contact.data] : [];
      });
      if (contacts.length > 0) await store.contacts.upsertMany(contacts, version);
      const checkpoint = await store.syncCheckpoints.get('calls');
      await store.syncCheckpoints.save('calls', { itemsSynced: (checkpoint?.itemsSynced ?? 0) + page.items.length });
      const last = page.items.at(-1);
      if (last) await onPage(last.started_at);
      exhausted = page.meta.next_page_link === null;
    }
    return exhausted;
  }

  /**
   * Reads the history newest window first, so the console shows today's calls within a minute of a first start.
   * Checkpoint: `windowTo` is where the backfill began (the refresh takes over from there), `windowFrom` the oldest
   * second read completely, `cursor` the position reached inside the window being read (pages go oldest first).
   */
  async function backfillCalls(checkpoint: SyncCheckpoint | undefined, signal: AbortSignal): Promise<void> {
    const end = checkpoint?.windowTo ?? seconds(clock.now());
    let doneFrom = checkpoint?.windowFrom ?? end + 1;
    if (checkpoint?.windowTo == null) {
      await store.syncCheckpoints.save('calls', {
        windowFrom: doneFrom,
        windowTo: end,
        cursor: null,
        backfillDone: false,
      });
    }
    const oldest = end - schedule.historySeconds;
    while (doneFrom > oldest && !signal.aborted) {
      const windowStart = Math.max(oldest, doneFrom - schedule.callWindowSeconds);
      const resumeAt = Number((await store.syncCheckpoints.get('calls'))?.cursor ?? windowStart);
      // A resumed read repeats the second it stopped in (upserts are idempotent) rather than risk skipping calls of it.
      const exhausted = await readCalls(resumeAt, doneFrom - 1, signal, (lastStartedAt) =>
        store.syncCheckpoints.save('calls', { cursor: String(lastStartedAt) }),
      );
      if (!exhausted) continue;
      doneFrom = windowStart;
      await store.syncCheckpoints.save('calls', { windowFrom: doneFrom, cursor: null });
    }
    if (doneFrom <= oldest) {
      await store.syncCheckpoints.save('calls', { backfillDone: true, lastSuccessAt: new Date(clock.now()) });
      logger.info({ resource: 'calls' }, 'sync: backfill done');
    }
  }

  async function refreshCalls(checkpoint: SyncCheckpoint, signal: AbortSignal): Promise<void> {
    const to = seconds(clock.now());
    const from = Math.max(
      (checkpoint.windowTo ?? to) - schedule.callRefreshOverlapSeconds,
      to - schedule.historySeconds,
    );
    // A refresh reads one short range; should it ever be cut by the page bound, the next one starts from there.
    let readUpTo = to;
    const exhausted = await readCalls(from, to, signal, async (lastStartedAt) => {
      readUpTo = lastStartedAt;
    });
    await store.syncCheckpoints.save('calls', {
      windowFrom: exhausted ? to + 1 : readUpTo,
      windowTo: exhausted ? to : readUpTo,
      lastSuccessAt: new Date(clock.now()),
    });
  }

  async function syncResource(resource: SyncedResource, signal: AbortSignal): Promise<void> {
    const checkpoint = await store.syncCheckpoints.get(resource);
    await store.syncCheckpoints.save(resource, { lastRunAt: new Date(clock.now()), error: null });
    if (resource !== 'calls') return directory[resource](signal);
    if (checkpoint?.backfillDone) return refreshCalls(checkpoint, signal);
    return backfillCalls(checkpoint, signal);
  }

  return {
    /**
     * Runs every resource that is due, in order (the directory first: call rows show its names); answers when the
     * next one is due (epoch ms). A failing resource keeps its error in its checkpoint and does not stop the others.
     */
    async runDue(signal: AbortSignal): Promise<number> {
      for (const resource of syncedResources) {
        if (signal.aborted) break;
        if (nextRunAt(resource, await store.syncCheckpoints.get(resource), schedule) > clock.now()) continue;
        try {
          await syncResource(resource, signal);
        } catch (error) {
          if (signal.aborted) break;
          const message = error instanceof Error ? error.message : String(error);
          logger.warn({ resource, err: message }, 'sync: resource failed');
          await store.syncCheckpoints.save(resource, { error: message });
        }
      }
      const checkpoints = await store.syncCheckpoints.list();
      const byResource = new Map(checkpoints.map((checkpoint) => [checkpoint.resource, checkpoint]));
      return Math.min(...syncedResources.map((resource) => nextRunAt(resource, byResource.get(resource), schedule)));
    },
  };
}

export type MirrorSync = ReturnType<typeof createMirrorSync>;

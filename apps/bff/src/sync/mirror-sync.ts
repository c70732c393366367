import {
  type AircallClient,
  type AircallNumber,
  type Contact,
  contactSchema,
  type IterateOptions,
  LISTING_ITEM_CAP,
  MAX_PER_PAGE,
  Paginated,
  ResourceUnavailableError,
} from '@switchboard/aircall';
import type { ServerEvent } from '@switchboard/contracts';
import type { Logger } from 'pino';
import { publishEvent } from '../live/publish';
import { tagLookup, toCallRow } from '../mirror/call-view';
import { readCampaign } from '../mirror/campaign-view';
import { describeError } from '../privacy';
import type { MirrorRepair, Store } from '../store';
import type { SyncCheckpoint, SyncCheckpointChanges } from '../store/sync-checkpoints';

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
  /** Contacts changed since the last read (newest change first) are fetched this often (webhooks do the rest). */
  contactRefreshMs: number;
  /** Every user's dialer campaign is read again this often (Aircall lists no campaigns: one user at a time). */
  campaignRefreshMs: number;
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
  contactRefreshMs: 15 * 60_000,
  campaignRefreshMs: 30 * 60_000,
  directoryRefreshMs: 15 * 60_000,
  retryMs: 60_000,
};

export const syncedResources = ['users', 'teams', 'numbers', 'tags', 'calls', 'contacts', 'dialerCampaigns'] as const;
export type SyncedResource = (typeof syncedResources)[number];
/** Resources read by windows with checkpoints, rather than re-listed whole. */
type WindowedResource = 'calls' | 'contacts' | 'dialerCampaigns';
type DirectoryResource = Exclude<SyncedResource, WindowedResource>;

export interface SyncDeps {
  store: Store;
  aircall: AircallClient;
  logger: Logger;
  clock: { now(): number };
}

/** A listing mirrored whole: what Aircall lists is upserted, what it no longer lists is deleted. */
interface DirectoryListing<T extends { id: number }> {
  listAll(params: Record<string, never>, options: IterateOptions): Paginated<T>;
  repository: {
    upsertMany(items: T[], version: number): Promise<unknown>;
    delete(id: number, deletedAt: number): Promise<unknown>;
  };
  mirroredIds(): Promise<number[]>;
}

const seconds = (ms: number) => Math.floor(ms / 1000);

/** Write-throughs left to repair, read again per pass of the sync (the rest wait for the next pass). */
const repairsPerPass = 50;

/** When a resource should run next, from its checkpoint (epoch ms). */
export function nextRunAt(resource: SyncedResource, checkpoint: SyncCheckpoint | undefined, schedule: SyncSchedule) {
  if (!checkpoint?.lastRunAt) return 0;
  if (checkpoint.error) return checkpoint.lastRunAt.getTime() + schedule.retryMs;
  if (!checkpoint.backfillDone) return 0;
  // A walk through the users' campaigns that was cut short goes on at once.
  if (resource === 'dialerCampaigns' && checkpoint.cursor) return 0;
  const interval =
    {
      calls: schedule.callRefreshMs,
      contacts: schedule.contactRefreshMs,
      dialerCampaigns: schedule.campaignRefreshMs,
    }[resource as WindowedResource] ?? schedule.directoryRefreshMs;
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
    resource: DirectoryResource,
    listing: DirectoryListing<T>,
    signal: AbortSignal,
  ): Promise<void> {
    const listed = new Set<number>();
    // Absent from a listing that started now: a row written since (a webhook's newer state) is not removed.
    const listedAt = clock.now();
    for await (const page of listing.listAll({}, listOptions(signal)).pages()) {
      await listing.repository.upsertMany(page.items, clock.now());
      for (const item of page.items) listed.add(item.id);
    }
    for (const id of await listing.mirroredIds()) if (!listed.has(id)) await listing.repository.delete(id, listedAt);
    await store.syncCheckpoints.save(resource, {
      backfillDone: true,
      itemsSynced: listed.size,
      lastSuccessAt: new Date(clock.now()),
    });
  }

  /**
   * Every number with its users, which is who answers what: a V2 user carries no numbers and a listed number no
   * users, so one side must be read in detail. A number's detail (`GET /v1/numbers/:id`) lists its users, a user's
   * numbers (`GET /v2/users/:id/numbers`) are a request per user: companies have far fewer numbers than agents
   * (6 for 40 in the simulator), so reading numbers costs the budget a fraction of the other way.
   */
  function numbersWithUsers(params: Record<string, never>, options: IterateOptions): Paginated<AircallNumber> {
    const { maxPages: _pages, ...requestOptions } = options;
    return new Paginated(async function* () {
      for await (const page of aircall.numbers.listAll(params, options).pages()) {
        const items: AircallNumber[] = [];
        for (const number of page.items) {
          // Deleted since it was listed: mirrored as listed, the next refresh drops it.
          const detail = await aircall.numbers.get(number.id, requestOptions).catch((error: unknown) => {
            if (error instanceof ResourceUnavailableError && error.status === 404) return number;
            throw error;
          });
          items.push(detail);
        }
        yield { ...page, items };
      }
    });
  }

  const directory: Record<DirectoryResource, (signal: AbortSignal) => Promise<void>> = {
    async users(signal) {
      const mirroredIds = async () => (await store.users.list()).map((record) => record.user.id);
      await mirrorWhole('users', { listAll: aircall.users.listAll, repository: store.users, mirroredIds }, signal);
      // The granular statuses (in a call, wrapping up …) that the user listing does not carry.
      for await (const availability of aircall.users.listAllAvailabilities({}, listOptions(signal))) {
        // A listing says what each status is, not since when: a changed one starts at an unknown time.
        await store.users.setAvailability(availability.id, availability.availability, null);
      }
    },
    teams: (signal) => {
      // The store types a team without its members as Omit<Team, 'users'>, which keeps only the index signature.
      const mirroredIds = async () => (await store.teams.list()).map((record) => record.team.id as number);
      return mirrorWhole('teams', { listAll: aircall.teams.listAll, repository: store.teams, mirroredIds }, signal);
    },
    numbers: (signal) => {
      const mirroredIds = async () => (await store.numbers.list()).map((number) => number.id);
      return mirrorWhole('numbers', { listAll: numbersWithUsers, repository: store.numbers, mirroredIds }, signal);
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

  /**
   * Every shared contact, oldest created first, in [cursor, windowTo]: `windowTo` is when the backfill began (the
   * refresh takes over from there), `cursor` the creation second reached. The client narrows `from` to pass Aircall's
   * 10,000-item cap; a resumed read repeats the second it stopped in (upserts are idempotent).
   */
  async function backfillContacts(checkpoint: SyncCheckpoint | undefined, signal: AbortSignal): Promise<void> {
    const to = checkpoint?.windowTo ?? seconds(clock.now());
    if (checkpoint?.windowTo == null) {
      await store.syncCheckpoints.save('contacts', { windowTo: to, cursor: null, backfillDone: false });
    }
    const from = checkpoint?.cursor ? Number(checkpoint.cursor) : undefined;
    const pages = aircall.contacts.listAll(
      { from, to },
      { ...listOptions(signal), maxPages: schedule.maxPagesPerWindow },
    );
    let exhausted = true;
    for await (const page of pages.pages()) {
      const last = page.items.at(-1);
      await saveContacts(page.items, last ? { cursor: String(last.created_at) } : {});
      exhausted = page.meta.next_page_link === null;
    }
    if (exhausted && !signal.aborted) {
      await store.syncCheckpoints.save('contacts', { backfillDone: true, lastSuccessAt: new Date(clock.now()) });
      logger.info({ resource: 'contacts' }, 'sync: backfill done');
    }
  }

  /**
   * Contacts changed since the last read: Aircall filters its listing by creation date only, so the refresh reads the
   * listing by last change, newest first, down to the last refresh (less an overlap for clocks and late writes). More
   * changes than the listing's 10,000-item cap lets through: the next run reads everything again as a backfill.
   */
  async function refreshContacts(checkpoint: SyncCheckpoint, signal: AbortSignal): Promise<void> {
    const startedAt = seconds(clock.now());
    const since = (checkpoint.windowTo ?? 0) - schedule.callRefreshOverlapSeconds;
    const lastPage = LISTING_ITEM_CAP / MAX_PER_PAGE;
    for (let page = 1; ; page += 1) {
      const { contacts, meta } = await aircall.contacts.list(
        { order_by: 'updated_at', order: 'desc', page, per_page: MAX_PER_PAGE },
        listOptions(signal),
      );
      const changed = contacts.filter((contact) => contact.updated_at >= since);
      await saveContacts(changed, {});
      if (changed.length < contacts.length || meta.next_page_link === null) break;
      if (page === lastPage) {
        await store.syncCheckpoints.save('contacts', { backfillDone: false, windowTo: null, cursor: null });
        return;
      }
    }
    await store.syncCheckpoints.save('contacts', { windowTo: startedAt, lastSuccessAt: new Date(clock.now()) });
  }

  async function saveContacts(contacts: Contact[], position: SyncCheckpointChanges): Promise<void> {
    if (contacts.length > 0) await store.contacts.upsertMany(contacts, clock.now());
    const checkpoint = await store.syncCheckpoints.get('contacts');
    await store.syncCheckpoints.save('contacts', {
      ...position,
      itemsSynced: (checkpoint?.itemsSynced ?? 0) + contacts.length,
    });
  }

  /**
   * Every mirrored user's campaign, by user id from the checkpoint's `cursor` (the last user read), so a new leader
   * goes on where the last one stopped. Users no longer mirrored lose their row.
   */
  async function readCampaigns(checkpoint: SyncCheckpoint | undefined, signal: AbortSignal): Promise<void> {
    const after = Number(checkpoint?.cursor ?? 0);
    const userIds = (await store.users.list()).map((record) => record.user.id).sort((a, b) => a - b);
    let read = 0;
    for (const userId of userIds.filter((id) => id > after)) {
      if (signal.aborted) return;
      await store.dialerCampaigns.save(await readCampaign(aircall, userId, listOptions(signal)), clock.now());
      read += 1;
      await store.syncCheckpoints.save('dialerCampaigns', { cursor: String(userId) });
    }
    const known = new Set(userIds);
    for (const userId of await store.dialerCampaigns.userIds()) {
      if (!known.has(userId)) await store.dialerCampaigns.delete(userId);
    }
    await store.syncCheckpoints.save('dialerCampaigns', {
      cursor: null,
      backfillDone: true,
      itemsSynced: (checkpoint?.backfillDone ? 0 : (checkpoint?.itemsSynced ?? 0)) + read,
      lastSuccessAt: new Date(clock.now()),
    });
  }

  /** How a resource left to repair is read again, and the live event that tells the consoles. */
  const rereaders: Record<string, (id: number, signal: AbortSignal) => Promise<ServerEvent>> = {
    calls: async (id, signal) => {
      const call = await aircall.calls.get(id, { fetch_contact: true }, listOptions(signal));
      await store.calls.upsert(call, clock.now());
      return { type: 'call.upserted', at: seconds(clock.now()), call: toCallRow(call, await tagLookup(store)) };
    },
    contacts: async (id, signal) => {
      await store.contacts.upsertMany([await aircall.contacts.get(id, listOptions(signal))], clock.now());
      return { type: 'resource.changed', at: seconds(clock.now()), resource: 'contacts', id };
    },
    dialerCampaigns: async (userId, signal) => {
      await store.dialerCampaigns.save(await readCampaign(aircall, userId, listOptions(signal)), clock.now());
      return { type: 'resource.changed', at: seconds(clock.now()), resource: 'dialerCampaigns', id: userId };
    },
  };
  const forgetters: Record<string, (id: number) => Promise<unknown>> = {
    calls: (id) => store.calls.delete(id),
    contacts: (id) => store.contacts.delete(id, clock.now()),
  };

  /**
   * Reads again what the mirror could not take of a change Aircall accepted, or what Aircall answered without (see
   * mirror/write-through): one resource at a time, or, for the directory, its whole listing at the next pass.
   */
  async function repair(repair: MirrorRepair, signal: AbortSignal): Promise<void> {
    const reread = rereaders[repair.resource];
    if (!reread) {
      await store.syncCheckpoints.save(repair.resource, { lastSuccessAt: null });
      return;
    }
    try {
      await publishEvent(deps, await reread(repair.id, signal));
    } catch (error) {
      if (!(error instanceof ResourceUnavailableError && error.status === 404)) throw error;
      await forgetters[repair.resource]?.(repair.id);
    }
  }

  async function repairMirror(signal: AbortSignal): Promise<void> {
    for (const pending of await store.mirrorRepairs.list(repairsPerPass)) {
      if (signal.aborted) return;
      try {
        await repair(pending, signal);
        await store.mirrorRepairs.done(pending);
      } catch (error) {
        if (signal.aborted) return;
        logger.warn({ resource: pending.resource, id: pending.id, err: error }, 'sync: repair failed');
      }
    }
  }

  async function syncResource(resource: SyncedResource, signal: AbortSignal): Promise<void> {
    const checkpoint = await store.syncCheckpoints.get(resource);
    await store.syncCheckpoints.save(resource, { lastRunAt: new Date(clock.now()), error: null });
    if (resource === 'dialerCampaigns') return readCampaigns(checkpoint, signal);
    if (resource === 'contacts') {
      return checkpoint?.backfillDone ? refreshContacts(checkpoint, signal) : backfillContacts(checkpoint, signal);
    }
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
      await repairMirror(signal);
      for (const resource of syncedResources) {
        if (signal.aborted) break;
        if (nextRunAt(resource, await store.syncCheckpoints.get(resource), schedule) > clock.now()) continue;
        try {
          await syncResource(resource, signal);
        } catch (error) {
          if (signal.aborted) break;
          logger.warn({ resource, err: error }, 'sync: resource failed');
          await store.syncCheckpoints.save(resource, { error: describeError(error).message });
        }
      }
      const checkpoints = await store.syncCheckpoints.list();
      const byResource = new Map(checkpoints.map((checkpoint) => [checkpoint.resource, checkpoint]));
      const nextDue = Math.min(
        ...syncedResources.map((resource) => nextRunAt(resource, byResource.get(resource), schedule)),
      );
      // Repairs left (failed, or recorded during this pass) are tried again soon rather than at the next refresh.
      const repairsLeft = (await store.mirrorRepairs.list(1)).length > 0;
      return repairsLeft ? Math.min(nextDue, clock.now() + schedule.retryMs) : nextDue;
    },
  };
}

export type MirrorSync = ReturnType<typeof createMirrorSync>;

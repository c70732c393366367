/**
 * Caches of rarely changing reads, kept correct across instances.
 *
 * A trigger bumps `cache_versions` on every statement that writes a cached table and NOTIFYs `switchboard_cache`
 * with `<table>:<version>` (migration 0009). Each instance keeps the highest version it has heard of per table:
 * - writes made through this instance's repositories invalidate its own cache at once;
 * - other instances' writes arrive through LISTEN (PostgreSQL), within a millisecond or two of their commit;
 * - a query that reads the version in its own snapshot (the call list does) tells the instance as well, so the
 *   page of calls and the tag names beside it never disagree.
 * A lost LISTEN connection forgets every cached value: notices sent while deaf are lost.
 */
export const cachedTables = ['calls', 'tags', 'webhook_registration'] as const;
export type CachedTable = (typeof cachedTables)[number];

export const cacheChannel = 'switchboard_cache';

export interface CacheVersions {
  /** The newest version of `table` this instance has heard of. */
  known(table: CachedTable): number;
  /** A version read from the database or a NOTIFY; older ones are ignored. */
  observe(table: CachedTable, version: number): void;
  /** This instance wrote `table`: what it cached is stale whatever the version says. */
  invalidate(table: CachedTable): void;
  /** A `<table>:<version>` NOTIFY payload. */
  onNotice(payload: string): void;
  /** Notices may have been missed (LISTEN reconnected): every cached value is stale. */
  forgetAll(): void;
  /** Reads `load` once per version of `table`; concurrent readers share one load. */
  cached<T>(table: CachedTable, load: () => Promise<T>): CachedRead<T>;
}

export interface CachedRead<T> {
  get(): Promise<T>;
}

export function createCacheVersions(): CacheVersions {
  const versions = new Map<CachedTable, number>();
  /** Bumped by invalidate/forgetAll: an entry loaded before is stale even at the same version. */
  const epochs = new Map<CachedTable, number>();
  const epoch = (table: CachedTable) => epochs.get(table) ?? 0;
  const known = (table: CachedTable) => versions.get(table) ?? 0;
  const invalidate = (table: CachedTable) => epochs.set(table, epoch(table) + 1);

  const observe = (table: CachedTable, version: number) => {
    if (version > known(table)) versions.set(table, version);
  };

  return {
    known,
    observe,
    invalidate,
    onNotice(payload) {
      const [table, version] = payload.split(':');
      if ((cachedTables as readonly string[]).includes(table ?? '') && Number.isSafeInteger(Number(version))) {
        observe(table as CachedTable, Number(version));
      }
    },
    forgetAll() {
      for (const table of cachedTables) invalidate(table);
    },
    cached<T>(table: CachedTable, load: () => Promise<T>): CachedRead<T> {
      let entry: { version: number; epoch: number; value: Promise<T> } | undefined;
      return {
        get() {
          if (entry && entry.version >= known(table) && entry.epoch === epoch(table)) return entry.value;
          // Labelled before loading: a write that lands meanwhile has a higher version, so it is read next time.
          const current = { version: known(table), epoch: epoch(table), value: load() };
          entry = current;
          current.value.catch(() => {
            if (entry === current) entry = undefined; // a failed read is not remembered
          });
          return current.value;
        },
      };
    },
  };
}

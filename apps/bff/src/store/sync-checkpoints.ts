import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from './db';
import { syncCheckpoints } from './schema';
import { excludedColumns } from './sql-helpers';

export type SyncCheckpoint = typeof syncCheckpoints.$inferSelect;
export type SyncCheckpointChanges = Partial<Omit<SyncCheckpoint, 'resource'>>;

/** Where each resource's sync stands, so that a restarted sync resumes instead of starting over. */
export function createSyncCheckpointsRepository(db: Database) {
  return {
    async get(resource: string): Promise<SyncCheckpoint | undefined> {
      const [row] = await db.select().from(syncCheckpoints).where(eq(syncCheckpoints.resource, resource));
      return row;
    },

    list: (): Promise<SyncCheckpoint[]> => db.select().from(syncCheckpoints).orderBy(asc(syncCheckpoints.resource)),

    /** Creates or updates the checkpoint; fields left out keep their value. */
    async save(resource: string, changes: SyncCheckpointChanges): Promise<SyncCheckpoint> {
      const [row] = await db
        .insert(syncCheckpoints)
        .values({ ...changes, resource })
        .onConflictDoUpdate({
          target: syncCheckpoints.resource,
          set: {
            // Setting the key to itself keeps the statement valid when no field changes.
            resource: sql`excluded.resource`,
            ...pick(excludedColumns(syncCheckpoints, syncCheckpoints.resource), definedKeys(changes)),
          },
        })
        .returning();
      if (!row) throw new Error('checkpoint upsert returned no row');
      return row;
    },

    async reset(resource: string): Promise<void> {
      await db.delete(syncCheckpoints).where(eq(syncCheckpoints.resource, resource));
    },
  };
}

const definedKeys = (changes: object) =>
  Object.entries(changes)
    .filter(([, value]) => value !== undefined)
    .map(([key]) => key);

function pick<T>(record: Record<string, T>, keys: string[]): Record<string, T> {
  return Object.fromEntries(keys.filter((key) => key in record).map((key) => [key, record[key] as T]));
}

export type SyncCheckpointsRepository = ReturnType<typeof createSyncCheckpointsRepository>;

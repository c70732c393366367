import { and, asc, eq } from 'drizzle-orm';
import type { Database } from './db';
import { mirrorRepairs } from './schema';
import type { StoreClock } from './time';

export type MirrorRepair = Pick<typeof mirrorRepairs.$inferSelect, 'resource' | 'id' | 'endpoint'>;

/** Resources Aircall changed that the mirror missed (a failed write-through): the sync reads them again. */
export function createMirrorRepairsRepository(db: Database, clock: StoreClock) {
  return {
    /** Once per resource: a second failure before the repair changes nothing but the endpoint named. */
    async record(repair: MirrorRepair): Promise<void> {
      await db
        .insert(mirrorRepairs)
        .values({ ...repair, recordedAt: clock.date() })
        .onConflictDoUpdate({
          target: [mirrorRepairs.resource, mirrorRepairs.id],
          set: { endpoint: repair.endpoint, recordedAt: clock.date() },
        });
    },
    /** Oldest first. */
    list: (limit: number): Promise<MirrorRepair[]> =>
      db
        .select({ resource: mirrorRepairs.resource, id: mirrorRepairs.id, endpoint: mirrorRepairs.endpoint })
        .from(mirrorRepairs)
        .orderBy(asc(mirrorRepairs.recordedAt))
        .limit(limit),
    async done(repair: Pick<MirrorRepair, 'resource' | 'id'>): Promise<void> {
      await db
        .delete(mirrorRepairs)
        .where(and(eq(mirrorRepairs.resource, repair.resource), eq(mirrorRepairs.id, repair.id)));
    },
  };
}

export type MirrorRepairsRepository = ReturnType<typeof createMirrorRepairsRepository>;

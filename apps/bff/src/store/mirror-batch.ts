import type { Call, Contact, User } from '@switchboard/aircall';
import { inArray } from 'drizzle-orm';
import type { CacheVersions } from './cache-versions';
import { type CallEventInput, createCallEventsRepository, createCallsRepository } from './calls';
import type { Database } from './db';
import { type AvailabilityChange, createContactsRepository, createUsersRepository } from './directory';
import { calls, users } from './schema';

/** What the mirror holds of the calls and users a batch touches, read inside the batch's transaction. */
export interface MirrorBatchState {
  /** Stored calls by id: how far along and how recent their state is. */
  calls: Map<number, { statusRank: number; sourceUpdatedAt: number }>;
  /** Stored users by id. */
  users: Map<number, { availability: string | null; sourceUpdatedAt: number }>;
}

/** Everything a batch writes; each list is written by one statement. */
export interface MirrorBatchWrites {
  callEvents: CallEventInput[];
  contacts: { contact: Contact; sourceUpdatedAt: number }[];
  users: { user: User; sourceUpdatedAt: number }[];
  /** One state per call. */
  calls: { call: Call; sourceUpdatedAt: number }[];
  /** Applied after `users`, so a user created by the batch takes its availability too. */
  availabilities: AvailabilityChange[];
}

/**
 * Applies a batch of changes to the mirror in one transaction with a handful of statements, whatever the number of
 * events: the caller reads the current state of what the batch touches, decides in memory what to write, and every
 * kind of row is written by one multi-row statement. The upserts keep their newest-state guards, so another
 * instance writing the same rows meanwhile never has a newer state undone; answers the ids actually written.
 */
export function createMirrorBatch(db: Database, versions: CacheVersions) {
  return {
    async apply(
      touched: { callIds: number[]; userIds: number[] },
      plan: (state: MirrorBatchState) => MirrorBatchWrites,
    ): Promise<{ callIds: number[]; userIds: number[] }> {
      return db.transaction(async (tx) => {
        const storedCalls =
          touched.callIds.length === 0
            ? []
            : await tx
                .select({ id: calls.id, statusRank: calls.statusRank, sourceUpdatedAt: calls.sourceUpdatedAt })
                .from(calls)
                .where(inArray(calls.id, touched.callIds));
        const storedUsers =
          touched.userIds.length === 0
            ? []
            : await tx
                .select({ id: users.id, availability: users.availability, sourceUpdatedAt: users.sourceUpdatedAt })
                .from(users)
                .where(inArray(users.id, touched.userIds));
        const writes = plan({
          calls: new Map(storedCalls.map(({ id, ...state }) => [id, state])),
          users: new Map(storedUsers.map(({ id, ...state }) => [id, state])),
        });
        const userRepository = createUsersRepository(tx);
        await createCallEventsRepository(tx).recordMany(writes.callEvents);
        await createContactsRepository(tx).upsertVersioned(writes.contacts);
        const userIds = await userRepository.upsertVersioned(writes.users);
        const callIds = await createCallsRepository(tx, versions).upsertMany(writes.calls);
        await userRepository.setAvailabilities(writes.availabilities);
        return { callIds, userIds };
      });
    },
  };
}

export type MirrorBatch = ReturnType<typeof createMirrorBatch>;

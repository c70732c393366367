import type { AircallNumber, Contact, Tag, Team, User } from '@switchboard/aircall';
import { and, asc, desc, eq, getTableName, inArray, like, lte, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { CacheVersions } from './cache-versions';
import { onlyDigits } from './calls';
import type { Database } from './db';
import { contacts, numbers, type TeamData, tags, teamMembers, teams, tombstones, users } from './schema';
import { containsPattern, excludedColumns, lastByKey } from './sql-helpers';
import { storableJson } from './storable';
import { type StoreClock, storeClock } from './time';

/** The resources mirrored as "id + full JSON + a few columns"; all upserts keep the newest state. */
type MirrorTable = typeof users | typeof numbers | typeof tags | typeof contacts | typeof teams;

/**
 * Serialises the writes of these rows against each other's deletes, on every instance, for the transaction's length:
 * without it an update could read "no tombstone" just before a delete commits, then bring the row back.
 */
async function lockRows(tx: Database, table: MirrorTable, ids: number[]): Promise<void> {
  // In id order, so two writers of the same rows never wait on each other in a cycle.
  const idList = `{${[...new Set(ids)].sort((a, b) => a - b).join(',')}}`;
  await tx.execute(
    sql`SELECT pg_advisory_xact_lock(hashtextextended(${getTableName(table)} || ':' || id, 0)) FROM unnest(${idList}::bigint[]) AS id ORDER BY id`,
  );
}

/**
 * An update writes every column but the key and those in `kept`, which keep the value the row had; it never goes
 * back in time: not past the row's own state, nor past a delete of the row (its tombstone). Of several rows for one
 * id the newest is written (the last of equally new ones), as if they had been upserted one by one.
 */
async function upsertNewest<Table extends MirrorTable>(
  db: Database,
  table: Table,
  rows: Table['$inferInsert'][],
  kept: PgColumn[] = [],
): Promise<number[]> {
  if (rows.length === 0) return [];
  const oldestFirst = rows.toSorted((a, b) => a.sourceUpdatedAt - b.sourceUpdatedAt);
  const newest = lastByKey(oldestFirst, (row) => row.id);
  return db.transaction(async (tx) => {
    await lockRows(
      tx,
      table,
      newest.map((row) => row.id),
    );
    const deleted = await tx
      .select({ id: tombstones.id, deletedAt: tombstones.deletedAt })
      .from(tombstones)
      .where(
        and(
          eq(tombstones.resource, getTableName(table)),
          inArray(
            tombstones.id,
            newest.map((row) => row.id),
          ),
        ),
      );
    const deletedAt = new Map(deleted.map((tombstone) => [tombstone.id, tombstone.deletedAt]));
    const alive = newest.filter((row) => row.sourceUpdatedAt > (deletedAt.get(row.id) ?? Number.NEGATIVE_INFINITY));
    if (alive.length === 0) return [];
    const written = await tx
      .insert(table as MirrorTable)
      .values(alive as (typeof users.$inferInsert)[])
      .onConflictDoUpdate({
        target: table.id,
        set: excludedColumns(table, table.id, ...kept),
        setWhere: sql`excluded.source_updated_at >= ${table.sourceUpdatedAt}`,
      })
      .returning({ id: table.id });
    return written.map((row) => row.id);
  });
}

/**
 * Deletes a row as of `deletedAt` (epoch ms), leaving a tombstone with that time: a row whose state is newer than
 * the delete stays, and no older update brings a deleted row back. Answers whether a row went.
 */
async function deleteAsOf(db: Database, table: MirrorTable, id: number, deletedAt: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    await lockRows(tx, table, [id]);
    await tx
      .insert(tombstones)
      .values({ resource: getTableName(table), id, deletedAt })
      .onConflictDoUpdate({
        target: [tombstones.resource, tombstones.id],
        set: { deletedAt: sql`greatest(${tombstones.deletedAt}, excluded.deleted_at)` },
      });
    const removed = await tx
      .delete(table)
      .where(and(eq(table.id, id), lte(table.sourceUpdatedAt, deletedAt)))
      .returning({ id: table.id });
    return removed.length > 0;
  });
}

/** Mirrored users with their granular availability (in_call, after_call_work, …) when known. */
export interface UserRecord {
  user: User;
  availability: string | null;
  /** When `availability` last changed, UNIX seconds; null before the first change the mirror saw. */
  availabilitySince: number | null;
}

/** A user's granular availability since `at` (UNIX seconds); null when only seen, not seen changing (a listing). */
export interface AvailabilityChange {
  userId: number;
  availability: string;
  at: number | null;
}

export function createUsersRepository(db: Database, clock: StoreClock = storeClock()) {
  const record = { user: users.data, availability: users.availability, availabilitySince: users.availabilitySince };
  const upsertVersioned = (items: { user: User; sourceUpdatedAt: number }[]) =>
    upsertNewest(
      db,
      users,
      items.map(({ user, sourceUpdatedAt }) => ({
        id: user.id,
        data: user,
        name: user.name,
        email: user.email,
        available: user.available,
        availabilityStatus: user.availability_status,
        sourceUpdatedAt,
      })),
      [users.availability, users.availabilitySince],
    );
  /** A change's time becomes the status's start only when the status changes: a repeated one keeps its start. */
  async function setAvailabilities(changes: AvailabilityChange[]): Promise<number[]> {
    if (changes.length === 0) return [];
    const latest = lastByKey(changes, (change) => change.userId);
    const updated = await db
      .update(users)
      .set({
        availability: sql`change.availability`,
        availabilitySince: sql`CASE WHEN ${users.availability} IS DISTINCT FROM change.availability THEN change.at
          ELSE ${users.availabilitySince} END`,
      })
      .from(sql`jsonb_to_recordset(${storableJson(latest)}::jsonb) AS change("userId" int, availability text, at int)`)
      .where(sql`${users.id} = change."userId"`)
      .returning({ id: users.id });
    return updated.map((row) => row.id);
  }
  return {
    /**
     * A user object carries no granular availability: the one webhooks and /users/availabilities left stays until
     * `setAvailability` changes it.
     */
    upsertMany: (items: User[], sourceUpdatedAt: number) =>
      upsertVersioned(items.map((user) => ({ user, sourceUpdatedAt }))),
    /** `upsertMany` where each user has a version of its own. */
    upsertVersioned,
    /** From /users/availabilities or a user.* webhook, at `at` (UNIX seconds, default now); unknown users are left alone. */
    setAvailability: async (userId: number, availability: string, at: number | null = Math.floor(clock.now() / 1000)) =>
      (await setAvailabilities([{ userId, availability, at }])).length > 0,
    /** Many users' availabilities in one statement; answers the ids of those known. */
    setAvailabilities,
    async get(id: number): Promise<UserRecord | undefined> {
      const [row] = await db.select(record).from(users).where(eq(users.id, id));
      return row;
    },
    list: (): Promise<UserRecord[]> => db.select(record).from(users).orderBy(asc(users.name), asc(users.id)),
    delete: (id: number, deletedAt: number) => deleteAsOf(db, users, id, deletedAt),
  };
}

export interface TeamRecord {
  team: TeamData;
  memberIds: number[];
}

export function createTeamsRepository(db: Database) {
  const record = {
    team: teams.data,
    memberIds: sql<
      number[]
    >`coalesce((SELECT array_agg(${teamMembers.userId} ORDER BY ${teamMembers.userId}) FROM ${teamMembers} WHERE ${teamMembers.teamId} = ${teams.id}), '{}')`,
  };
  return {
    /** Writes teams and, for those written, replaces their members with the listed users. */
    async upsertMany(items: Team[], sourceUpdatedAt: number): Promise<number[]> {
      return db.transaction(async (tx) => {
        const written = await upsertNewest(
          tx,
          teams,
          items.map(({ users: _members, ...team }) => ({ id: team.id, data: team, name: team.name, sourceUpdatedAt })),
        );
        if (written.length === 0) return written;
        await tx.delete(teamMembers).where(inArray(teamMembers.teamId, written));
        const members = lastByKey(items, (team) => team.id)
          .filter((team) => written.includes(team.id))
          .flatMap((team) => team.users.map((user) => ({ teamId: team.id, userId: user.id })));
        if (members.length > 0) await tx.insert(teamMembers).values(members).onConflictDoNothing();
        return written;
      });
    },
    async addMember(teamId: number, userId: number): Promise<void> {
      await db.insert(teamMembers).values({ teamId, userId }).onConflictDoNothing();
    },
    async removeMember(teamId: number, userId: number): Promise<void> {
      await db.delete(teamMembers).where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.userId, userId)));
    },
    async get(id: number): Promise<TeamRecord | undefined> {
      const [row] = await db.select(record).from(teams).where(eq(teams.id, id));
      return row;
    },
    list: (): Promise<TeamRecord[]> => db.select(record).from(teams).orderBy(asc(teams.name), asc(teams.id)),
    /** Teams a user belongs to (for a supervisor's board and "my team" filters). */
    async idsOfUser(userId: number): Promise<number[]> {
      const rows = await db
        .select({ teamId: teamMembers.teamId })
        .from(teamMembers)
        .where(eq(teamMembers.userId, userId))
        .orderBy(asc(teamMembers.teamId));
      return rows.map((row) => row.teamId);
    },
    delete: (id: number, deletedAt: number) => deleteAsOf(db, teams, id, deletedAt),
  };
}

export function createNumbersRepository(db: Database) {
  return {
    upsertMany: (items: AircallNumber[], sourceUpdatedAt: number) =>
      upsertNewest(
        db,
        numbers,
        items.map((number) => ({
          id: number.id,
          data: number,
          name: number.name,
          digits: number.digits,
          sourceUpdatedAt,
        })),
      ),
    async get(id: number): Promise<AircallNumber | undefined> {
      const [row] = await db.select({ data: numbers.data }).from(numbers).where(eq(numbers.id, id));
      return row?.data;
    },
    async list(): Promise<AircallNumber[]> {
      const rows = await db.select({ data: numbers.data }).from(numbers).orderBy(asc(numbers.name), asc(numbers.id));
      return rows.map((row) => row.data);
    },
    delete: (id: number, deletedAt: number) => deleteAsOf(db, numbers, id, deletedAt),
  };
}

/** Tags are read by every call row and change a few times a year: the list is cached (see cache-versions.ts). */
export function createTagsRepository(db: Database, versions: CacheVersions) {
  const list = versions.cached('tags', async () => {
    const rows = await db.select({ data: tags.data }).from(tags).orderBy(asc(tags.name), asc(tags.id));
    return rows.map((row) => row.data);
  });
  async function written<T>(write: Promise<T>): Promise<T> {
    try {
      return await write;
    } finally {
      versions.invalidate('tags');
    }
  }
  return {
    upsertMany: (items: Tag[], sourceUpdatedAt: number) =>
      written(
        upsertNewest(
          db,
          tags,
          items.map((tag) => ({ id: tag.id, data: tag, name: tag.name, color: tag.color, sourceUpdatedAt })),
        ),
      ),
    async get(id: number): Promise<Tag | undefined> {
      return (await list.get()).find((tag) => tag.id === id);
    },
    async list(): Promise<Tag[]> {
      return [...(await list.get())];
    },
    delete: (id: number, deletedAt: number) => written(deleteAsOf(db, tags, id, deletedAt)),
  };
}

function contactSearchText(contact: Contact): string {
  return [
    contact.first_name,
    contact.last_name,
    contact.company_name,
    ...contact.emails.map((email) => email.value),
    ...contact.phone_numbers.map((phone) => onlyDigits(phone.value)),
  ]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
}

/** What a page of mirrored contacts is filtered by; every filter given must match. */
export interface ContactPageQuery {
  /** Name, company, email or phone digits containing it (case-insensitive). */
  text?: string;
  /** Digits some phone number of the contact contains, formatting ignored. */
  phoneDigits?: string;
  /** Part of some email address of the contact (case-insensitive). */
  email?: string;
  /** 1-based. */
  page: number;
  perPage: number;
}

/**
 * The contacts mirror: every shared contact (the sync lists them all, webhooks keep them live). Every filter is a
 * "contains" match on `search_text` (trigram-indexed); phone and email filters then check the field itself.
 */
export function createContactsRepository(db: Database) {
  function conditions(query: Omit<ContactPageQuery, 'page' | 'perPage'>): SQL[] {
    const found: SQL[] = [];
    const text = query.text?.trim().toLowerCase();
    if (text) {
      const digits = onlyDigits(text);
      const byText = like(contacts.searchText, containsPattern(text));
      found.push(digits.length >= 3 ? (or(byText, like(contacts.searchText, containsPattern(digits))) as SQL) : byText);
    }
    const phone = query.phoneDigits === undefined ? '' : onlyDigits(query.phoneDigits);
    if (phone) {
      found.push(
        like(contacts.searchText, containsPattern(phone)),
        sql`EXISTS (SELECT 1 FROM jsonb_array_elements(${contacts.data}->'phone_numbers') AS phone
          WHERE regexp_replace(phone->>'value', '[^0-9]', '', 'g') LIKE ${containsPattern(phone)})`,
      );
    }
    const email = query.email?.trim().toLowerCase();
    if (email) {
      found.push(
        like(contacts.searchText, containsPattern(email)),
        sql`EXISTS (SELECT 1 FROM jsonb_array_elements(${contacts.data}->'emails') AS email
          WHERE lower(email->>'value') LIKE ${containsPattern(email)})`,
      );
    }
    return found;
  }

  /** Newest first (Aircall's ids grow with time), with the number of matches when asked. */
  async function page(query: ContactPageQuery, options = { withTotal: true }) {
    const where = and(...conditions(query));
    const [rows, total] = await Promise.all([
      db
        .select({ data: contacts.data })
        .from(contacts)
        .where(where)
        .orderBy(desc(contacts.id))
        .limit(query.perPage)
        .offset((query.page - 1) * query.perPage),
      options.withTotal ? db.$count(contacts, where) : Promise.resolve(null),
    ]);
    return { contacts: rows.map((row) => row.data), total };
  }

  const upsertVersioned = (items: { contact: Contact; sourceUpdatedAt: number }[]) =>
    upsertNewest(
      db,
      contacts,
      items.map(({ contact, sourceUpdatedAt }) => ({
        id: contact.id,
        data: contact,
        searchText: contactSearchText(contact),
        sourceUpdatedAt,
      })),
    );
  return {
    page,
    upsertMany: (items: Contact[], sourceUpdatedAt: number) =>
      upsertVersioned(items.map((contact) => ({ contact, sourceUpdatedAt }))),
    /** `upsertMany` where each contact has a version of its own. */
    upsertVersioned,
    async get(id: number): Promise<Contact | undefined> {
      const [row] = await db.select({ data: contacts.data }).from(contacts).where(eq(contacts.id, id));
      return row?.data;
    },
    delete: (id: number, deletedAt: number) => deleteAsOf(db, contacts, id, deletedAt),
  };
}
export type UsersRepository = ReturnType<typeof createUsersRepository>;
export type TeamsRepository = ReturnType<typeof createTeamsRepository>;
export type NumbersRepository = ReturnType<typeof createNumbersRepository>;
export type TagsRepository = ReturnType<typeof createTagsRepository>;
export type ContactsRepository = ReturnType<typeof createContactsRepository>;

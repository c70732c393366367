import type { AircallNumber } from '@switchboard/aircall';
import {
  type Availability,
  type AvailabilityStatus,
  availabilitySchema,
  availabilityStatusSchema,
  type NumberRef,
  type TeamMember,
  type User,
} from '@switchboard/contracts';
import type { Store } from '../../store';
import { secondsOf } from '../../time';

type UserRecord = NonNullable<Awaited<ReturnType<Store['users']['get']>>>;
type TeamRecord = NonNullable<Awaited<ReturnType<Store['teams']['get']>>>;

export type { TeamRecord, UserRecord };

/**
 * The granular availability webhooks keep up to date; until one arrives, what the user object says: `unavailable`
 * is Do Not Disturb (reference), otherwise `available` tells whether they can take calls now.
 */
export function availabilityOf(record: UserRecord): Availability {
  const live = availabilitySchema.safeParse(record.availability);
  if (live.success) return live.data;
  if (record.user.availability_status === 'unavailable') return 'do_not_disturb';
  return record.user.available ? 'available' : 'offline';
}

function availabilityStatusOf(record: UserRecord): AvailabilityStatus {
  return availabilityStatusSchema.catch('custom').parse(record.user.availability_status);
}

/**
 * The mirror's users, teams and numbers read once and cross-referenced: who belongs to which team, who answers
 * which number. Aircall lists a user's numbers only on the user's detail and a number's users only on the number's,
 * so both sides are merged.
 */
export async function loadDirectory(store: Store) {
  const [users, teams, numbers] = await Promise.all([store.users.list(), store.teams.list(), store.numbers.list()]);
  const usersById = new Map(users.map((record) => [record.user.id, record]));
  const numbersById = new Map(numbers.map((number) => [number.id, number]));
  const teamsById = new Map(teams.map((record) => [record.team.id, { ...record.team, memberIds: record.memberIds }]));

  const teamIdsByUser = new Map<number, number[]>();
  for (const { id, memberIds } of teamsById.values()) {
    for (const userId of memberIds) teamIdsByUser.set(userId, [...(teamIdsByUser.get(userId) ?? []), id]);
  }
  const numberIdsByUser = new Map<number, Set<number>>();
  const assign = (userId: number, numberId: number) =>
    numberIdsByUser.set(userId, (numberIdsByUser.get(userId) ?? new Set()).add(numberId));
  for (const number of numbers) for (const user of number.users ?? []) assign(user.id, number.id);
  for (const { user } of users) for (const number of user.numbers ?? []) assign(user.id, number.id);

  const numberIdsOf = (userId: number) => [...(numberIdsByUser.get(userId) ?? [])].sort((a, b) => a - b);

  return {
    users,
    teams,
    numbers,
    usersById,
    numbersById,
    teamsById,
    numberIdsOf,

    toUser(record: UserRecord): User {
      const { user } = record;
      return {
        id: user.id,
        name: user.name,
        email: user.email,
        availability: availabilityOf(record),
        availabilityStatus: availabilityStatusOf(record),
        wrapUpTime: user.wrap_up_time ?? 0,
        timeZone: user.time_zone,
        language: user.language,
        teamIds: teamIdsByUser.get(user.id) ?? [],
        numberIds: numberIdsOf(user.id),
        availabilitySince: record.availabilitySince,
        createdAt: secondsOf(user.created_at),
      };
    },

    /** A member the users mirror does not know yet still shows, by id. */
    toMember(userId: number): TeamMember {
      const record = usersById.get(userId);
      if (!record) return { id: userId, name: `User ${userId}`, email: '', availability: 'offline' };
      return { id: userId, name: record.user.name, email: record.user.email, availability: availabilityOf(record) };
    },

    userName(userId: number): string {
      return usersById.get(userId)?.user.name ?? `User ${userId}`;
    },
  };
}

export type Directory = Awaited<ReturnType<typeof loadDirectory>>;

export function toNumberRef(number: Pick<AircallNumber, 'id' | 'name' | 'digits'>): NumberRef {
  return { id: number.id, name: number.name, digits: number.digits };
}

import type { Team, TeamDetail, TeamMember, User, UserDetail } from '@switchboard/contracts';

/** Contracts-shaped data for the supervisor and admin pages' tests. */
export function team(overrides: Partial<Team> = {}): Team {
  return { id: 1, name: 'Support', memberCount: 2, availableCount: 1, createdAt: 1_750_000_000, ...overrides };
}

export function member(overrides: Partial<TeamMember> = {}): TeamMember {
  return { id: 7, name: 'Ada Lovelace', email: 'ada@example.com', availability: 'available', ...overrides };
}

export function teamDetail(overrides: Partial<TeamDetail> = {}): TeamDetail {
  const members = overrides.members ?? [member()];
  return { ...team({ memberCount: members.length }), members, ...overrides };
}

export function user(overrides: Partial<User> = {}): User {
  return {
    id: 7,
    name: 'Ada Lovelace',
    email: 'ada@example.com',
    availability: 'available',
    availabilityStatus: 'available',
    wrapUpTime: 30,
    timeZone: 'Europe/Paris',
    language: 'en-US',
    teamIds: [1],
    numberIds: [1],
    availabilitySince: 1_760_000_000,
    createdAt: 1_700_000_000,
    ...overrides,
  };
}

export function userDetail(overrides: Partial<UserDetail> = {}): UserDetail {
  return {
    ...user(),
    teams: [{ id: 1, name: 'Support' }],
    numbers: [{ id: 1, name: 'Paris Support', digits: '+33 1 76 11 11 11' }],
    defaultNumberId: 1,
    recentCalls: [],
    ...overrides,
  };
}

export function usersPage(users: User[]) {
  return { users, meta: { page: 1, perPage: 50, total: users.length, hasNextPage: false } };
}

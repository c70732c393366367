import type { AircallNumber, Call, Contact, Team, User } from '@switchboard/aircall';

/** 2026-01-15 12:00 UTC, UNIX seconds. */
export const baseTime = Date.UTC(2026, 0, 15, 12) / 1000;

/** A finished, answered inbound call; every field can be overridden. */
export function aCall(overrides: Partial<Call> & { id: number }): Call {
  const startedAt = overrides.started_at ?? baseTime;
  return {
    direct_link: `https://api.aircall.io/v1/calls/${overrides.id}`,
    direction: 'inbound',
    status: 'done',
    missed_call_reason: null,
    started_at: startedAt,
    answered_at: startedAt + 10,
    ended_at: startedAt + 70,
    duration: 70,
    raw_digits: '+33 6 12 34 56 78',
    voicemail: null,
    recording: null,
    asset: null,
    archived: false,
    user: { id: 1, name: 'Agent One' },
    assigned_to: null,
    transferred_by: null,
    transferred_to: null,
    contact: null,
    number: { id: 100, name: 'Paris', digits: '+33 1 00 00 00 00' },
    teams: [],
    comments: [],
    tags: [],
    ...overrides,
  };
}

export function aMissedCall(overrides: Partial<Call> & { id: number }): Call {
  return aCall({ answered_at: null, missed_call_reason: 'agents_did_not_answer', user: null, ...overrides });
}

export function aUser(overrides: Partial<User> & { id: number }): User {
  return {
    direct_link: `https://api.aircall.io/v1/users/${overrides.id}`,
    name: `User ${overrides.id}`,
    email: `user${overrides.id}@example.com`,
    available: true,
    availability_status: 'available',
    created_at: '2025-01-01T00:00:00.000Z',
    time_zone: 'Europe/Paris',
    language: 'en-US',
    ...overrides,
  };
}

export function aTeam(overrides: Partial<Team> & { id: number }): Team {
  return {
    name: `Team ${overrides.id}`,
    direct_link: `https://api.aircall.io/v1/teams/${overrides.id}`,
    created_at: '2025-01-01T00:00:00.000Z',
    users: [],
    ...overrides,
  };
}

export const aNumber = (id: number, name: string): AircallNumber => ({
  id,
  direct_link: `https://api.aircall.io/v1/numbers/${id}`,
  name,
  digits: '+33 1 00 00 00 00',
  created_at: '2025-01-01T00:00:00.000Z',
  country: 'FR',
  time_zone: 'Europe/Paris',
  open: true,
  availability_status: 'open',
  is_ivr: false,
  live_recording_activated: false,
  priority: null,
});

export const aContact = (id: number, overrides: Partial<Contact> = {}): Contact => ({
  id,
  direct_link: `https://api.aircall.io/v1/contacts/${id}`,
  first_name: 'Jennifer',
  last_name: 'Smith',
  company_name: 'Acme',
  information: null,
  is_shared: true,
  created_at: 1,
  updated_at: 1,
  emails: [{ id: 1, label: 'work', value: 'jennifer@acme.example' }],
  phone_numbers: [{ id: 2, label: 'mobile', value: '+33 6 11 22 33 44' }],
  ...overrides,
});

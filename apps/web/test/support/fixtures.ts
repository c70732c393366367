import type {
  CallDetail,
  CallListResponse,
  CallRow,
  PhoneNumber,
  Role,
  SessionAccount,
  Tag,
  Team,
  User,
} from '@switchboard/contracts';

let nextId = 1000;

export function callRow(overrides: Partial<CallRow> = {}): CallRow {
  const id = nextId++;
  return {
    id,
    direction: 'inbound',
    status: 'done',
    missedCallReason: null,
    rawDigits: '+33 6 12 34 56 78',
    number: { id: 1, name: 'Paris Support', digits: '+33 1 76 11 11 11' },
    agent: { id: 7, name: 'Ada Lovelace' },
    startedAt: 1_760_000_000 - id * 60,
    answeredAt: 1_760_000_010 - id * 60,
    endedAt: 1_760_000_135 - id * 60,
    duration: 135,
    archived: false,
    ...overrides,
  };
}

export function callPage(calls: CallRow[], meta: Partial<CallListResponse['meta']> = {}): CallListResponse {
  return { calls, meta: { page: 1, perPage: 50, total: calls.length, hasNextPage: false, ...meta } };
}

export function sessionAccount(role: Role = 'agent', overrides: Partial<SessionAccount> = {}): SessionAccount {
  return { id: 1, email: `${role}@example.com`, role, aircallUser: { id: 7, name: 'Ada Lovelace' }, ...overrides };
}

function user(id: number, name: string, availability: User['availability']): User {
  return {
    id,
    name,
    email: `${name.split(' ')[0]?.toLowerCase()}@example.com`,
    availability,
    availabilityStatus: 'available',
    wrapUpTime: 30,
    timeZone: 'Europe/Paris',
    language: 'en-US',
    teamIds: [1],
    numberIds: [1],
    availabilitySince: 1_760_000_000,
    createdAt: 1_700_000_000,
  };
}

function team(id: number, name: string, memberCount: number): Team {
  return { id, name, memberCount, availableCount: Math.min(memberCount, 3), createdAt: 1_700_000_000 };
}

const phoneLine: PhoneNumber = {
  id: 1,
  name: 'Paris Support',
  digits: '+33 1 76 11 11 11',
  country: 'FR',
  timeZone: 'Europe/Paris',
  open: true,
  availabilityStatus: 'open',
  isIvr: false,
  liveRecordingActivated: true,
  priority: null,
  createdAt: 1_700_000_000,
};

const tags: Tag[] = [
  { id: 11, name: 'Billing', color: '#1A73E8', description: null, usageCount: 4 },
  { id: 12, name: 'Urgent', color: '#D93025', description: null, usageCount: 2 },
  { id: 13, name: 'Feedback', color: '#188038', description: null, usageCount: 0 },
];

/** The company the default handlers serve (test/support/server.ts). */
export const directory = {
  tags,
  users: [user(7, 'Ada Lovelace', 'available'), user(8, 'Grace Hopper', 'in_call'), user(9, 'Alan Turing', 'offline')],
  teams: [team(1, 'Support', 6), team(2, 'Everyone', 30)],
  numbers: [phoneLine],
};

export function callDetail(overrides: Partial<CallDetail> = {}): CallDetail {
  const row = callRow();
  return {
    ...row,
    talkTime: 125,
    hasVoicemail: false,
    hasRecording: true,
    teams: [{ id: 1, name: 'Support' }],
    commentCount: 0,
    tags: [],
    comments: [],
    contact: null,
    assignedTo: null,
    transferredBy: null,
    transferredTo: null,
    cost: null,
    live: false,
    recordingPaused: false,
    timeline: [
      { type: 'created', at: row.startedAt, user: null, detail: null },
      { type: 'answered', at: row.startedAt + 10, user: { id: 7, name: 'Ada Lovelace' }, detail: null },
    ],
    ...overrides,
  };
}

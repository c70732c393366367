import type { CallListResponse, CallRow, Role, SessionAccount } from '@switchboard/contracts';

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

import type { CallRow, Contact, Job } from '@switchboard/contracts';
import { callRow } from './fixtures';

/** A bulk job as the BFF answers `202` and `jobs.get` (ids are UUIDs in the contract). */
export function bulkJob(overrides: Partial<Job> = {}): Job {
  return {
    id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    kind: 'calls.bulkTag',
    state: 'queued',
    total: 2,
    done: 0,
    failed: 0,
    failures: [],
    createdAt: 1_760_000_000,
    finishedAt: null,
    ...overrides,
  };
}

/** A call still going: ringing (`initial`) unless told otherwise, started a minute before the manual clock's start. */
export function liveCall(overrides: Partial<CallRow> = {}): CallRow {
  return callRow({
    status: 'initial',
    startedAt: 1_759_999_940,
    answeredAt: null,
    endedAt: null,
    duration: 0,
    ...overrides,
  });
}

export function contact(overrides: Partial<Contact> = {}): Contact {
  return {
    id: 501,
    firstName: 'Jane',
    lastName: 'Doe',
    companyName: 'Acme',
    information: null,
    displayName: 'Jane Doe',
    phoneNumbers: [{ id: 1, label: 'Work', value: '+33612345678' }],
    emails: [],
    createdAt: 1_700_000_000,
    updatedAt: 1_700_000_000,
    ...overrides,
  };
}

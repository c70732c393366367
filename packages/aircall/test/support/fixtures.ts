import type { Call, PageMeta } from '../../src';

export const ORIGIN = 'https://aircall.test';
export const credentials = { apiId: 'test-api-id', apiToken: 'test-api-token-s3cr3t' };
export const authorizationValue = `Basic ${Buffer.from(`${credentials.apiId}:${credentials.apiToken}`).toString('base64')}`;

export function callFixture(id: number, overrides: Partial<Call> = {}): Call {
  return {
    id,
    direct_link: `${ORIGIN}/v1/calls/${id}`,
    direction: 'inbound',
    status: 'done',
    missed_call_reason: null,
    started_at: 1_700_000_000 + id,
    answered_at: 1_700_000_005 + id,
    ended_at: 1_700_000_060 + id,
    duration: 60,
    raw_digits: '+1 800-123-4567',
    voicemail: null,
    recording: null,
    asset: null,
    archived: false,
    cost: '0',
    user: { id: 456, name: 'John Doe' },
    assigned_to: null,
    transferred_by: null,
    transferred_to: null,
    contact: null,
    number: { id: 1234, name: 'French Office' },
    teams: [],
    comments: [],
    tags: [],
    ...overrides,
  };
}

export function metaFixture(overrides: Partial<PageMeta> = {}): PageMeta {
  return {
    count: 1,
    total: 1,
    current_page: 1,
    per_page: 20,
    next_page_link: null,
    previous_page_link: null,
    ...overrides,
  };
}

import { describe, expect, it } from 'vitest';
import { callListQueryStrictSchema } from '../src';
import { expectRejected } from './support';

describe('call-list query', () => {
  it('fills defaults for an empty query', () => {
    expect(callListQueryStrictSchema.parse({})).toEqual({ page: 1, perPage: 50, order: 'desc' });
  });

  it('coerces query-string values', () => {
    expect(callListQueryStrictSchema.parse({ page: '3', perPage: '20', order: 'asc', from: '100', to: '200' })).toEqual(
      {
        page: 3,
        perPage: 20,
        order: 'asc',
        from: 100,
        to: 200,
      },
    );
  });

  it('reads every filter from a query string', () => {
    expect(
      callListQueryStrictSchema.parse({
        perPage: '100',
        sort: 'duration',
        direction: 'inbound',
        type: 'missed',
        missedReason: 'no_available_agent',
        agentId: '4',
        teamId: '5',
        numberId: '6',
        tagIds: '7,8',
        tagMatch: 'all',
        archived: 'false',
        phoneNumber: '+1 800',
        q: ' refund ',
      }),
    ).toEqual({
      page: 1,
      perPage: 100,
      order: 'desc',
      sort: 'duration',
      direction: 'inbound',
      type: 'missed',
      missedReason: 'no_available_agent',
      agentId: 4,
      teamId: 5,
      numberId: 6,
      tagIds: [7, 8],
      tagMatch: 'all',
      archived: false,
      phoneNumber: '+1 800',
      q: 'refund',
    });
  });

  it('reads repeated tagIds as a list', () => {
    expect(callListQueryStrictSchema.parse({ tagIds: ['7', '8'] }).tagIds).toEqual([7, 8]);
  });

  it('names the field and the rule when strict parsing fails', () => {
    const result = callListQueryStrictSchema.safeParse({ perPage: '101', order: 'sideways' });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual(
      expect.arrayContaining([
        ['perPage', 'must be at most 100'],
        ['order', 'must be one of asc, desc'],
      ]),
    );
  });

  it.each([
    [{ from: '200', to: '100' }, 'from', 'from must not be after to'],
    [{ cursor: 'abc', page: '2' }, 'cursor', 'use either page or cursor, not both'],
    [{ cursor: 'not a cursor!' }, 'cursor', 'must be a cursor returned by a previous page'],
    [{ type: 'busy' }, 'type', 'answered, missed, voicemail, abandoned'],
    [{ missedReason: 'lunch' }, 'missedReason', 'out_of_opening_hours'],
    [{ tagIds: 'x' }, 'tagIds.0', 'must be a number'],
    [{ tagMatch: 'some' }, 'tagMatch', 'any, all'],
    [{ archived: 'yes' }, 'archived', 'must be true or false'],
    [{ agentId: '0' }, 'agentId', 'must be a positive id'],
    [{ phoneNumber: '12' }, 'phoneNumber', 'at least 3 digits'],
    [{ q: 'a' }, 'q', 'at least 2 characters'],
  ])('rejects %j at %s', (input, path, message) => {
    expectRejected(callListQueryStrictSchema, input, path, message);
  });
});

import { auditQueryStrictSchema, callListQueryStrictSchema, userListQueryStrictSchema } from '@switchboard/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateAuditSearch } from '../src/features/admin/audit-search';
import { listQueryOf, validateCallsSearch } from '../src/features/calls/call-list-search';
import { validateUsersSearch } from '../src/features/users/user-list-search';

/** What a hand-edited URL may hold once the router has read it: numbers, text, booleans, arrays, objects. */
const urlValue = fc.oneof(
  fc.integer({ min: -5, max: 2 ** 53 }),
  fc.double(),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', 'true', 'false', '1,2', 'desc', 'talkTime', 'inbound', 'answered', '+33 1 23', 'ab'),
  fc.boolean(),
  fc.array(fc.oneof(fc.integer({ min: -1, max: 99 }), fc.string({ maxLength: 3 })), { maxLength: 60 }),
  fc.constant(null),
  fc.object({ maxDepth: 1 }),
);
const urlOf = (keys: string[]) => fc.dictionary(fc.constantFrom(...keys), urlValue);

const callKeys = Object.keys(callListQueryStrictSchema.shape).concat('call');

/** The validators as the router calls them on a hand-edited URL: with anything at all. */
const anyInput = <T>(validate: (input: never) => T) => validate as unknown as (input: Record<string, unknown>) => T;
const readCalls = anyInput(validateCallsSearch);
const readUsers = anyInput(validateUsersSearch);
const readAudit = anyInput(validateAuditSearch);

describe('list URLs checked in validateSearch', () => {
  it('turn any /calls URL into a query the BFF accepts (every field, and from ≤ to, min ≤ max, page or cursor)', () => {
    fc.assert(
      fc.property(urlOf(callKeys), (url) => {
        const search = readCalls(url);
        expect(callListQueryStrictSchema.safeParse(listQueryOf(search)).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('turn any /users and /admin/audit URL into a query the BFF accepts', () => {
    fc.assert(
      fc.property(urlOf(Object.keys(userListQueryStrictSchema.shape)), (url) => {
        expect(userListQueryStrictSchema.safeParse(readUsers(url)).success).toBe(true);
      }),
    );
    fc.assert(
      fc.property(urlOf(Object.keys(auditQueryStrictSchema.shape)), (url) => {
        expect(auditQueryStrictSchema.safeParse(readAudit(url)).success).toBe(true);
      }),
    );
  });

  it('keep every valid value of a /calls URL as the BFF would read it', () => {
    const url = {
      page: 2,
      perPage: 20,
      order: 'asc',
      sort: 'talkTime',
      from: 100,
      to: 200,
      minDuration: '60',
      direction: 'inbound',
      type: 'missed',
      missedReason: 'short_abandoned',
      agentId: 3,
      tagIds: '4,5',
      tagMatch: 'all',
      archived: 'false',
      phoneNumber: '+33 1 23',
      q: '  refund ',
      call: 9,
    };
    const search = readCalls(url);
    expect(listQueryOf(search)).toEqual(callListQueryStrictSchema.parse({ ...url, call: undefined }));
    expect(search.call).toBe(9);
  });

  it('drop what breaks a rule and keep the rest', () => {
    expect(readCalls({ page: 'x', perPage: 999, order: 'up', from: -5 })).toMatchObject({
      page: 1,
      perPage: 50,
      order: 'desc',
      from: undefined,
    });
    expect(readCalls({ from: 200, to: 100, direction: 'inbound' })).toMatchObject({
      from: undefined,
      to: undefined,
      direction: 'inbound',
    });
    expect(readCalls({ contactId: 4, phoneNumber: '1234' })).toMatchObject({
      contactId: 4,
      phoneNumber: undefined,
    });
    expect(readCalls({ page: 3, cursor: 'abc' })).toMatchObject({ page: 3, cursor: undefined });
  });
});

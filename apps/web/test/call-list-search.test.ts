import { type CallListQuery, callListSearchSchema } from '@switchboard/contracts';
import { describe, expect, it } from 'vitest';
import { parseCallListSearch } from '../src/features/calls/call-list-search';

/** Whatever a hand-edited URL holds. */
const parse = parseCallListSearch as (search: Record<string, unknown>) => CallListQuery;

const values: unknown[] = [
  undefined,
  null,
  '',
  ' ',
  '0',
  '1',
  '2',
  2,
  '3.5',
  3.5,
  '-1',
  -1,
  '50',
  '51',
  51,
  '1e3',
  'Infinity',
  1e20,
  Number.NaN,
  true,
  false,
  [2],
  ['1', '2'],
  {},
  'asc',
  'desc',
  'ASC',
  'x',
];

describe('parseCallListSearch', () => {
  it.each(['page', 'perPage', 'order', 'from', 'to'])('reads %s exactly as the contracts schema does', (field) => {
    for (const value of values) {
      const search = { [field]: value };
      expect(parse(search), `${field}=${JSON.stringify(value)}`).toEqual(callListSearchSchema.parse(search));
    }
  });

  it('keeps a valid URL as it is', () => {
    const search = { page: 4, perPage: 20, order: 'asc', from: 1_700_000_000, to: 1_700_086_400 };
    expect(parse(search)).toEqual(search);
  });
});

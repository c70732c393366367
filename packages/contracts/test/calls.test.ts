import { describe, expect, it } from 'vitest';
import { callListQueryStrictSchema, callListSearchSchema } from '../src';

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

  it('names the field and the rule when strict parsing fails', () => {
    const result = callListQueryStrictSchema.safeParse({ perPage: '101', order: 'sideways' });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['perPage', 'order']));
  });

  it('rejects a range that ends before it starts', () => {
    const result = callListQueryStrictSchema.safeParse({ from: '200', to: '100' });
    expect(result.error?.issues[0]?.path).toEqual(['from']);
  });

  it('recovers from a hand-edited URL with defaults instead of failing', () => {
    expect(callListSearchSchema.parse({ page: 'x', perPage: 999, order: 'up', from: -5 })).toEqual({
      page: 1,
      perPage: 50,
      order: 'desc',
      from: undefined,
      to: undefined,
    });
  });
});

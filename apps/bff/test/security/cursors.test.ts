import { apiEndpoints, numberBounds } from '@switchboard/contracts';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { edgeNumberText } from './arbitraries';
import { mirroredApp } from './mirrored-app';
import { knownKeys } from './registry-shapes';

type Admin = Awaited<ReturnType<Awaited<ReturnType<typeof mirroredApp>>['signIn']>>;

const encode = (text: string) => Buffer.from(text).toString('base64url');
const integerIn = (min: number, max: number) => (value: number) =>
  Number.isInteger(value) && value >= min && value <= max;
const seconds = integerIn(0, numberBounds.seconds);
const aircallId = integerIn(1, numberBounds.aircallId);
const float4 = (value: number) => value === 0 || (value >= 1.1754943508222875e-38 && value <= 3.4028234663852886e38);

/**
 * A cursor of each list in the shape that list writes, for its query's sort and order, with numbers in its numeric
 * slots: valid only when every slot holds what that list could have written there.
 */
const shapedCursors = [
  {
    path: '/api/calls?sort=startedAt&order=desc',
    cursor: ([value, id]: string[]) => `["started_at","desc",${value},${id}]`,
    slots: [seconds, aircallId],
  },
  {
    path: '/api/calls?q=call&sort=relevance&order=asc',
    cursor: ([rank, id]: string[]) => `["relevance","asc",${rank},${id}]`,
    slots: [float4, aircallId],
  },
  {
    path: '/api/users?sort=availability&order=desc',
    cursor: ([rank, id]: string[]) => `["availability","desc",${rank},"ada",${id}]`,
    slots: [integerIn(0, 4), aircallId],
  },
  { path: '/api/audit?', cursor: ([id]: string[]) => `["audit",${id}]`, slots: [aircallId] },
];

/** What a JSON number literal reads as, or undefined when it is no JSON number at all. */
function readNumber(text: string): number | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'number' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Whatever a client could send: any JSON, any bytes, any base64url text. */
const anyCursor = fc.oneof(
  fc.jsonValue().map((value) => encode(JSON.stringify(value) ?? 'null')),
  fc.string({ unit: 'binary', maxLength: 60 }).map(encode),
  fc.stringMatching(/^[A-Za-z0-9_-]{1,600}$/),
  fc.constantFrom('MWUzMDA', encode('1e300'), encode('[]'), encode('{"id":1}'), encode('audit:1')),
);

const listsWithCursor = apiEndpoints.filter(
  (endpoint) =>
    endpoint.method === 'GET' && knownKeys('query' in endpoint ? endpoint.query : undefined).includes('cursor'),
);

describe('crafted cursors', () => {
  let admin: Admin;

  beforeAll(async () => {
    const testApp = await mirroredApp();
    admin = await testApp.signIn('admin');
  });

  async function expectRefusedCursor(path: string, cursor: string) {
    const res = await admin.get(`${path}${path.includes('?') ? '&' : '?'}cursor=${cursor}`);
    expect(res.status, `${path} cursor=${cursor}`).toBe(400);
    expect(res.body.error.details.fields.map((field: { field: string }) => field.field)).toContain('query.cursor');
  }

  it('covers every list of the registry that takes a cursor', () => {
    const paths = new Set(shapedCursors.map((shaped) => new URL(shaped.path, 'http://x').pathname));
    for (const endpoint of listsWithCursor)
      if (endpoint.path !== '/api/contacts') expect(paths).toContain(endpoint.path);
  });

  it('any made-up cursor is a 400 naming query.cursor, on every list that takes one', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...listsWithCursor), anyCursor, (endpoint, cursor) =>
        expectRefusedCursor(endpoint.path, cursor),
      ),
      { numRuns: 150 },
    );
  }, 120_000);

  it('a cursor of the right shape holding an out-of-range number is a 400, and an in-range one is read', async () => {
    const shapedWithNumbers = fc
      .constantFrom(...shapedCursors)
      .chain((shaped) =>
        fc.tuple(
          fc.constant(shaped),
          fc.array(edgeNumberText, { minLength: shaped.slots.length, maxLength: shaped.slots.length }),
        ),
      );
    await fc.assert(
      fc.asyncProperty(shapedWithNumbers, async ([shaped, numbers]) => {
        const valid = numbers.every((text, slot) => {
          const value = readNumber(text);
          return value !== undefined && shaped.slots[slot]?.(value) === true;
        });
        const cursor = encode(shaped.cursor(numbers));
        if (valid) await admin.get(`${shaped.path}&cursor=${cursor}`).expect(200);
        else await expectRefusedCursor(shaped.path, cursor);
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});

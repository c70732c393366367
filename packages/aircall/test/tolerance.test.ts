import fc from 'fast-check';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  callSchema,
  collectOddities,
  contactSchema,
  createAircallClient,
  type OdditiesEvent,
  UnexpectedResponseError,
  userSchema,
} from '../src';
import { callFixture, credentials, metaFixture, ORIGIN } from './support/fixtures';
import { useMswServer } from './support/msw';

const server = useMswServer();

function clientWithLog() {
  const events: OdditiesEvent[] = [];
  const client = createAircallClient({
    ...credentials,
    baseUrl: ORIGIN,
    retry: false,
    budget: false,
    hooks: { onOddities: (event) => events.push(event) },
  });
  return { client, events };
}

const withoutKey = (object: Record<string, unknown>, key: string) =>
  Object.fromEntries(Object.entries(object).filter(([name]) => name !== key));

describe('tolerant reading', () => {
  it('defaults a call without teams, drops a call without id, and keeps the rest of the page', async () => {
    const secretPhone = '+33612345678';
    const calls = [
      withoutKey(callFixture(1), 'teams'),
      { ...withoutKey(callFixture(2), 'id'), raw_digits: secretPhone },
      { ...callFixture(3), comments: [{ id: 9, content: 'ok', posted_at: 1 }, { content: 'no id' }] },
      { ...callFixture(4), answered_at: 'no_available_agent', user: { name: 'no id' } },
    ];
    server.use(http.get(`${ORIGIN}/v1/calls`, () => HttpResponse.json({ meta: metaFixture({ count: 4 }), calls })));
    const { client, events } = clientWithLog();

    const page = await client.calls.list();

    expect(page.calls.map((call) => call.id)).toEqual([1, 3, 4]);
    expect(page.calls[0]?.teams).toEqual([]);
    expect(page.calls[1]?.comments.map((comment) => comment.id)).toEqual([9]);
    expect(page.calls[1]?.comments[0]?.posted_by).toBeNull();
    expect(page.calls[2]).toMatchObject({ answered_at: null, user: null });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      method: 'GET',
      route: '/v1/calls',
      defaulted: { 'call.teams': 1, 'call.answered_at': 1, 'call.user': 1 },
      dropped: { calls: 1, 'call.comments': 1 },
    });
    expect(events[0]?.reasons).toContain('calls[].id: Invalid input: expected number, received undefined');
    expect(JSON.stringify(events)).not.toContain(secretPhone);
    expect(client.oddities().dropped).toEqual({ calls: 1, 'call.comments': 1 });
  });

  it('reads a contact without created_at', () => {
    const { value, oddities } = collectOddities(() =>
      contactSchema.parse({ id: 7, first_name: 'Ada', phone_numbers: [{ id: 1, label: 'Work', value: '+1' }] }),
    );
    expect(value).toMatchObject({ id: 7, created_at: 0, emails: [], last_name: null });
    expect(oddities.defaulted).toMatchObject({ 'contact.created_at': 1, 'contact.emails': 1 });
  });

  it('reads abridged nested users (a call user without substatus, a comment author without time_zone)', () => {
    const call = callFixture(5, {
      user: { id: 1, name: 'Ann', email: 'ann@acme.example' },
      comments: [{ id: 1, content: 'x', posted_at: 2, posted_by: { id: 2, name: 'Bo' } }],
    });
    const { value, oddities } = collectOddities(() => callSchema.parse(call));
    expect(value.user).toMatchObject({ id: 1, name: 'Ann' });
    expect(value.comments[0]?.posted_by).toMatchObject({ id: 2 });
    expect(oddities.defaulted).toEqual({});
  });

  it('still refuses a page whose list or end cannot be read', async () => {
    const { client } = clientWithLog();
    server.use(
      http.get(`${ORIGIN}/v1/calls`, () => HttpResponse.json({ meta: metaFixture(), data: [] })),
      http.get(`${ORIGIN}/v1/tags`, () => HttpResponse.json({ meta: { count: 1 }, tags: [] })),
    );
    await expect(client.calls.list()).rejects.toBeInstanceOf(UnexpectedResponseError);
    await expect(client.tags.list()).rejects.toBeInstanceOf(UnexpectedResponseError);
  });

  it('never throws on any object: a user is read or refused, and what is odd is named, never echoed', () => {
    const marker = 'zz-personal-value-zz';
    const value = fc.oneof(
      fc.constant(marker),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.constant(marker), { maxLength: 2 }),
      fc.dictionary(fc.string({ maxLength: 4 }), fc.constant(marker), { maxKeys: 2 }),
    );
    const user = fc.record(
      {
        id: fc.oneof(fc.integer({ min: 1 }), value),
        name: fc.oneof(fc.constant('Ann'), value),
        email: value,
        created_at: value,
        numbers: fc.array(fc.oneof(value, fc.record({ id: fc.integer(), digits: fc.constant(marker) })), {
          maxLength: 3,
        }),
        substatus: value,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(user, (input) => {
        const { value: parsed, oddities } = collectOddities(() => userSchema.safeParse(input));
        const usable = Number.isSafeInteger(input.id) && typeof input.name === 'string';
        expect(parsed.success).toBe(usable);
        expect(JSON.stringify(oddities)).not.toContain(marker);
      }),
    );
  });
});

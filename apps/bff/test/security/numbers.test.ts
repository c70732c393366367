import { apiEndpoints, csrfHeaderName, numberBounds, pathParamNames } from '@switchboard/contracts';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { aCall, aTeam, aUser } from '../store/fixtures';
import { describeOnEachDriver } from '../store/harness';
import { mirroredApp } from './mirrored-app';
import { knownKeys } from './registry-shapes';

/** Ids Aircall may reach: past 32 bits, up to the largest the API takes. */
const wideId = fc.constantFrom(2 ** 31, 2 ** 32 + 7, 2 ** 40, numberBounds.aircallId);

// Streams never end; logging out would end the session the requests use.
const endpoints = apiEndpoints.filter((endpoint) => !('contentType' in endpoint) && endpoint.id !== 'auth.logout');
const idKeys = (schema: unknown) => knownKeys(schema).filter((key) => /Ids?$/.test(key));

describe('ids past 32 bits over the API', () => {
  let admin: Awaited<ReturnType<Awaited<ReturnType<typeof mirroredApp>>['signIn']>>;

  beforeAll(async () => {
    const testApp = await mirroredApp();
    admin = await testApp.signIn('admin', testApp.idFor('userId') as number);
  });

  it('in every path param and id filter answer a 4xx or the (empty) result, never a 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...endpoints), wideId, async (endpoint, id) => {
        const path = pathParamNames(endpoint.path).reduce(
          (built, name) => built.replace(`:${name}`, name === 'kind' ? 'recording' : String(id)),
          endpoint.path as string,
        );
        const keys = idKeys('query' in endpoint ? endpoint.query : undefined);
        const url = keys.length > 0 ? `${path}?${keys.map((key) => `${key}=${id}`).join('&')}` : path;
        const method = endpoint.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
        const bodyIds = Object.fromEntries(
          idKeys('body' in endpoint ? endpoint.body : undefined).map((key) => [key, id]),
        );
        const res = await (endpoint.method === 'GET'
          ? admin.get(url)
          : admin[method](url).set(csrfHeaderName, '1').send(bodyIds));
        expect(res.status, `${endpoint.method} ${url}`).toBeLessThan(500);
      }),
      { numRuns: 250 },
    );
  }, 120_000);
});

describeOnEachDriver('Aircall ids past 32 bits in the store', (ctx) => {
  it('are stored as 64-bit and read back as the same numbers, through filters too', async () => {
    const [userId, teamId, tagId, numberId, callId] = [2 ** 31, 2 ** 40, 2 ** 32 + 7, numberBounds.aircallId, 2 ** 45];
    await ctx.store.users.upsertMany([aUser({ id: userId })], 1);
    await ctx.store.teams.upsertMany([aTeam({ id: teamId, users: [aUser({ id: userId })] })], 1);
    const call = aCall({
      id: callId,
      user: { id: userId, name: 'Wide' },
      number: { id: numberId, name: 'Wide', digits: '+33 1 00 00 00 00' },
      teams: [{ id: teamId, name: 'Wide' }],
      tags: [{ id: tagId, name: 'wide' }],
    });
    await ctx.store.calls.upsert(call, 1);

    expect((await ctx.store.users.get(userId))?.user.id).toBe(userId);
    expect((await ctx.store.teams.get(teamId))?.memberIds).toEqual([userId]);
    const found = await ctx.store.calls.list({
      perPage: 5,
      userIds: [userId],
      numberIds: [numberId],
      teamIds: [teamId],
      tagIds: [tagId],
    });
    expect(found.calls.map((each) => each.id)).toEqual([callId]);
    expect(found.calls[0]?.user?.id).toBe(userId);
  });
});

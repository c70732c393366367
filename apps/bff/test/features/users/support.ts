import type { FaultRule } from '@switchboard/aircall-sim';
import { apiEndpoints, buildPath, csrfHeaderName, type Role, roles } from '@switchboard/contracts';
import request from 'supertest';
import { expect, it } from 'vitest';
import { callsTestApp, collect } from '../calls/support';

/**
 * The calls tests' app (manual clock, no rate limit, no retries; calls, tags and teams mirrored) with the rest of the
 * directory mirrored too, as the sync does: users (V2), numbers with their details (who answers which number) and
 * live availabilities.
 */
export async function floorTestApp() {
  const app = await callsTestApp();
  const { aircall, store, clock, simulator } = app;
  await store.users.upsertMany(await collect(aircall.users.listAll()), clock.now());
  const numbers = await collect(aircall.numbers.listAll());
  await store.numbers.upsertMany(await Promise.all(numbers.map((n) => aircall.numbers.get(n.id))), clock.now());
  for (const { id, availability } of await collect(aircall.users.listAllAvailabilities())) {
    await store.users.setAvailability(id, availability);
  }

  /** The next request on `route` fails (every matching request while `times` lasts). */
  const failNext = (rule: Omit<FaultRule, 'times' | 'errorRate'>) =>
    simulator.faults.add({ times: 1, errorRate: 1, ...rule });
  return { ...app, failNext };
}

export type FloorTestApp = Awaited<ReturnType<typeof floorTestApp>>;
export type SignedIn = Awaited<ReturnType<FloorTestApp['signIn']>>;

/** One signed-in account per role, each linked to `aircallUserId` (so agents may act on that user). */
export async function accountsByRole(app: Pick<FloorTestApp, 'signIn'>, aircallUserId: number | null = null) {
  const entries = await Promise.all(roles.map(async (role) => [role, await app.signIn(role, aircallUserId)] as const));
  return Object.fromEntries(entries) as Record<Role, SignedIn>;
}

/** A request as the SPA sends it: mutations carry the CSRF header. */
export function send(agent: SignedIn, method: string, path: string, body?: unknown) {
  const verb = method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  const test = agent[verb](path);
  return verb === 'get' ? test : test.set(csrfHeaderName, '1').send(body as object);
}

/**
 * One test per role for an endpoint of the registry: the roles it lists get past the gate (the request `params` and
 * `body` are valid, whatever the answer), the others get 403, and nobody gets in without a session.
 */
export function itChecksRoles(
  id: (typeof apiEndpoints)[number]['id'],
  input: () => { accounts: Record<Role, SignedIn>; app: Pick<FloorTestApp, 'app'>; params?: object; body?: unknown },
) {
  const endpoint = apiEndpoints.find((candidate) => candidate.id === id);
  if (!endpoint || endpoint.roles === 'public') throw new Error(`${id} is not a signed-in endpoint`);
  const allowed = endpoint.roles as readonly Role[];
  it.each(roles.map((role) => [role, allowed.includes(role)] as const))('%s allowed: %s', async (role, isAllowed) => {
    const { accounts, params, body } = input();
    const res = await send(accounts[role], endpoint.method, buildPath(endpoint.path, (params ?? {}) as never), body);
    if (isAllowed) expect(res.status, JSON.stringify(res.body)).not.toBe(403);
    else expect(res.status).toBe(403);
  });
  it('refuses a request without a session (401)', async () => {
    const { app, params } = input();
    const path = buildPath(endpoint.path, (params ?? {}) as never);
    const res = await request(app.app)[endpoint.method.toLowerCase() as 'get'](path).set(csrfHeaderName, '1');
    expect(res.status).toBe(401);
  });
}

import {
  type ApiEndpoint,
  apiEndpoints,
  buildPath,
  csrfHeaderName,
  pathParamNames,
  type Role,
  roles,
} from '@switchboard/contracts';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { appOnSimulator } from '../helpers';

type TestApp = Awaited<ReturnType<typeof appOnSimulator>>;
type Agent = Awaited<ReturnType<TestApp['signIn']>>;

/** Any well-formed ids: the access decision must come before anything looks them up. */
function pathOf(endpoint: ApiEndpoint): string {
  const params = Object.fromEntries(
    pathParamNames(endpoint.path).map((name) => [name, name === 'kind' ? 'recording' : 1]),
  );
  return buildPath(endpoint.path, params as never);
}

function send(agent: Agent | ReturnType<typeof request>, endpoint: ApiEndpoint) {
  const method = endpoint.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  const req = agent[method](pathOf(endpoint));
  return endpoint.method === 'GET' ? req : req.set(csrfHeaderName, '1').send({});
}

// Streams never end by themselves; their access rules are checked by the events tests.
const finite = apiEndpoints.filter((endpoint) => !('contentType' in endpoint));
const guarded = finite.filter((endpoint) => endpoint.roles !== 'public');

describe('access control on every /api endpoint', () => {
  let testApp: TestApp;
  const agents = {} as Record<Role, Agent>;

  beforeAll(async () => {
    testApp = await appOnSimulator();
    for (const role of roles) agents[role] = await testApp.signIn(role, 1);
  });

  it.each(guarded.map((endpoint) => [endpoint.id, endpoint] as const))('%s needs a session', async (_id, endpoint) => {
    const res = await send(request(testApp.app), endpoint);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthenticated');
  });

  for (const role of roles) {
    const denied = guarded.filter((endpoint) => !(endpoint.roles as readonly Role[]).includes(role));
    // Logging out ends the session the other checks ride on: it goes last.
    const allowed = guarded
      .filter((endpoint) => (endpoint.roles as readonly Role[]).includes(role))
      .sort((a, b) => Number(a.id === 'auth.logout') - Number(b.id === 'auth.logout'));

    it.each(denied.map((endpoint) => [endpoint.id, endpoint] as const))(
      `${role} is refused %s`,
      async (_id, endpoint) => {
        const res = await send(agents[role], endpoint);
        expect(res.status).toBe(403);
        expect(res.body.error.message).toContain(role);
      },
    );

    it.each(allowed.map((endpoint) => [endpoint.id, endpoint] as const))(
      `${role} gets past the gate of %s`,
      async (_id, endpoint) => {
        const res = await send(agents[role], endpoint);
        expect([401, 403]).not.toContain(res.status);
      },
    );
  }

  it('lets an agent act only on their own Aircall user where the registry says so', async () => {
    const own = apiEndpoints.filter((endpoint) => 'ownUserOnly' in endpoint && endpoint.ownUserOnly?.includes('agent'));
    expect(own.length).toBeGreaterThan(0);
    // Fresh sessions: the sweep above ends with each role logging out.
    const agent = await testApp.signIn('agent', 1);
    const supervisor = await testApp.signIn('supervisor', 1);
    for (const endpoint of own) {
      const someoneElse = pathOf(endpoint).replace('/users/1', '/users/2');
      const method = endpoint.method.toLowerCase() as 'get' | 'post' | 'delete';
      const res = await agent[method](someoneElse).set(csrfHeaderName, '1').send({});
      expect(res.status, endpoint.id).toBe(403);
      const asSupervisor = await supervisor[method](someoneElse).set(csrfHeaderName, '1').send({});
      expect(asSupervisor.status, endpoint.id).not.toBe(403);
    }
  });
});

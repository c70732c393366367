import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import {
  type ApiEndpointById,
  apiEndpoints,
  buildPath,
  type CallResponse,
  type CallTransferBody,
  type EndpointBody,
  type EndpointParams,
  type EndpointResponse,
  getEndpoint,
  pathParamNames,
  roles,
} from '../src';

const endpoints: readonly (typeof apiEndpoints)[number][] = apiEndpoints;

function duplicates(values: string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

/** Express matches `:name` against any segment, so two paths clash when their segments align. */
const routeShape = (path: string) => path.replace(/:[A-Za-z]+/g, ':');

describe('apiEndpoints', () => {
  it('has unique ids', () => {
    expect(duplicates(endpoints.map((endpoint) => endpoint.id))).toEqual([]);
  });

  it('has unique method and path pairs, even once params are renamed', () => {
    expect(duplicates(endpoints.map((endpoint) => `${endpoint.method} ${routeShape(endpoint.path)}`))).toEqual([]);
  });

  it.each(endpoints.map((endpoint) => [endpoint.id, endpoint] as const))(
    '%s: params schema matches the path',
    (_id, endpoint) => {
      const names = pathParamNames(endpoint.path);
      const params = 'params' in endpoint ? endpoint.params : undefined;
      if (names.length === 0) {
        expect(params).toBeUndefined();
        return;
      }
      expect(params).toBeInstanceOf(z.ZodObject);
      expect(Object.keys((params as z.ZodObject).shape).sort()).toEqual([...names].sort());
    },
  );

  it('audits every mutation', () => {
    const unaudited = endpoints.filter((endpoint) => endpoint.method !== 'GET' && !endpoint.audit);
    expect(unaudited.map((endpoint) => endpoint.id)).toEqual([]);
  });

  it('gives GET endpoints no body', () => {
    expect(endpoints.filter((endpoint) => endpoint.method === 'GET' && 'body' in endpoint).map((e) => e.id)).toEqual(
      [],
    );
  });

  it('answers without a body exactly when it says 204 or streams', () => {
    const mismatched = endpoints.filter(
      (endpoint) => (endpoint.response === null) !== (endpoint.status === 204 || 'contentType' in endpoint),
    );
    expect(mismatched.map((endpoint) => endpoint.id)).toEqual([]);
  });

  it('names only known roles, and only login, the session probe, liveness and readiness are public', () => {
    const publicIds = endpoints.filter((endpoint) => endpoint.roles === 'public').map((endpoint) => endpoint.id);
    expect(publicIds.sort()).toEqual(['auth.login', 'auth.session', 'health', 'health.ready']);
    for (const endpoint of endpoints) {
      if (endpoint.roles === 'public') continue;
      expect(endpoint.roles.length, endpoint.id).toBeGreaterThan(0);
      expect(roles, endpoint.id).toEqual(expect.arrayContaining([...endpoint.roles]));
    }
  });

  it('limits own-user scoping to roles the endpoint allows, on paths with a :userId', () => {
    for (const endpoint of endpoints) {
      if (!('ownUserOnly' in endpoint)) continue;
      expect(pathParamNames(endpoint.path), endpoint.id).toContain('userId');
      expect(endpoint.roles, endpoint.id).toEqual(expect.arrayContaining([...endpoint.ownUserOnly]));
    }
  });

  it('keeps admin-only what DESIGN.md gives admins', () => {
    const adminOnly = ['tags.create', 'tags.update', 'tags.delete', 'numbers.update', 'calls.deleteRecording'] as const;
    for (const id of [...adminOnly, 'calls.deleteVoicemail', 'accounts.create', 'audit.list'] as const) {
      expect(getEndpoint(id).roles, id).toEqual(['admin']);
    }
  });

  it('spends the live lane on live-call actions only', () => {
    const live = endpoints.filter((endpoint) => endpoint.lane === 'live').map((endpoint) => endpoint.id);
    expect(live.sort()).toEqual([
      'calls.insightCard',
      'calls.pauseRecording',
      'calls.resumeRecording',
      'calls.transfer',
    ]);
  });

  it('finds an endpoint by id', () => {
    expect(getEndpoint('calls.transfer')).toMatchObject({ method: 'POST', path: '/api/calls/:callId/transfers' });
  });
});

describe('endpoint types', () => {
  it('carries each schema’s types for handlers and clients', () => {
    type Transfer = ApiEndpointById<'calls.transfer'>;
    expectTypeOf<EndpointBody<Transfer>>().toEqualTypeOf<CallTransferBody>();
    expectTypeOf<EndpointParams<Transfer>>().toEqualTypeOf<{ callId: number }>();
    expectTypeOf<EndpointResponse<Transfer>>().toEqualTypeOf<undefined>();
    expectTypeOf<EndpointResponse<ApiEndpointById<'calls.tag'>>>().toEqualTypeOf<CallResponse>();
  });
});

describe('buildPath', () => {
  it('fills and encodes every param', () => {
    expect(buildPath('/api/teams/:teamId/members/:userId', { teamId: 3, userId: 45 })).toBe('/api/teams/3/members/45');
    expect(buildPath('/api/jobs/:jobId', { jobId: 'a/b' })).toBe('/api/jobs/a%2Fb');
  });

  it('refuses a missing param', () => {
    expect(() => buildPath('/api/calls/:callId', {} as { callId: number })).toThrow('missing param callId');
  });
});

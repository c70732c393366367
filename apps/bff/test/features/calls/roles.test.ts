import { apiEndpoints, buildPath, csrfHeaderName, type Role } from '@switchboard/contracts';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { agentsByRole, type CallsTestApp, callsTestApp } from './support';

const mine = apiEndpoints.filter((endpoint) => /^(calls|jobs|contacts)\./.test(endpoint.id));
const params = { callId: 999_999, tagId: 1, contactId: 999_999, phoneNumberId: 1, emailId: 1, kind: 'recording' };
const jobId = '00000000-0000-4000-8000-000000000000';

let app: CallsTestApp;
let agents: Awaited<ReturnType<typeof agentsByRole>>;
beforeAll(async () => {
  app = await callsTestApp();
  agents = await agentsByRole(app);
});

describe.each(mine)('$id ($method $path)', (endpoint) => {
  const path = buildPath(endpoint.path, { ...params, jobId } as never);
  const send = (agent: ReturnType<typeof request.agent> | ReturnType<typeof request>) =>
    agent[endpoint.method.toLowerCase() as 'get'](path).set(csrfHeaderName, '1').send({});

  it('refuses a request without a session (401)', async () => {
    await send(request(app.app)).expect(401);
  });

  it.each(['agent', 'supervisor', 'admin'] as Role[])('lets the registry’s roles in: %s', async (role) => {
    const res = await send(agents[role]);
    const allowed = (endpoint.roles as readonly string[]).includes(role);
    if (allowed) expect(res.body.error?.message ?? '').not.toContain('may not use');
    else expect(res.status).toBe(403);
  });
});

import type { PhoneNumber, PhoneNumberDetail, Role } from '@switchboard/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { accountsByRole, type FloorTestApp, floorTestApp, itChecksRoles, type SignedIn, send } from '../users/support';

let app: FloorTestApp;
let accounts: Record<Role, SignedIn>;

beforeAll(async () => {
  app = await floorTestApp();
  accounts = await accountsByRole(app);
});

describe('numbers.list and numbers.get', () => {
  it('lists every mirrored number as the console shows it', async () => {
    const res = await send(accounts.agent, 'GET', '/api/numbers').expect(200);
    const numbers = res.body.numbers as PhoneNumber[];
    const upstream = await app.aircall.numbers.list({ per_page: 50 });
    expect(numbers.map((number) => number.id).sort()).toEqual(upstream.numbers.map((number) => number.id).sort());
    for (const number of upstream.numbers) {
      expect(numbers.find((candidate) => candidate.id === number.id)).toMatchObject({
        name: number.name,
        digits: number.digits,
        country: number.country,
        timeZone: number.time_zone,
        open: number.open,
        availabilityStatus: number.availability_status,
        isIvr: number.is_ivr,
        liveRecordingActivated: number.live_recording_activated,
        priority: number.priority,
        createdAt: Math.floor(Date.parse(number.created_at) / 1000),
      });
    }
  });

  it('answers one number with the users who answer it', async () => {
    const first = (await app.store.numbers.list())[0];
    const res = await send(accounts.agent, 'GET', `/api/numbers/${first?.id}`).expect(200);
    const number = res.body.number as PhoneNumberDetail;
    const upstream = await app.aircall.numbers.get(first?.id as number);
    expect(number.users.map((user) => user.id).sort()).toEqual((upstream.users ?? []).map((user) => user.id).sort());
    expect(number.users.every((user) => user.name.length > 0)).toBe(true);
  });

  it('answers 404 for an unknown number and 400 for a malformed id', async () => {
    await send(accounts.agent, 'GET', '/api/numbers/999999').expect(404);
    const res = await send(accounts.agent, 'GET', '/api/numbers/1.5').expect(400);
    expect(res.body.error.details.fields[0].field).toBe('params.numberId');
  });

  describe('list roles', () => itChecksRoles('numbers.list', () => ({ app, accounts })));
  describe('get roles', () => itChecksRoles('numbers.get', () => ({ app, accounts, params: { numberId: 1 } })));
});

describe('numbers.update', () => {
  it('changes the number in Aircall and in the mirror, keeping its users, and audits no digits', async () => {
    const first = (await app.store.numbers.list())[0];
    const id = first?.id as number;
    const body = { name: 'Support line', availabilityStatus: 'closed', liveRecordingActivated: false, priority: 1 };
    const res = await send(accounts.admin, 'PATCH', `/api/numbers/${id}`, body).expect(200);
    expect(res.body.number).toMatchObject({ id, ...body });
    expect(await app.aircall.numbers.get(id)).toMatchObject({
      name: 'Support line',
      availability_status: 'closed',
      live_recording_activated: false,
      priority: 1,
    });
    const mirrored = await app.store.numbers.get(id);
    expect(mirrored).toMatchObject({ name: 'Support line', availability_status: 'closed' });
    expect(mirrored?.users?.map((user) => user.id)).toEqual(first?.users?.map((user) => user.id));
    const { entries } = await app.store.audit.list({ action: 'numbers.update', limit: 1 });
    expect(entries[0]).toMatchObject({ result: 'success', inputSummary: { numberId: id, ...body } });
    expect(JSON.stringify(entries[0])).not.toContain(first?.digits);
  });

  it('refuses an empty change, an unknown status and a priority other than 0, 1 or null (400)', async () => {
    await send(accounts.admin, 'PATCH', '/api/numbers/1', {}).expect(400);
    const res = await send(accounts.admin, 'PATCH', '/api/numbers/1', { availabilityStatus: 'shut', priority: 2 });
    expect(res.status).toBe(400);
    const fields = res.body.error.details.fields.map((problem: { field: string }) => problem.field);
    expect(fields).toEqual(['body.availabilityStatus', 'body.priority']);
  });

  it('answers 404 for a number Aircall does not have, and maps an outage to 502', async () => {
    await send(accounts.admin, 'PATCH', '/api/numbers/999999', { name: 'Nope' }).expect(404);
    const id = (await app.store.numbers.list())[0]?.id as number;
    const before = await app.store.numbers.get(id);
    app.failNext({ route: `/v1/numbers/${id}`, method: 'PUT', errorStatus: 503 });
    await send(accounts.admin, 'PATCH', `/api/numbers/${id}`, { name: 'Never' }).expect(502);
    expect(await app.store.numbers.get(id)).toEqual(before);
  });

  describe('roles', () =>
    itChecksRoles('numbers.update', () => ({ app, accounts, params: { numberId: 999_999 }, body: { name: 'R' } })));
});

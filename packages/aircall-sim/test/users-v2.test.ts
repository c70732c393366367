import { isValidPhoneNumber, parsePhoneNumberWithError } from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';
import { usersApisFromEnv } from '../src/index';
import { randomPhone } from '../src/phones';
import { Random } from '../src/random';
import { ORIGIN, setup } from './helpers';

const unknownRoute = (method: string, path: string) => ({
  error: 'Not found',
  troubleshoot: `No route for ${method} ${path}`,
});

describe('Users V2', () => {
  const { get, post, put } = setup();

  it('gets, creates and updates users in the { user } envelope, without numbers', async () => {
    const { users } = (await get('/v2/users?per_page=50')).json;
    const first = users[0];
    expect(first).not.toHaveProperty('numbers');
    expect(first).toMatchObject({
      direct_link: `${ORIGIN}/v2/users/${first.id}`,
      state: expect.stringMatching(/^(always_opened|always_closed|custom)$/),
      substatus: expect.any(String),
      extension: expect.stringMatching(/^\d+$/),
    });
    expect(new Set(users.map((u: { extension: string }) => u.extension)).size).toBe(users.length);
    expect((await get(`/v2/users/${first.id}`)).json).toEqual({ user: first });

    const created = await post('/v2/users', { email: 'nina.v2@acme.example', first_name: 'Nina', last_name: 'Two' });
    expect(created.status).toBe(201);
    expect(created.json.user).toMatchObject({ name: 'Nina Two', substatus: 'offline', default_number_id: null });
    expect((await post('/v2/users', { email: 'nina.v2@acme.example', first_name: 'N', last_name: 'T' })).status).toBe(
      422,
    );
    const updated = await put(`/v2/users/${created.json.user.id}`, { availability_status: 'unavailable' });
    expect(updated.json.user).toMatchObject({ state: 'always_closed', substatus: 'do_not_disturb' });
    expect((await get('/v2/users/999999')).status).toBe(404);
  });

  it("lists a user's numbers as a page of Numbers, the default one among them", async () => {
    const { users } = (await get('/v2/users?per_page=50')).json;
    const withSeveral = [];
    for (const user of users) {
      const page = (await get(`/v2/users/${user.id}/numbers`)).json;
      expect(page.meta).toMatchObject({ current_page: 1, total: page.numbers.length });
      const ids = page.numbers.map((n: { id: number }) => n.id);
      if (user.default_number_id === null) expect(ids).toEqual([]);
      else expect(ids).toContain(user.default_number_id);
      if (page.numbers.length > 1) withSeveral.push(user);
    }
    const user = withSeveral[0];
    const firstPage = (await get(`/v2/users/${user.id}/numbers?per_page=1`)).json;
    expect(firstPage.numbers).toHaveLength(1);
    expect(firstPage.numbers[0]).toMatchObject({
      digits: expect.any(String),
      flow_editor_enabled: expect.any(Boolean),
    });
    expect(firstPage.meta.next_page_link).toBe(`${ORIGIN}/v2/users/${user.id}/numbers?page=2&per_page=1`);
    expect((await get('/v2/users/999999/numbers')).status).toBe(404);
  });
});

describe('Users V1 retirement', () => {
  it('answers the retired endpoints as unknown routes by default; the rest of users stays on v1', async () => {
    const { get, post, put, del } = setup();
    const id = (await get('/v2/users')).json.users[0].id;
    const retired = [
      ['GET', '/v1/users', () => get('/v1/users')],
      ['POST', '/v1/users', () => post('/v1/users', { email: 'a@b.example', first_name: 'A', last_name: 'B' })],
      ['GET', `/v1/users/${id}`, () => get(`/v1/users/${id}`)],
      ['PUT', `/v1/users/${id}`, () => put(`/v1/users/${id}`, { wrap_up_time: 3 })],
    ] as const;
    for (const [method, path, send] of retired) {
      const answer = await send();
      expect([answer.status, answer.json]).toEqual([404, unknownRoute(method, path)]);
    }
    expect((await get(`/v1/users/${id}/availability`)).status).toBe(200);
    expect((await get('/v1/users/availabilities')).status).toBe(200);
    expect((await del(`/v1/users/${id}`)).status).toBe(204);
  });

  it('serves both versions with SIM_USERS_V1=available, and only V1 on a plan without V2', async () => {
    const both = setup({ usersV1: 'available' });
    const v1 = (await both.get('/v1/users')).json.users[0];
    expect(v1.direct_link).toBe(`${ORIGIN}/v1/users/${v1.id}`);
    expect((await both.get(`/v1/users/${v1.id}`)).json.user.numbers.length).toBeGreaterThan(0);
    expect((await both.get('/v2/users')).status).toBe(200);

    const older = setup({ usersV1: 'available', usersV2: 'absent' });
    expect((await older.get('/v1/users')).status).toBe(200);
    const absent = await older.get('/v2/users');
    expect([absent.status, absent.json]).toEqual([404, unknownRoute('GET', '/v2/users')]);
  });

  it('reads SIM_USERS_V1 and SIM_USERS_V2, refusing other values', () => {
    expect(usersApisFromEnv({})).toEqual({ usersV1: 'retired', usersV2: 'served' });
    expect(usersApisFromEnv({ SIM_USERS_V1: 'available', SIM_USERS_V2: 'absent' })).toEqual({
      usersV1: 'available',
      usersV2: 'absent',
    });
    expect(() => usersApisFromEnv({ SIM_USERS_V1: 'yes' })).toThrow(/SIM_USERS_V1 must be one of retired, available/);
  });
});

describe('methods', () => {
  const { request } = setup();

  it('answers 405 with Allow for a method a known path does not support, 404 for an unknown path', async () => {
    const patched = await request('PATCH', '/v1/tags/4001');
    expect(patched.status).toBe(405);
    expect(patched.headers.get('Allow')).toBe('DELETE, GET, PUT');
    expect(patched.json).toEqual({
      error: 'Method Not Allowed',
      troubleshoot: 'PATCH is not supported on /v1/tags/4001',
    });
    const onCalls = await request('DELETE', '/v1/calls');
    expect([onCalls.status, onCalls.headers.get('Allow')]).toEqual([405, 'GET']);
    expect((await request('GET', '/v1/nothing-here')).status).toBe(404);
    // Retired endpoints are not offered: /v1/users has nothing left, /v1/users/:id only DELETE (and GET is 404).
    expect((await request('DELETE', '/v1/users')).status).toBe(404);
    const put = await request('PATCH', '/v1/users/1001');
    expect([put.status, put.headers.get('Allow')]).toEqual([405, 'DELETE']);
  });
});

describe('phone numbers', () => {
  it("gives company numbers valid digits in Aircall's international format, for every seed", async () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { get } = setup({ seed, sizes: { calls: 0, contacts: 0, numbers: 12 } });
      const { numbers } = (await get('/v1/numbers?per_page=50')).json;
      for (const { digits } of numbers as { digits: string }[]) {
        expect(isValidPhoneNumber(digits), digits).toBe(true);
        expect(parsePhoneNumberWithError(digits).formatInternational()).toBe(digits);
      }
    }
  });

  it('draws callers from valid E.164 numbers only', () => {
    const random = new Random(7);
    for (let i = 0; i < 5_000; i++) {
      const phone = randomPhone(random);
      expect(phone).toMatch(/^\+[1-9]\d{9,13}$/);
      expect(isValidPhoneNumber(phone), phone).toBe(true);
    }
  });
});

describe('seeded agents', () => {
  it('are mostly online when their status is available, so click-to-call finds one at once', async () => {
    const shares = [];
    for (let seed = 1; seed <= 10; seed++) {
      const { get } = setup({ seed, sizes: { calls: 0, contacts: 0 } });
      const { users } = (await get('/v2/users?per_page=50')).json;
      const chosen = users.filter((u: { availability_status: string }) => u.availability_status === 'available');
      const online = chosen.filter((u: { substatus: string }) => u.substatus === 'available');
      expect(online.length).toBeGreaterThan(0);
      shares.push(online.length / chosen.length);
    }
    const mean = shares.reduce((sum, share) => sum + share, 0) / shares.length;
    expect(mean).toBeGreaterThan(0.75);
  });
});

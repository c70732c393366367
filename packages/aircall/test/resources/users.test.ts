import type { UsersApis } from '@switchboard/aircall-sim';
import { describe, expect, it } from 'vitest';
import { InvalidInputError, type RequestEvent, ResourceUnavailableError } from '../../src';
import { collect, createSimClient, SIM_ORIGIN } from '../support/sim';

/** A client on a simulated account with these users APIs, and the routes it asked, in order. */
function clientOn(apis: Partial<UsersApis>) {
  const routes: string[] = [];
  const harness = createSimClient({
    sizes: { users: 8 },
    simulator: apis,
    client: { hooks: { onRequest: (event: RequestEvent) => routes.push(`${event.method} ${event.route}`) } },
  });
  return { ...harness, routes };
}

describe('users against the simulator (Users V2; V1 list, get, create and update retired)', () => {
  const { client, simulator } = createSimClient({ sizes: { users: 60 } });

  it('lists one page and iterates every user exactly once, 50 per page', async () => {
    const page = await client.users.list({ per_page: 5, order: 'desc' });
    expect(page.users).toHaveLength(5);
    expect(page.meta).toMatchObject({ per_page: 5, total: 60, current_page: 1 });

    const pages = await collect(client.users.listAll().pages());
    expect(pages.map((p) => p.meta.per_page)).toEqual([50, 50]);
    const ids = pages.flatMap((p) => p.items.map((user) => user.id));
    expect(new Set(ids).size).toBe(60);
  });

  it('reads V2 users: no numbers on the user, its numbers from /v2/users/:id/numbers', async () => {
    const [user] = (await client.users.list({ per_page: 1 })).users;
    if (!user) throw new Error('the seed has users');
    expect(client.users.api()).toBe('v2');
    expect(user).toMatchObject({
      substatus: expect.any(String),
      state: expect.any(String),
      extension: expect.stringMatching(/^\d+$/),
    });
    expect(user.numbers).toBeUndefined();
    const numbers = await client.users.numbers(user.id);
    const answer = await simulator.fetch(`${SIM_ORIGIN}/v2/users/${user.id}/numbers?per_page=50`, {
      headers: { Authorization: `Basic ${btoa('sim-api-id:sim-api-token')}` },
    });
    const expected = ((await answer.json()) as { numbers: { id: number }[] }).numbers.map((n) => n.id);
    expect(numbers.map((n) => n.id)).toEqual(expected);
    expect(expected).toContain(user.default_number_id);
    await expect(client.users.numbers(999_999)).rejects.toBeInstanceOf(ResourceUnavailableError);
  });

  it('stops after maxPages', async () => {
    const users = await collect(client.users.listAll({}, { maxPages: 1 }));
    expect(users).toHaveLength(50);
  });

  it('creates, reads, updates and deletes a user', async () => {
    const created = await client.users.create({ email: 'jane.roe@acme.example', first_name: 'Jane', last_name: 'Roe' });
    expect(created).toMatchObject({ name: 'Jane Roe', email: 'jane.roe@acme.example' });
    await expect(client.users.get(created.id)).resolves.toMatchObject({ id: created.id });
    const updated = await client.users.update(created.id, { first_name: 'Janet', wrap_up_time: 30 });
    expect(updated.name).toBe('Janet Roe');
    await client.users.delete(created.id);
    await expect(client.users.get(created.id)).rejects.toBeInstanceOf(ResourceUnavailableError);
  });

  it('validates input before sending', async () => {
    await expect(
      client.users.create({ email: 'not-an-email', first_name: 'A', last_name: 'B' }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    await expect(client.users.get(-1)).rejects.toBeInstanceOf(InvalidInputError);
  });

  it('reads availabilities', async () => {
    const page = await client.users.listAvailabilities({ per_page: 3 });
    expect(page.users).toHaveLength(3);
    const all = await collect(client.users.listAllAvailabilities());
    expect(all).toHaveLength(60);
    const first = all[0]!;
    await expect(client.users.availability(first.id)).resolves.toBe(first.availability);
  });

  it('starts outbound calls and dials for an available user', async () => {
    const available = (await collect(client.users.listAllAvailabilities())).find((u) => u.availability === 'available');
    if (!available) throw new Error('the seed has no available user');
    const user = await client.users.get(available.id);
    const numberId = (await client.users.numbers(user.id))[0]?.id;
    if (numberId === undefined) throw new Error('the seed gives users numbers');
    await expect(client.users.dial(user.id, { to: '+18001231234' })).resolves.toBeUndefined();
    await expect(
      client.users.startOutboundCall(user.id, { number_id: numberId, to: '+18001231234' }),
    ).resolves.toBeUndefined();
    await expect(client.users.dial(user.id, { to: '0800 123' })).rejects.toBeInstanceOf(InvalidInputError);
  });

  it("manages a user's dialer campaign", async () => {
    const userId = (await client.users.list({ per_page: 1 })).users[0]!.id;
    await expect(client.users.dialerCampaign.get(userId)).rejects.toBeInstanceOf(ResourceUnavailableError);
    await client.users.dialerCampaign.create(userId, { phone_numbers: ['+19161112222'] });
    await expect(client.users.dialerCampaign.get(userId)).resolves.toMatchObject({ id: expect.any(Number) });
    await client.users.dialerCampaign.addNumbers(userId, { phone_numbers: ['+18001112222'] });
    const numbers = await client.users.dialerCampaign.listNumbers(userId);
    expect(numbers.map((n) => n.number)).toEqual(['+19161112222', '+18001112222']);
    await client.users.dialerCampaign.deleteNumber(userId, numbers[0]!.id);
    expect(await client.users.dialerCampaign.listNumbers(userId)).toHaveLength(1);
    await client.users.dialerCampaign.delete(userId);
    await expect(client.users.dialerCampaign.listNumbers(userId)).rejects.toBeInstanceOf(ResourceUnavailableError);
  });
});

describe('which users API an account answers on', () => {
  it('stays on V2 when V1 is still served, never asking V1', async () => {
    const { client, routes } = clientOn({ usersV1: 'available' });
    const [user] = (await client.users.list()).users;
    await client.users.get(user!.id);
    await client.users.update(user!.id, { wrap_up_time: 10 });
    await client.users.numbers(user!.id);
    expect(client.users.api()).toBe('v2');
    expect(routes).toEqual(['GET /v2/users', 'GET /v2/users/:id', 'PUT /v2/users/:id', 'GET /v2/users/:id/numbers']);
  });

  it('falls back to V1 once on a plan without V2, and remembers', async () => {
    const { client, routes } = clientOn({ usersV1: 'available', usersV2: 'absent' });
    const users = await collect(client.users.listAll());
    expect(users).toHaveLength(8);
    expect(client.users.api()).toBe('v1');
    const id = users[0]!.id;
    const numbers = await client.users.numbers(id);
    expect(numbers.length).toBeGreaterThan(0);
    await expect(client.users.update(id, { first_name: 'Vera' })).resolves.toMatchObject({ id });
    const created = await client.users.create({ email: 'old.plan@acme.example', first_name: 'Old', last_name: 'Plan' });
    expect(created.numbers).toEqual([]);
    expect(routes).toEqual([
      'GET /v2/users',
      'GET /v1/users',
      'GET /v1/users/:id',
      'PUT /v1/users/:id',
      'POST /v1/users',
    ]);
  });

  it('answers not found when neither API serves users, after asking each once', async () => {
    const { client, routes } = clientOn({ usersV1: 'retired', usersV2: 'absent' });
    await expect(client.users.list()).rejects.toMatchObject({ status: 404 });
    expect(routes).toEqual(['GET /v2/users', 'GET /v1/users']);
  });

  it('keeps V2 for an unknown user on V2: the retired V1 is asked once and not remembered', async () => {
    const { client, routes } = clientOn({});
    await expect(client.users.get(999_999)).rejects.toBeInstanceOf(ResourceUnavailableError);
    expect(client.users.api()).toBeUndefined();
    await client.users.list();
    expect(client.users.api()).toBe('v2');
    await expect(client.users.get(999_999)).rejects.toBeInstanceOf(ResourceUnavailableError);
    expect(routes).toEqual(['GET /v2/users/:id', 'GET /v1/users/:id', 'GET /v2/users', 'GET /v2/users/:id']);
  });
});

import { describe, expect, it } from 'vitest';
import { InvalidInputError, ResourceUnavailableError } from '../../src';
import { collect, createSimClient } from '../support/sim';

describe('users against the simulator', () => {
  const { client } = createSimClient({ sizes: { users: 60 } });

  it('lists one page and iterates every user exactly once, 50 per page', async () => {
    const page = await client.users.list({ per_page: 5, order: 'desc' });
    expect(page.users).toHaveLength(5);
    expect(page.meta).toMatchObject({ per_page: 5, total: 60, current_page: 1 });

    const pages = await collect(client.users.listAll().pages());
    expect(pages.map((p) => p.meta.per_page)).toEqual([50, 50]);
    const ids = pages.flatMap((p) => p.items.map((user) => user.id));
    expect(new Set(ids).size).toBe(60);
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
    const numberId = user.numbers?.[0]?.id;
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

import { describe, expect, it } from 'vitest';
import { InvalidInputError, RejectedError, ResourceUnavailableError } from '../../src';
import { collect, createSimClient } from '../support/sim';

describe('teams against the simulator', () => {
  const { client } = createSimClient();

  it('lists, creates, fills, empties and deletes a team', async () => {
    const before = await collect(client.teams.listAll());
    expect((await client.teams.list({ order: 'desc' })).meta.total).toBe(before.length);

    const team = await client.teams.create({ name: 'Support USA' });
    expect(team).toMatchObject({ name: 'Support USA', users: [] });
    await expect(client.teams.create({ name: 'Support USA' })).rejects.toBeInstanceOf(RejectedError);

    const userId = (await client.users.list({ per_page: 1 })).users[0]!.id;
    expect((await client.teams.addUser(team.id, userId)).users.map((u) => u.id)).toEqual([userId]);
    expect((await client.teams.get(team.id)).users).toHaveLength(1);
    expect((await client.teams.removeUser(team.id, userId)).users).toEqual([]);

    await client.teams.delete(team.id);
    await expect(client.teams.get(team.id)).rejects.toBeInstanceOf(ResourceUnavailableError);
  });

  it('refuses a name Aircall would refuse', async () => {
    await expect(client.teams.create({ name: 'x'.repeat(65) })).rejects.toBeInstanceOf(InvalidInputError);
  });
});

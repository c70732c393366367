import type { Tag } from '@switchboard/aircall';
import { expect, it } from 'vitest';
import type { ContactPageQuery } from '../../src/store/directory';
import { aContact, aNumber, aTeam, aUser } from './fixtures';
import { describeOnEachDriver } from './harness';

describeOnEachDriver('directory mirror', (ctx) => {
  it('remembers since when a user is in their status: a repeated status keeps its start', async () => {
    await ctx.store.users.upsertMany([aUser({ id: 7 })], 1);
    await ctx.store.users.setAvailability(7, 'available', 1_000);
    await ctx.store.users.setAvailability(7, 'available', 1_500);
    expect(await ctx.store.users.get(7)).toMatchObject({ availability: 'available', availabilitySince: 1_000 });
    await ctx.store.users.setAvailability(7, 'in_call', 2_000);
    expect(await ctx.store.users.get(7)).toMatchObject({ availability: 'in_call', availabilitySince: 2_000 });
    // A listing (the sync) sees a new status without its start: unknown, not "since the sync ran".
    await ctx.store.users.setAvailability(7, 'offline', null);
    expect(await ctx.store.users.get(7)).toMatchObject({ availability: 'offline', availabilitySince: null });
    await ctx.store.users.setAvailability(7, 'in_call', 2_000);
    await ctx.store.users.upsertMany([aUser({ id: 7, name: 'Renamed' })], 2);
    expect(await ctx.store.users.get(7)).toMatchObject({ availability: 'in_call', availabilitySince: 2_000 });
    await ctx.store.users.delete(7, 2);
  });

  it('company settings: none until saved, then the saved ones; the zone most numbers use', async () => {
    expect(await ctx.store.company.get()).toBeUndefined();
    expect(await ctx.store.company.commonNumberTimeZone()).toBeNull();
    await ctx.store.numbers.upsertMany(
      [
        { ...aNumber(31, 'Paris'), time_zone: 'Europe/Paris' },
        { ...aNumber(32, 'New York'), time_zone: 'America/New_York' },
        { ...aNumber(33, 'Lyon'), time_zone: 'Europe/Paris' },
      ],
      1,
    );
    expect(await ctx.store.company.commonNumberTimeZone()).toBe('Europe/Paris');
    await ctx.store.company.save({ timeZone: 'Asia/Tokyo' });
    await ctx.store.company.save({ timeZone: 'Europe/Berlin' });
    expect(await ctx.store.company.get()).toEqual({
      settings: { timeZone: 'Europe/Berlin' },
      updatedAt: new Date(ctx.clock.now()),
    });
    for (const id of [31, 32, 33]) await ctx.store.numbers.delete(id, 1);
  });

  it('keeps the newest state of a user and its live availability', async () => {
    await ctx.store.users.upsertMany([aUser({ id: 1, name: 'Ada', available: true })], 2_000);
    await ctx.store.users.upsertMany([aUser({ id: 1, name: 'Ada (old)', available: false })], 1_000);
    expect(await ctx.store.users.setAvailability(1, 'in_call')).toBe(true);
    expect(await ctx.store.users.setAvailability(404, 'in_call')).toBe(false);
    expect(await ctx.store.users.get(1)).toEqual({
      user: aUser({ id: 1, name: 'Ada', available: true }),
      availability: 'in_call',
      availabilitySince: ctx.clock.now() / 1000,
    });
    // A newer user object (a sync, a webhook, an update's answer) carries no granular availability: it stays.
    await ctx.store.users.upsertMany([aUser({ id: 1, name: 'Ada L.', available: true })], 3_000);
    expect(await ctx.store.users.get(1)).toMatchObject({ user: { name: 'Ada L.' }, availability: 'in_call' });
    await ctx.store.users.upsertMany([aUser({ id: 2, name: 'Bob' })], 1);
    expect((await ctx.store.users.list()).map((record) => record.user.name)).toEqual(['Ada L.', 'Bob']);
    expect(await ctx.store.users.delete(2, 2)).toBe(true);
    expect(await ctx.store.users.get(2)).toBeUndefined();
  });

  it('replaces a team’s members with its newest state, and edits them one by one', async () => {
    await ctx.store.teams.upsertMany([aTeam({ id: 10, name: 'Support', users: [{ id: 1 }, { id: 2 }] })], 2);
    await ctx.store.teams.upsertMany([aTeam({ id: 10, name: 'Old', users: [{ id: 9 }] })], 1);
    expect(await ctx.store.teams.get(10)).toEqual({
      team: {
        id: 10,
        name: 'Support',
        direct_link: 'https://api.aircall.io/v1/teams/10',
        created_at: '2025-01-01T00:00:00.000Z',
      },
      memberIds: [1, 2],
    });
    await ctx.store.teams.upsertMany([aTeam({ id: 10, name: 'Support', users: [{ id: 3 }] })], 3);
    await ctx.store.teams.addMember(10, 4);
    await ctx.store.teams.addMember(10, 4);
    await ctx.store.teams.upsertMany([aTeam({ id: 11, name: 'Sales', users: [{ id: 4 }] })], 1);
    await ctx.store.teams.removeMember(10, 3);
    expect((await ctx.store.teams.list()).map(({ team, memberIds }) => [team.name, memberIds])).toEqual([
      ['Sales', [4]],
      ['Support', [4]],
    ]);
    expect(await ctx.store.teams.idsOfUser(4)).toEqual([10, 11]);
    expect(await ctx.store.teams.delete(11, 2)).toBe(true);
    expect(await ctx.store.teams.idsOfUser(4)).toEqual([10]);
  });

  it('mirrors numbers and tags', async () => {
    await ctx.store.numbers.upsertMany([aNumber(2, 'London'), aNumber(1, 'Paris')], 1);
    expect((await ctx.store.numbers.list()).map((number) => number.name)).toEqual(['London', 'Paris']);
    expect(await ctx.store.numbers.get(1)).toEqual(aNumber(1, 'Paris'));
    const tag: Tag = { id: 5, name: 'VIP', color: '#ff0000', description: null };
    await ctx.store.tags.upsertMany([tag], 1);
    expect(await ctx.store.tags.list()).toEqual([tag]);
    expect(await ctx.store.tags.delete(5, 2)).toBe(true);
    expect(await ctx.store.tags.get(5)).toBeUndefined();
  });

  it('finds contacts by name, company, email or phone, formatting aside, newest first with their count', async () => {
    await ctx.store.contacts.upsertMany(
      [aContact(1), aContact(2, { first_name: 'Bob', company_name: 'Initech', emails: [], phone_numbers: [] })],
      1,
    );
    const page = (query: Omit<ContactPageQuery, 'page' | 'perPage'>) =>
      ctx.store.contacts.page({ ...query, page: 1, perPage: 20 });
    const search = async (text: string) => (await page({ text })).contacts.map((contact) => contact.id);
    expect(await search('SMITH')).toEqual([2, 1]);
    expect(await search('initech')).toEqual([2]);
    expect(await search('jennifer@acme')).toEqual([1]);
    expect(await search('06 11 22')).toEqual([]);
    expect(await search('6 11 22 33')).toEqual([1]);
    expect(await search('   ')).toEqual([2, 1]);
    // Phone and email filters look at those fields only: Bob's name holds no digits, Jennifer's name no email.
    expect(await page({ phoneDigits: '1122' })).toEqual({ contacts: [aContact(1)], total: 1 });
    expect((await page({ email: 'ACME.example' })).total).toBe(1);
    expect((await page({ email: 'smith' })).total).toBe(0);
    expect((await page({ phoneDigits: '1122', text: 'bob' })).total).toBe(0);
    expect(await ctx.store.contacts.page({ page: 2, perPage: 1 })).toEqual({ contacts: [aContact(1)], total: 2 });
    expect(await ctx.store.contacts.get(1)).toEqual(aContact(1));
  });
});

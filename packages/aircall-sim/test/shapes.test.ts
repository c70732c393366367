import { describe, expect, it } from 'vitest';
import { reference } from './fixtures/reference';
import { ORIGIN, setup } from './helpers';
import { expectShape } from './shape';

describe("Users V2 answers have the fields Aircall's V2 users carry", () => {
  const { get, post, put } = setup();

  it("users V2: list, retrieve, create, update (no numbers), and a user's numbers as a page", async () => {
    const list = (await get('/v2/users')).json;
    expectShape(list, reference.listUsersV2);
    const id = list.users[0].id;
    const user = (await get(`/v2/users/${id}`)).json;
    expectShape(user, reference.retrieveUserV2);
    expect(user.user).not.toHaveProperty('numbers');
    expect(user.user.direct_link).toBe(`${ORIGIN}/v2/users/${id}`);
    const created = (await post('/v2/users', { email: 'v.two@acme.example', first_name: 'V', last_name: 'Two' })).json;
    expectShape(created, reference.retrieveUserV2);
    expectShape((await put(`/v2/users/${id}`, { wrap_up_time: 5 })).json, reference.retrieveUserV2);
    const numbers = (await get(`/v2/users/${id}/numbers`)).json;
    expectShape(numbers, reference.userNumbersV2);
    expect(numbers.numbers.map((n: { id: number }) => n.id)).toContain(user.user.default_number_id);
  });
});

describe("V1 users, where still served, have the reference examples' shapes", () => {
  const { get, post } = setup({ usersV1: 'available' });

  it('users: list, retrieve, create, availabilities, availability', async () => {
    const list = (await get('/v1/users')).json;
    expectShape(list, reference.listUsers);
    const id = list.users[0].id;
    const user = (await get(`/v1/users/${id}`)).json;
    expectShape(user, reference.retrieveUser);
    expect(user.user.numbers.length).toBeGreaterThan(0);
    expect(user.user.direct_link).toBe(`${ORIGIN}/v1/users/${id}`);
    expectShape(
      (await post('/v1/users', { email: 'x.y@acme.example', first_name: 'X', last_name: 'Y' })).json,
      reference.createUser,
    );
    expectShape((await get('/v1/users/availabilities')).json, reference.availabilities);
    expectShape((await get(`/v1/users/${id}/availability`)).json, reference.availability);
  });
});

describe("responses have the reference examples' shapes", () => {
  const { get, post, put } = setup();

  it('teams, numbers, tags, company', async () => {
    const teams = (await get('/v1/teams')).json;
    expectShape(teams, reference.listTeams);
    expectShape((await get(`/v1/teams/${teams.teams[0].id}`)).json, reference.retrieveTeam);
    expectShape((await post('/v1/teams', { name: 'Support USA' })).json, reference.createTeam);
    const numbers = (await get('/v1/numbers')).json;
    expectShape(numbers, reference.listNumbers);
    expectShape((await get(`/v1/numbers/${numbers.numbers[0].id}`)).json, reference.retrieveNumber);
    const tags = (await get('/v1/tags')).json;
    expectShape(tags, reference.listTags);
    expectShape((await get(`/v1/tags/${tags.tags[0].id}`)).json, reference.retrieveTag);
    expectShape((await get('/v1/company')).json, reference.company);
  });

  it('calls: UNIX ints for times, nested user, number, comments, tags and teams', async () => {
    const tagId = (await get('/v1/tags')).json.tags[0].id;
    const tagged = (await get(`/v1/calls/search?tags[]=${tagId}&direction=inbound&per_page=50`)).json;
    const call = tagged.calls.find((c: { comments: unknown[]; user: unknown }) => c.comments.length && c.user);
    expect(call).toBeDefined();
    expectShape(tagged, reference.listCalls);
    expectShape({ call }, reference.retrieveCall);
    expectShape((await get(`/v1/calls/${call.id}`)).json, reference.retrieveCall);
    expect(Number.isInteger(call.started_at)).toBe(true);
    expect(call.direct_link).toBe(`${ORIGIN}/v1/calls/${call.id}`);
  });

  it('contacts and their details', async () => {
    const contacts = (await get('/v1/contacts?per_page=50')).json;
    expectShape(contacts, reference.listContacts);
    const withEmail = contacts.contacts.find((c: { emails: unknown[] }) => c.emails.length);
    expectShape({ contact: withEmail }, reference.retrieveContact);
    expectShape((await get(`/v1/contacts/${withEmail.id}`)).json, reference.retrieveContact);
    expectShape(
      (await post(`/v1/contacts/${withEmail.id}/phone_details`, { value: '+19161110000' })).json,
      reference.phoneDetail,
    );
    expectShape(
      (await post(`/v1/contacts/${withEmail.id}/email_details`, { value: 'v@example.com' })).json,
      reference.emailDetail,
    );
  });

  it('webhooks, dialer campaigns, A2P associations', async () => {
    const created = (await post('/v1/webhooks', { url: 'https://example.com/hook', events: ['call.created'] })).json;
    expectShape(created, reference.retrieveWebhook);
    expectShape((await get('/v1/webhooks')).json, reference.listWebhooks);
    const userId = (await get('/v2/users')).json.users[0].id;
    await post(`/v1/users/${userId}/dialer_campaign`, { phone_numbers: ['+19161112222'] });
    expectShape((await get(`/v1/users/${userId}/dialer_campaign`)).json, reference.dialerCampaign);
    expectShape((await get(`/v1/users/${userId}/dialer_campaign/phone_numbers`)).json, reference.dialerPhoneNumbers);
    const digits = (await get('/v1/numbers')).json.numbers[0].digits.replace(/\D/g, '');
    const a2p = await post('/v1/a2p_campaign_associations', {
      external_campaign_id: 'CNXIO',
      numbers: [Number(digits)],
    });
    expectShape(a2p.json, reference.retrieveA2p);
    expectShape((await get('/v1/a2p_campaign_associations')).json, reference.listA2p);
    await put(`/v1/webhooks/${created.webhook.webhook_id}`, { active: true });
  });
});

import { describe, expect, it } from 'vitest';
import { setup } from './helpers';

const newUser = { email: 'jeffrey.curtis@aircall.io', first_name: 'Jeffrey', last_name: 'Curtis' };

describe('users', () => {
  it('creates a user (201) and rejects a missing mandatory field or a taken email with 422', async () => {
    const { post, get } = setup();
    const created = await post('/v2/users', newUser);
    expect(created.status).toBe(201);
    expect(created.json.user).toMatchObject({ name: 'Jeffrey Curtis', availability_status: 'available' });
    expect((await get(`/v2/users/${created.json.user.id}`)).status).toBe(200);
    const missing = await post('/v2/users', { email: 'a@b.example', first_name: 'A' });
    expect(missing.status).toBe(422);
    expect(missing.json.troubleshoot).toContain('last_name');
    const taken = await post('/v2/users', { ...newUser, email: 'JEFFREY.curtis@aircall.io' });
    expect(taken.status).toBe(422);
    expect(taken.json.troubleshoot).toContain('taken');
  });

  it('updates a user and rejects emojis in names', async () => {
    const { post, put } = setup();
    const { id } = (await post('/v2/users', newUser)).json.user;
    const updated = await put(`/v2/users/${id}`, { first_name: 'Jeff Updated', wrap_up_time: 55 });
    expect(updated.json.user).toMatchObject({ name: 'Jeff Updated Curtis', wrap_up_time: 55 });
    expect((await put(`/v2/users/${id}`, { first_name: 'Jeff 😎' })).status).toBe(422);
    expect((await put(`/v2/users/${id}`, { last_name: '  ' })).status).toBe(422);
  });

  it('deletes a user (204), then 404', async () => {
    const { post, del, get } = setup();
    const { id } = (await post('/v2/users', newUser)).json.user;
    expect((await del(`/v1/users/${id}`)).status).toBe(204);
    expect((await get(`/v2/users/${id}`)).status).toBe(404);
    expect((await del(`/v1/users/${id}`)).status).toBe(404);
  });

  it('lists availabilities and follows availability_status', async () => {
    const { get, put } = setup();
    const { users } = (await get('/v1/users/availabilities?per_page=50')).json;
    expect(users).toHaveLength(40);
    const id = users[0].id;
    await put(`/v2/users/${id}`, { availability_status: 'unavailable' });
    expect((await get(`/v1/users/${id}/availability`)).json).toEqual({ availability: 'do_not_disturb' });
  });

  it('starts an outbound call only for an available user, on one of their numbers, to an E.164 number', async () => {
    const { get, post, put, sim } = setup();
    const user = (await get('/v2/users?per_page=50')).json.users.find((u: { available: boolean }) => u.available);
    const numberId = (await get(`/v2/users/${user.id}/numbers`)).json.numbers[0].id;
    expect((await post(`/v1/users/${user.id}/calls`, { number_id: 999, to: '+18001231234' })).status).toBe(400);
    expect((await post(`/v1/users/${user.id}/calls`, { number_id: numberId, to: '12' })).status).toBe(400);
    expect((await post('/v1/users/999999/calls', { number_id: numberId, to: '+18001231234' })).status).toBe(404);
    const started = await post(`/v1/users/${user.id}/calls`, { number_id: numberId, to: '+18001231234' });
    expect(started.status).toBe(204);
    const newest = (await get('/v1/calls?order=desc&per_page=1')).json.calls[0];
    expect(newest).toMatchObject({ direction: 'outbound', status: 'initial', raw_digits: '+18001231234' });
    expect(newest.user.id).toBe(user.id);
    // Now on a call: not available for another one.
    const busy = await post(`/v1/users/${user.id}/calls`, { number_id: numberId, to: '+18001231234' });
    expect(busy.status).toBe(405);
    expect((await post(`/v1/users/${user.id}/dial`, { to: '+18001231234' })).status).toBe(405);
    sim.advance(10 * 60_000);
    await put(`/v2/users/${user.id}`, { availability_status: 'unavailable' });
    expect((await post(`/v1/users/${user.id}/dial`, { to: '+18001231234' })).status).toBe(405);
  });

  it('dials for an available user, 400 on an invalid number', async () => {
    const { get, post } = setup();
    const user = (await get('/v2/users?per_page=50')).json.users.find((u: { available: boolean }) => u.available);
    expect((await post(`/v1/users/${user.id}/dial`, { to: 'not a number' })).status).toBe(400);
    expect((await post(`/v1/users/${user.id}/dial`, { to: '+18001231234' })).status).toBe(204);
  });
});

describe('dialer campaigns', () => {
  it('keeps one active campaign per user: 404 without one, 422 without a valid number', async () => {
    const { get, post, del } = setup();
    const base = `/v1/users/${(await get('/v2/users')).json.users[0].id}/dialer_campaign`;
    expect((await get(base)).status).toBe(404);
    expect((await get(`${base}/phone_numbers`)).status).toBe(404);
    expect((await del(base)).status).toBe(404);
    expect((await post(base, { phone_numbers: ['nope'] })).status).toBe(422);
    expect((await post(base, { phone_numbers: ['+19161112222', '+18001112222'] })).status).toBe(204);
    expect((await post(base, { phone_numbers: ['+19161112223'] })).status).toBe(422);
    expect((await post(`${base}/phone_numbers`, { phone_numbers: [] })).status).toBe(422);
    expect((await post(`${base}/phone_numbers`, { phone_numbers: ['+18003112224'] })).status).toBe(204);
    const { numbers } = (await get(`${base}/phone_numbers`)).json;
    expect(numbers.map((n: { number: string }) => n.number)).toEqual(['+19161112222', '+18001112222', '+18003112224']);
    expect((await del(`${base}/phone_numbers/${numbers[0].id}`)).status).toBe(204);
    expect((await del(`${base}/phone_numbers/${numbers[0].id}`)).status).toBe(404);
    expect((await get(`${base}/phone_numbers`)).json.numbers).toHaveLength(2);
    expect((await del(base)).status).toBe(204);
    expect((await get(base)).status).toBe(404);
  });
});

describe('teams', () => {
  it('creates teams with a unique name of at most 64 characters', async () => {
    const { post } = setup();
    expect((await post('/v1/teams', { name: 'Support USA' })).status).toBe(201);
    expect((await post('/v1/teams', { name: 'support usa' })).status).toBe(400);
    expect((await post('/v1/teams', { name: 'x'.repeat(65) })).status).toBe(400);
    expect((await post('/v1/teams', { name: 'x'.repeat(64) })).status).toBe(201);
    expect((await post('/v1/teams', {})).status).toBe(400);
  });

  it('adds and removes users, 404 on unknown team or user, deletes', async () => {
    const { post, del, get } = setup();
    const team = (await post('/v1/teams', { name: 'Support USA' })).json.team;
    const userId = (await get('/v2/users')).json.users[0].id;
    const added = await post(`/v1/teams/${team.id}/users/${userId}`);
    expect(added.status).toBe(201);
    expect(added.json.team.users.map((u: { id: number }) => u.id)).toEqual([userId]);
    expect((await post(`/v1/teams/${team.id}/users/999999`)).status).toBe(404);
    expect((await post(`/v1/teams/999999/users/${userId}`)).status).toBe(404);
    const removed = await del(`/v1/teams/${team.id}/users/${userId}`);
    expect(removed.status).toBe(200);
    expect(removed.json.team.users).toEqual([]);
    expect((await del(`/v1/teams/${team.id}`)).status).toBe(204);
    expect((await get(`/v1/teams/${team.id}`)).status).toBe(404);
  });
});

describe('tags', () => {
  it('needs a name and a hexadecimal colour, strips emojis', async () => {
    const { post, put, get, del } = setup();
    expect((await post('/v1/tags', { name: 'VIP' })).status).toBe(400);
    expect((await post('/v1/tags', { name: 'VIP', color: 'green' })).status).toBe(400);
    expect((await post('/v1/tags', { color: '#00B388' })).status).toBe(400);
    const created = await post('/v1/tags', { name: 'VIP 🎉 Customer', color: '#00B388' });
    expect(created.status).toBe(201);
    expect(created.json.tag).toMatchObject({ name: 'VIP Customer', color: '#00B388', description: null });
    const updated = await put(`/v1/tags/${created.json.tag.id}`, { name: 'Tier 2 Customer' });
    expect(updated.json.tag).toMatchObject({ name: 'Tier 2 Customer', color: '#00B388' });
    expect((await put(`/v1/tags/${created.json.tag.id}`, { color: '#12345' })).status).toBe(400);
    expect((await del(`/v1/tags/${created.json.tag.id}`)).status).toBe(204);
    expect((await get(`/v1/tags/${created.json.tag.id}`)).status).toBe(404);
  });

  it('removes a deleted tag from calls', async () => {
    const { get, del } = setup();
    const tagId = (await get('/v1/tags')).json.tags[0].id;
    expect((await get(`/v1/calls/search?tags=${tagId}`)).json.meta.total).toBeGreaterThan(0);
    await del(`/v1/tags/${tagId}`);
    expect((await get(`/v1/calls/search?tags=${tagId}`)).json.meta.total).toBe(0);
  });
});

describe('numbers', () => {
  it('updates name, recording, priority, availability and messages; validates them', async () => {
    const { get, put } = setup();
    const id = (await get('/v1/numbers')).json.numbers[0].id;
    const updated = await put(`/v1/numbers/${id}`, {
      name: 'French Office UPDATED',
      priority: 1,
      live_recording_activated: false,
      availability_status: 'closed',
      messages: { welcome: 'https://example.com/welcome_NEW.mp3' },
    });
    expect(updated.status).toBe(200);
    expect(updated.json.number).toMatchObject({
      name: 'French Office UPDATED',
      priority: 1,
      live_recording_activated: false,
      availability_status: 'closed',
      open: false,
    });
    expect(updated.json.number.messages.welcome).toBe('https://example.com/welcome_NEW.mp3');
    expect((await put(`/v1/numbers/${id}`, { name: '' })).status).toBe(400);
    expect((await put(`/v1/numbers/${id}`, { priority: 2 })).status).toBe(400);
    expect((await put(`/v1/numbers/${id}`, { messages: { welcome: 'not a url' } })).status).toBe(400);
    expect((await put('/v1/numbers/1', { name: 'x' })).status).toBe(404);
  });
});

describe('contacts', () => {
  const phones = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ label: 'Work', value: `+1900111${String(i).padStart(4, '0')}` }));

  it('requires phone_numbers, at most 20 phones and 20 emails on create (400), strips emojis', async () => {
    const { post } = setup();
    expect((await post('/v1/contacts', { first_name: 'Gary' })).status).toBe(400);
    expect((await post('/v1/contacts', { first_name: 'Gary', phone_numbers: [] })).status).toBe(400);
    expect((await post('/v1/contacts', { phone_numbers: phones(21) })).status).toBe(400);
    const emails = Array.from({ length: 21 }, (_, i) => ({ label: 'Work', value: `g${i}@acme.example` }));
    expect((await post('/v1/contacts', { phone_numbers: phones(1), emails })).status).toBe(400);
    const created = await post('/v1/contacts', {
      first_name: 'Gary 🚀',
      last_name: 'Jennings',
      phone_numbers: phones(20),
    });
    expect(created.status).toBe(201);
    expect(created.json.contact).toMatchObject({ first_name: 'Gary', last_name: 'Jennings', is_shared: true });
  });

  it('adds details up to 20, then 409; updates (202) and deletes them', async () => {
    const { post, put, del, get } = setup();
    const contact = (await post('/v1/contacts', { phone_numbers: phones(19) })).json.contact;
    const added = await post(`/v1/contacts/${contact.id}/phone_details`, { label: 'Work', value: '+1 916-111-0000' });
    expect(added.status).toBe(201);
    expect(added.json.phone_detail).toMatchObject({ label: 'Work', value: '19161110000' });
    expect((await post(`/v1/contacts/${contact.id}/phone_details`, { value: '+19161110001' })).status).toBe(409);
    const detailId = added.json.phone_detail.id;
    const changed = await put(`/v1/contacts/${contact.id}/phone_details/${detailId}`, {
      label: 'Home',
      value: '+19161110011',
    });
    expect(changed.status).toBe(202);
    expect(changed.json.phone_detail).toEqual({ id: detailId, label: 'Home', value: '19161110011' });
    expect((await put(`/v1/contacts/${contact.id}/phone_details/${detailId}`, { label: 'x' })).status).toBe(400);
    expect((await del(`/v1/contacts/${contact.id}/phone_details/${detailId}`)).status).toBe(204);
    const email = await post(`/v1/contacts/${contact.id}/email_details`, { value: 'v.lightner@example.com' });
    expect(email.json.email_detail).toMatchObject({ label: 'Work', value: 'v.lightner@example.com' });
    const emailId = email.json.email_detail.id;
    expect(
      (await put(`/v1/contacts/${contact.id}/email_details/${emailId}`, { value: 'v.updated@example.com' })).status,
    ).toBe(202);
    for (let i = 0; i < 19; i++) await post(`/v1/contacts/${contact.id}/email_details`, { value: `e${i}@example.com` });
    expect((await post(`/v1/contacts/${contact.id}/email_details`, { value: 'one.too.many@example.com' })).status).toBe(
      409,
    );
    const emails = (await get(`/v1/contacts/${contact.id}`)).json.contact.emails;
    expect(emails[0].value).toBe('v.updated@example.com');
    expect((await del(`/v1/contacts/${contact.id}/email_details/${emailId}`)).status).toBe(204);
  });

  it('updates by POST, deletes, and searches by phone number or email', async () => {
    const { post, del, get } = setup();
    const contact = (
      await post('/v1/contacts', {
        first_name: 'Vicente',
        phone_numbers: [{ label: 'Mobile', value: '+34664673697' }],
        emails: [{ label: 'Work', value: 'v.abad@example.com' }],
      })
    ).json.contact;
    const updated = await post(`/v1/contacts/${contact.id}`, {
      first_name: 'Vicente UPDATED',
      company_name: 'Lerox Inc.',
    });
    expect(updated.json.contact).toMatchObject({ first_name: 'Vicente UPDATED', company_name: 'Lerox Inc.' });
    const byPhone = (await get('/v1/contacts/search?phone_number=%2B34664673697')).json;
    expect(byPhone.contacts.map((c: { id: number }) => c.id)).toEqual([contact.id]);
    const byEmail = (await get('/v1/contacts/search?email=V.ABAD@example.com')).json;
    expect(byEmail.contacts.map((c: { id: number }) => c.id)).toEqual([contact.id]);
    expect((await del(`/v1/contacts/${contact.id}`)).status).toBe(204);
    expect((await get(`/v1/contacts/${contact.id}`)).status).toBe(404);
    expect((await get('/v1/contacts/search?phone_number=%2B34664673697')).json.meta.total).toBe(0);
  });

  it('orders by created_at or updated_at', async () => {
    const { get } = setup();
    const byUpdate = (await get('/v1/contacts?order_by=updated_at&order=desc&per_page=50')).json.contacts;
    const updatedAts = byUpdate.map((c: { updated_at: number }) => c.updated_at);
    expect(updatedAts).toEqual([...updatedAts].sort((a, b) => b - a));
    const byCreation = (await get('/v1/contacts?per_page=50')).json.contacts.map(
      (c: { created_at: number }) => c.created_at,
    );
    expect(byCreation).toEqual([...byCreation].sort((a, b) => a - b));
    expect((await get('/v1/contacts?order_by=name')).status).toBe(400);
  });
});

describe('webhooks', () => {
  it('validates url and event names; no events means every event', async () => {
    const { post } = setup();
    expect((await post('/v1/webhooks', { events: ['call.created'] })).status).toBe(400);
    expect((await post('/v1/webhooks', { url: 'not a url' })).status).toBe(400);
    const bad = await post('/v1/webhooks', { url: 'https://example.com/h', events: ['call.created', 'call.exploded'] });
    expect(bad.status).toBe(400);
    expect(bad.json.troubleshoot).toContain('call.exploded');
    const all = await post('/v1/webhooks', { url: 'https://example.com/h' });
    expect(all.status).toBe(201);
    expect(all.json.webhook.events).toContain('contact.deleted');
    expect(all.json.webhook.events.length).toBeGreaterThan(30);
    expect(all.json.webhook).toMatchObject({ custom_name: 'Webhook', active: true });
  });

  it('allows 100 webhooks per company', async () => {
    const { post } = setup();
    for (let i = 0; i < 100; i++)
      expect((await post('/v1/webhooks', { url: `https://example.com/${i}` })).status).toBe(201);
    const refused = await post('/v1/webhooks', { url: 'https://example.com/101' });
    expect(refused.status).toBe(400);
    expect(refused.json.troubleshoot).toContain('100');
  });

  it('is addressed by id or webhook_id; PUT without events resets them to all', async () => {
    const { post, put, get, del } = setup();
    const { webhook } = (await post('/v1/webhooks', { url: 'https://example.com/h', events: ['call.created'] })).json;
    expect((await get(`/v1/webhooks/${webhook.id}`)).json.webhook.webhook_id).toBe(webhook.webhook_id);
    expect((await get(`/v1/webhooks/${webhook.webhook_id}`)).json.webhook.id).toBe(webhook.id);
    const updated = await put(`/v1/webhooks/${webhook.webhook_id}`, {
      url: 'https://example.com/new',
      custom_name: 'Mine',
    });
    expect(updated.json.webhook).toMatchObject({ url: 'https://example.com/new', custom_name: 'Mine' });
    expect(updated.json.webhook.events.length).toBeGreaterThan(30);
    expect((await put(`/v1/webhooks/${webhook.id}`, { url: 'nope' })).status).toBe(400);
    expect((await del(`/v1/webhooks/${webhook.webhook_id}`)).status).toBe(204);
    expect((await get(`/v1/webhooks/${webhook.id}`)).status).toBe(404);
  });
});

describe('company, integrations, A2P', () => {
  it('describes the company', async () => {
    const { get } = setup();
    expect((await get('/v1/company')).json).toEqual({
      company: { name: 'Acme Inc.', users_count: 40, numbers_count: 6 },
    });
  });

  it.each([
    ['GET', '/v1/integrations/me'],
    ['POST', '/v1/integrations/enable'],
    ['POST', '/v1/integrations/disable'],
  ])('%s %s is OAuth only: 403 under Basic Auth', async (method, path) => {
    const { request } = setup();
    const response = await request(method, path);
    expect(response.status).toBe(403);
    expect(response.json.troubleshoot).toBe('Cannot be used with API KEY (Oauth only)');
  });

  it('associates company numbers to one campaign each, pending then done', async () => {
    const { get, post, put, del, sim } = setup();
    const digits = (await get('/v1/numbers')).json.numbers.map((n: { digits: string }) => n.digits.replace(/\D/g, ''));
    const base = '/v1/a2p_campaign_associations';
    expect((await post(base, { numbers: [digits[0]] })).status).toBe(400);
    expect((await post(base, { external_campaign_id: 'CNXIO', numbers: ['15550000000'] })).status).toBe(400);
    const created = await post(base, { external_campaign_id: 'CNXIO', numbers: [digits[0]] });
    expect(created.status).toBe(201);
    expect(created.json.a2p_campaign_association).toMatchObject({ external_id: 'CNXIO', update_status: 'pending' });
    const id = created.json.a2p_campaign_association.id;
    expect((await post(base, { external_campaign_id: 'CNXIO', numbers: [digits[1]] })).status).toBe(400);
    expect((await post(base, { external_campaign_id: 'OTHER', numbers: [digits[0]] })).status).toBe(400);
    sim.advance(5_000);
    expect((await get(`${base}/${id}`)).json.a2p_campaign_association.update_status).toBe('done');
    const updated = await put(`${base}/${id}`, { numbers: [digits[1]] });
    expect(updated.json.a2p_campaign_association).toMatchObject({
      numbers: [Number(digits[1])],
      update_status: 'pending',
    });
    expect((await get(base)).json.meta.total).toBe(1);
    expect((await del(`${base}/${id}`)).status).toBe(204);
    expect((await get(`${base}/${id}`)).status).toBe(404);
  });
});

import {
  contactDetailResponseSchema,
  contactListResponseSchema,
  contactResponseSchema,
  contactWithCallsResponseSchema,
} from '@switchboard/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { agentsByRole, type CallsTestApp, callsTestApp, changing } from '../calls/support';

let app: CallsTestApp;
let agent: Awaited<ReturnType<typeof agentsByRole>>['agent'];
beforeAll(async () => {
  app = await callsTestApp();
  ({ agent } = await agentsByRole(app));
});

const newContact = { firstName: 'Ada', lastName: 'Lovelace', phoneNumbers: [{ value: '+14155550100' }] };

async function create(body: object = newContact) {
  const res = await changing(agent.post('/api/contacts')).send(body).expect(201);
  return contactResponseSchema.parse(res.body).contact;
}

describe('contacts', () => {
  it('creates a contact in Aircall, mirrors it and audits it without the whole number', async () => {
    const contact = await create();
    expect(contact).toMatchObject({ displayName: 'Ada Lovelace', phoneNumbers: [{ label: 'Work' }] });
    expect((await app.store.contacts.get(contact.id))?.first_name).toBe('Ada');
    const audit = JSON.stringify(await app.store.audit.list({ action: 'contacts.create' }));
    expect(audit).toContain('0100');
    expect(audit).not.toContain('4155550100');
  });

  it('finds contacts by phone number (Aircall) and by name (mirror); no cursor for contacts', async () => {
    const contact = await create({ ...newContact, lastName: 'Byron', phoneNumbers: [{ value: '+14155550111' }] });
    const byPhone = contactListResponseSchema.parse((await agent.get('/api/contacts?phoneNumber=14155550111')).body);
    expect(byPhone.contacts.map((c) => c.id)).toContain(contact.id);
    const byName = contactListResponseSchema.parse((await agent.get('/api/contacts?q=byron')).body);
    expect(byName.contacts.map((c) => c.id)).toEqual([contact.id]);
    const firstPage = contactListResponseSchema.parse((await agent.get('/api/contacts?perPage=10')).body);
    expect(firstPage.contacts).toHaveLength(10);
    await agent.get('/api/contacts?cursor=abc').expect(400);
    await agent.get('/api/contacts?q=a').expect(400);
  });

  it('answers a contact with their calls from the mirror, newest first', async () => {
    const call = app.calls.find((c) => c.contact);
    if (!call?.contact) throw new Error('the seed has no call with a contact');
    const res = await agent.get(`/api/contacts/${call.contact.id}`).expect(200);
    const body = contactWithCallsResponseSchema.parse(res.body);
    expect(body.calls.map((row) => row.id)).toContain(call.id);
    const started = body.calls.map((row) => row.startedAt);
    expect(started).toEqual([...started].sort((a, b) => b - a));
    await agent.get('/api/contacts/999999999').expect(404);
  });

  it('updates names, then adds, replaces and removes phone numbers and emails, keeping the mirror in step', async () => {
    const contact = await create();
    const updated = await changing(agent.patch(`/api/contacts/${contact.id}`)).send({ companyName: 'Engines' });
    expect(contactResponseSchema.parse(updated.body).contact.companyName).toBe('Engines');
    await changing(agent.patch(`/api/contacts/${contact.id}`))
      .send({})
      .expect(400);

    const phone = await changing(agent.post(`/api/contacts/${contact.id}/phone-numbers`)).send({
      value: '+14155550199',
    });
    const { detail } = contactDetailResponseSchema.parse(phone.body);
    await changing(agent.put(`/api/contacts/${contact.id}/phone-numbers/${detail.id}`))
      .send({ label: 'Home', value: '+14155550198' })
      .expect(200);
    expect((await app.store.contacts.get(contact.id))?.phone_numbers.map((p) => p.label)).toContain('Home');
    await changing(agent.delete(`/api/contacts/${contact.id}/phone-numbers/${detail.id}`)).expect(204);
    expect((await app.store.contacts.get(contact.id))?.phone_numbers).toHaveLength(1);

    const email = await changing(agent.post(`/api/contacts/${contact.id}/emails`)).send({ value: 'ada@example.com' });
    const emailId = contactDetailResponseSchema.parse(email.body).detail.id;
    await changing(agent.put(`/api/contacts/${contact.id}/emails/${emailId}`))
      .send({ value: 'ada@engines.example' })
      .expect(200);
    expect((await app.store.contacts.get(contact.id))?.emails.map((e) => e.value)).toEqual(['ada@engines.example']);
    await changing(agent.delete(`/api/contacts/${contact.id}/emails/${emailId}`)).expect(204);
    await changing(agent.post(`/api/contacts/${contact.id}/emails`))
      .send({ value: 'not an email' })
      .expect(400);
  });

  it('refuses a 21st phone number from the mirror (409), as Aircall does', async () => {
    const phoneNumbers = Array.from({ length: 20 }, (_, i) => ({ value: `+1415555${String(1000 + i)}` }));
    const contact = await create({ ...newContact, phoneNumbers });
    await changing(agent.post(`/api/contacts/${contact.id}/phone-numbers`))
      .send({ value: '+14155559999' })
      .expect(409);
  });

  it('maps Aircall failures: 502 when down, 429 with Retry-After when rate limited', async () => {
    app.failNext({ route: '/v1/contacts*', errorStatus: 503 });
    await changing(agent.post('/api/contacts')).send(newContact).expect(502);
    app.failNext({ route: '/v1/contacts*', rateLimitedFor: 12 });
    const limited = await agent.get('/api/contacts?email=ada@example.com').expect(429);
    expect(limited.headers['retry-after']).toBeDefined();
  });
});

import {
  contactDetailResponseSchema,
  contactListResponseSchema,
  contactResponseSchema,
  contactWithCallsResponseSchema,
} from '@switchboard/contracts';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { mirrorHeader } from '../../../src/mirror/write-through';
import { createMirrorSync } from '../../../src/sync/mirror-sync';
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

  it('lists and finds contacts by phone digits, name and email from the mirror alone; no cursor for contacts', async () => {
    const contact = await create({
      ...newContact,
      lastName: 'Byron',
      phoneNumbers: [{ value: '+14155550111' }],
      emails: [{ value: 'ada.byron@example.com' }],
    });
    const mirroredTotal = (await app.aircall.contacts.list({ per_page: 1 })).meta.total;
    const list = async (query: string) =>
      contactListResponseSchema.parse((await agent.get(`/api/contacts?${query}`)).body);
    const cost = await app.upstreamCost(async () => {
      const byPhone = await list('phoneNumber=14155550111');
      expect(byPhone.contacts.map((c) => c.id)).toContain(contact.id);
      expect((await list('phoneNumber=555-0111')).contacts.map((c) => c.id)).toContain(contact.id);
      const byName = await list('q=byron');
      expect(byName.contacts.map((c) => c.id)).toEqual([contact.id]);
      expect((await list('email=ADA.BYRON@')).contacts.map((c) => c.id)).toEqual([contact.id]);
      expect((await list('q=byron&phoneNumber=14155550100')).contacts).toEqual([]);
      const firstPage = await list('perPage=10');
      expect(firstPage.contacts).toHaveLength(10);
      expect(firstPage.meta).toMatchObject({ page: 1, perPage: 10, hasNextPage: true });
      expect(firstPage.meta.total).toBe(mirroredTotal);
    });
    expect(cost).toEqual([]);
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

  it('answers a mirrored contact without asking Aircall, and lists calls to every number they have', async () => {
    const call = app.calls.find((c) => c.contact && c.raw_digits);
    if (!call?.contact) throw new Error('the seed has no call with a contact');
    const other = app.calls.find((c) => c.raw_digits && c.raw_digits !== call.raw_digits && c.id !== call.id);
    if (!other) throw new Error('the seed has no second number');
    const contactId = call.contact.id;
    const mirrored = await app.store.contacts.get(contactId);
    if (!mirrored) throw new Error('the contact is not mirrored');
    // A second number the contact was given in Aircall; the mirror hears of it as the webhook would tell it.
    await app.store.contacts.upsertMany(
      [{ ...mirrored, phone_numbers: [...mirrored.phone_numbers, { id: 1, label: 'Home', value: other.raw_digits }] }],
      app.clock.now(),
    );
    let body: ReturnType<typeof contactWithCallsResponseSchema.parse> | undefined;
    const cost = await app.upstreamCost(async () => {
      body = contactWithCallsResponseSchema.parse((await agent.get(`/api/contacts/${contactId}`).expect(200)).body);
    });
    expect(cost).toEqual([]);
    expect(body?.calls.map((row) => row.id)).toEqual(expect.arrayContaining([call.id, other.id]));
  });

  it('asks Aircall once for a contact the mirror does not have yet, then keeps it', async () => {
    const created = await app.aircall.contacts.create({
      first_name: 'Grace',
      phone_numbers: [{ label: 'Work', value: '+14155550177' }],
    });
    expect(await app.store.contacts.get(created.id)).toBeUndefined();
    const first = await app.upstreamCost(() => agent.get(`/api/contacts/${created.id}`).expect(200));
    expect(first).toEqual([`GET /v1/contacts/${created.id}`]);
    expect((await app.store.contacts.get(created.id))?.first_name).toBe('Grace');
    expect(await app.upstreamCost(() => agent.get(`/api/contacts/${created.id}`).expect(200))).toEqual([]);
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

  it('says so when Aircall took a change the mirror could not, and the sync repairs it', async () => {
    const contact = await create();
    const write = vi.spyOn(app.store.contacts, 'upsertMany').mockRejectedValueOnce(new Error('database gone'));
    const res = await changing(agent.patch(`/api/contacts/${contact.id}`)).send({ companyName: 'Analytical' });
    write.mockRestore();
    expect(res.status).toBe(200);
    expect(res.headers[mirrorHeader.name.toLowerCase()]).toBe(mirrorHeader.repairPending);
    expect(contactResponseSchema.parse(res.body).contact.companyName).toBe('Analytical');
    expect((await app.store.contacts.get(contact.id))?.company_name).toBeNull();
    expect(await app.store.mirrorRepairs.list(10)).toEqual([
      { resource: 'contacts', id: contact.id, endpoint: 'contacts.update' },
    ]);

    const sync = createMirrorSync({ ...app, logger: app.log.logger, clock: app.clock });
    await sync.runDue(AbortSignal.abort());
    expect(await app.store.mirrorRepairs.list(10)).toHaveLength(1);
    await sync.runDue(new AbortController().signal);
    expect((await app.store.contacts.get(contact.id))?.company_name).toBe('Analytical');
    expect(await app.store.mirrorRepairs.list(10)).toEqual([]);
  });

  it('maps Aircall failures: 502 when down, 429 with Retry-After when rate limited', async () => {
    app.failNext({ route: '/v1/contacts*', errorStatus: 503 });
    await changing(agent.post('/api/contacts')).send(newContact).expect(502);
    // Reads come from the mirror: only a contact it does not have yet reaches Aircall.
    app.failNext({ route: '/v1/contacts*', rateLimitedFor: 12 });
    const limited = await agent.get('/api/contacts/999999998').expect(429);
    expect(limited.headers['retry-after']).toBeDefined();
  });
});

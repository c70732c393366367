import { describe, expect, it } from 'vitest';
import { InvalidInputError, RejectedError, ResourceUnavailableError, UnsupportedOperationError } from '../../src';
import { collect, createSimClient } from '../support/sim';

describe('numbers, contacts, tags, webhooks, company, A2P against the simulator', () => {
  const { client } = createSimClient({ sizes: { contacts: 120 } });

  it('reads and updates numbers, music and messages included', async () => {
    const numbers = await collect(client.numbers.listAll());
    expect((await client.numbers.list({ order: 'desc' })).meta.total).toBe(numbers.length);
    const id = numbers[0]!.id;
    expect((await client.numbers.get(id)).id).toBe(id);
    const updated = await client.numbers.update(id, {
      name: 'French Office UPDATED',
      messages: { welcome: 'https://example.com/welcome_NEW.mp3' },
    });
    expect(updated.name).toBe('French Office UPDATED');
    expect(updated.messages?.welcome).toBe('https://example.com/welcome_NEW.mp3');
    await expect(client.numbers.update(id, { messages: { welcome: 'not a url' } })).rejects.toBeInstanceOf(
      InvalidInputError,
    );
  });

  it('iterates contacts and finds them by phone number or email', async () => {
    const all = await collect(client.contacts.listAll());
    expect(all).toHaveLength(120);
    expect((await client.contacts.list({ order_by: 'updated_at', per_page: 5 })).contacts).toHaveLength(5);

    const created = await client.contacts.create({
      first_name: 'Gary',
      last_name: 'Jennings',
      information: 'external_custom_id:87123',
      phone_numbers: [{ label: 'Work', value: '+19001112222' }],
      emails: [{ label: 'Office', value: 'gary.jennings@acme.example' }],
    });
    const byEmail = await client.contacts.search({ email: 'gary.jennings@acme.example' });
    expect(byEmail.contacts.map((c) => c.id)).toEqual([created.id]);
    const byPhone = await collect(client.contacts.searchAll({ phone_number: '+19001112222' }));
    expect(byPhone.map((c) => c.id)).toContain(created.id);
  });

  it('edits a contact, its phone numbers and its emails, then deletes it', async () => {
    const contact = await client.contacts.create({
      first_name: 'Vicente',
      phone_numbers: [{ label: 'Mobile', value: '+34664673697' }],
    });
    expect((await client.contacts.update(contact.id, { company_name: 'Lerox Inc.' })).company_name).toBe('Lerox Inc.');

    const phone = await client.contacts.phoneDetails.add(contact.id, { label: 'Work', value: '+19161110000' });
    expect(phone.label).toBe('Work');
    expect(
      (await client.contacts.phoneDetails.update(contact.id, phone.id, { label: 'Home', value: '+19161110011' })).label,
    ).toBe('Home');
    await client.contacts.phoneDetails.delete(contact.id, phone.id);

    const email = await client.contacts.emailDetails.add(contact.id, { value: 'v.lightner@example.com' });
    expect(
      (await client.contacts.emailDetails.update(contact.id, email.id, { value: 'v.updated@example.com' })).value,
    ).toBe('v.updated@example.com');
    await client.contacts.emailDetails.delete(contact.id, email.id);
    expect((await client.contacts.get(contact.id)).emails).toEqual([]);

    await client.contacts.delete(contact.id);
    await expect(client.contacts.get(contact.id)).rejects.toBeInstanceOf(ResourceUnavailableError);
    await expect(client.contacts.create({ phone_numbers: [] })).rejects.toBeInstanceOf(InvalidInputError);
  });

  it('creates, updates and deletes tags', async () => {
    const count = (await collect(client.tags.listAll())).length;
    const tag = await client.tags.create({ name: 'VIP Customer', color: '#00B388' });
    expect((await client.tags.get(tag.id)).name).toBe('VIP Customer');
    expect((await client.tags.update(tag.id, { name: 'Tier 2 Customer' })).name).toBe('Tier 2 Customer');
    expect((await client.tags.list({ per_page: 50 })).meta.total).toBe(count + 1);
    await client.tags.delete(tag.id);
    await expect(client.tags.get(tag.id)).rejects.toBeInstanceOf(ResourceUnavailableError);
    await expect(client.tags.create({ name: 'x', color: 'green' })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(client.tags.update(1, {})).rejects.toBeInstanceOf(InvalidInputError);
  });

  it('registers, re-activates and deletes a webhook by its webhook_id', async () => {
    const webhook = await client.webhooks.create({
      custom_name: 'Switchboard',
      url: 'https://switchboard.example.com/webhooks/aircall',
      events: ['call.created', 'call.ended'],
    });
    expect(webhook).toMatchObject({ active: true, token: expect.any(String) });
    expect((await collect(client.webhooks.listAll())).map((w) => w.webhook_id)).toContain(webhook.webhook_id);
    const updated = await client.webhooks.update(webhook.webhook_id, { active: false, events: ['call.created'] });
    expect(updated).toMatchObject({ active: false, events: ['call.created'] });
    expect((await client.webhooks.get(webhook.webhook_id)).active).toBe(false);
    expect((await client.webhooks.list({ order: 'desc' })).webhooks).toHaveLength(1);
    await client.webhooks.delete(webhook.webhook_id);
    await expect(client.webhooks.get(webhook.webhook_id)).rejects.toBeInstanceOf(ResourceUnavailableError);
    await expect(client.webhooks.create({ url: 'https://x.example', events: ['nope'] })).rejects.toBeInstanceOf(
      InvalidInputError,
    );
  });

  it('reads the company', async () => {
    const company = await client.company.get();
    expect(company.users_count).toBe((await client.users.list()).meta.total);
  });

  it('manages A2P campaign associations', async () => {
    const [first, second] = (await client.numbers.list()).numbers.map((n) => n.digits.replace(/\D/g, ''));
    const created = await client.a2pCampaignAssociations.create({ external_campaign_id: 'CNXIO', numbers: [first!] });
    expect(created).toMatchObject({ external_id: 'CNXIO', update_status: 'pending' });
    expect((await client.a2pCampaignAssociations.get(created.id)).id).toBe(created.id);
    await expect(
      client.a2pCampaignAssociations.create({ external_campaign_id: 'CNXIO', numbers: [first!] }),
    ).rejects.toBeInstanceOf(RejectedError);
    const updated = await client.a2pCampaignAssociations.update(created.id, { numbers: [second!] });
    expect(updated.numbers.map(String)).toEqual([second]);
    expect(await collect(client.a2pCampaignAssociations.listAll())).toHaveLength(1);
    expect((await client.a2pCampaignAssociations.list()).meta.total).toBe(1);
    await client.a2pCampaignAssociations.delete(created.id);
    await expect(client.a2pCampaignAssociations.get(created.id)).rejects.toBeInstanceOf(ResourceUnavailableError);
  });

  it('refuses OAuth-only integration endpoints without sending anything', async () => {
    let sent = 0;
    const { client: counting } = createSimClient({ client: { hooks: { onRequest: () => (sent += 1) } } });
    await expect(counting.integrations.me()).rejects.toBeInstanceOf(UnsupportedOperationError);
    await expect(counting.integrations.enable()).rejects.toBeInstanceOf(UnsupportedOperationError);
    await expect(counting.integrations.disable()).rejects.toBeInstanceOf(UnsupportedOperationError);
    expect(sent).toBe(0);
  });
});

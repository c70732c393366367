import { Hono } from 'hono';
import { z } from 'zod';
import { readBody } from '../http/body';
import type { SimContext, SimEnv } from '../http/env';
import { idParam } from '../http/env';
import { badRequest, conflict, found } from '../http/errors';
import { orderParam, paginate, timeRange } from '../http/pagination';
import { digitsOnly, MAX_CONTACT_DETAILS, stripEmojis } from '../rules';
import type { ContactDetail, ContactRecord } from '../store/records';
import type { World } from '../world';

// Emojis are removed from contact attributes; strings can't be blank when defined and stay under 255 characters.
const text = z
  .string()
  .transform(stripEmojis)
  .refine((value) => value.length > 0, "Can't be blank if defined")
  .refine((value) => value.length <= 255, "Can't exceed 255 characters");
const detail = z.object({ label: text, value: text });
const contactFields = {
  first_name: text.optional(),
  last_name: text.optional(),
  company_name: text.optional(),
  information: text.optional(),
};
const createContactSchema = z.object({
  ...contactFields,
  phone_numbers: z
    .array(detail, { error: 'phone_numbers is mandatory' })
    .min(1, 'phone_numbers is mandatory')
    .max(MAX_CONTACT_DETAILS, 'Limit of 20 phone numbers'),
  emails: z.array(detail).max(MAX_CONTACT_DETAILS, 'Limit of 20 emails').optional(),
});
const updateContactSchema = z.object(contactFields);
const detailSchema = z.object({ label: text.optional(), value: text });

/** Aircall normalizes stored phone numbers to their digits ("+1 916-111-0000" → "19161110000"). */
const normalizePhone = (value: string) => digitsOnly(value);

export function contactRoutes(world: World) {
  const app = new Hono<SimEnv>();
  const findContact = (c: SimContext) => found(world.store.contacts.get(idParam(c)), 'Contact');
  const touch = (contact: ContactRecord) => {
    contact.updatedAt = world.now();
    world.emit('contact.updated', (views) => views.contact(contact));
  };

  /** Listing and search: from/to on created_at, ordered by `order_by`, at most 10,000 reachable items. */
  const page = (c: SimContext, keep: (contact: ContactRecord) => boolean) => {
    const url = c.var.url;
    const orderBy = url.searchParams.get('order_by') ?? 'created_at';
    if (orderBy !== 'created_at' && orderBy !== 'updated_at')
      throw badRequest('order_by must be created_at or updated_at');
    const { fromMs, toMs } = timeRange(url);
    const key = (contact: ContactRecord) => (orderBy === 'updated_at' ? contact.updatedAt : contact.createdAt);
    const contacts = [...world.store.contacts.values()].filter(
      (contact) => contact.createdAt >= fromMs && contact.createdAt <= toMs && keep(contact),
    );
    contacts.sort((a, b) => key(a) - key(b) || a.id - b.id);
    if (orderParam(url) === 'desc') contacts.reverse();
    const { meta, items } = paginate(url, contacts, { capped: true });
    return c.json({ meta, contacts: items.map((contact) => c.var.views.contact(contact)) });
  };

  app.get('/', (c) => page(c, () => true));

  app.get('/search', (c) => {
    const phone = c.req.query('phone_number');
    const email = c.req.query('email')?.toLowerCase();
    return page(
      c,
      (contact) =>
        (phone === undefined || contact.phoneNumbers.some((p) => digitsOnly(p.value) === digitsOnly(phone))) &&
        (email === undefined || contact.emails.some((e) => e.value.toLowerCase() === email)),
    );
  });

  app.get('/:id{[0-9]+}', (c) => c.json({ contact: c.var.views.contact(findContact(c)) }));

  app.post('/', async (c) => {
    const body = await readBody(c, createContactSchema);
    const toDetail = ({ label, value }: { label: string; value: string }) => ({
      id: world.store.nextId('detail'),
      label,
      value,
    });
    const contact: ContactRecord = {
      id: world.store.nextId('contact'),
      firstName: body.first_name ?? null,
      lastName: body.last_name ?? null,
      companyName: body.company_name ?? null,
      information: body.information ?? null,
      createdAt: world.now(),
      updatedAt: world.now(),
      emails: (body.emails ?? []).map(toDetail),
      phoneNumbers: body.phone_numbers.map(toDetail),
    };
    world.store.contacts.set(contact.id, contact);
    world.emit('contact.created', (views) => views.contact(contact));
    return c.json({ contact: c.var.views.contact(contact) }, 201);
  });

  // Updating a contact is a POST, not a PUT (reference).
  app.post('/:id{[0-9]+}', async (c) => {
    const contact = findContact(c);
    const body = await readBody(c, updateContactSchema);
    contact.firstName = body.first_name ?? contact.firstName;
    contact.lastName = body.last_name ?? contact.lastName;
    contact.companyName = body.company_name ?? contact.companyName;
    contact.information = body.information ?? contact.information;
    touch(contact);
    return c.json({ contact: c.var.views.contact(contact) });
  });

  app.delete('/:id{[0-9]+}', (c) => {
    const contact = findContact(c);
    world.emit('contact.deleted', (views) => views.contact(contact));
    world.store.contacts.delete(contact.id);
    return c.body(null, 204);
  });

  const detailRoutes = (segment: string, key: 'phone_detail' | 'email_detail', list: 'phoneNumbers' | 'emails') => {
    const normalize = list === 'phoneNumbers' ? normalizePhone : (value: string) => value;
    const findDetail = (c: SimContext, contact: ContactRecord): ContactDetail =>
      found(
        contact[list].find((d) => d.id === idParam(c, 'detailId')),
        key === 'phone_detail' ? 'Phone number' : 'Email',
      );

    app.post(`/:id{[0-9]+}/${segment}`, async (c) => {
      const contact = findContact(c);
      const body = await readBody(c, detailSchema);
      if (contact[list].length >= MAX_CONTACT_DETAILS) {
        throw conflict(
          `A contact can have at most ${MAX_CONTACT_DETAILS} ${list === 'emails' ? 'emails' : 'phone numbers'}.`,
        );
      }
      const created = { id: world.store.nextId('detail'), label: body.label ?? 'Work', value: normalize(body.value) };
      contact[list].push(created);
      touch(contact);
      return c.json({ [key]: created }, 201);
    });

    app.put(`/:id{[0-9]+}/${segment}/:detailId{[0-9]+}`, async (c) => {
      const contact = findContact(c);
      const found = findDetail(c, contact);
      const body = await readBody(c, detailSchema);
      found.label = body.label ?? found.label;
      found.value = normalize(body.value);
      touch(contact);
      return c.json({ [key]: { ...found } }, 202);
    });

    app.delete(`/:id{[0-9]+}/${segment}/:detailId{[0-9]+}`, (c) => {
      const contact = findContact(c);
      const found = findDetail(c, contact);
      contact[list] = contact[list].filter((d) => d !== found);
      touch(contact);
      return c.body(null, 204);
    });
  };
  detailRoutes('phone_details', 'phone_detail', 'phoneNumbers');
  detailRoutes('email_details', 'email_detail', 'emails');

  return app;
}

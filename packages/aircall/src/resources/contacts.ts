import { z } from 'zod';
import type { Executor, RequestOptions } from '../http/execute';
import { parseInput } from '../http/validation';
import { type IterateOptions, paginateAcrossCap } from '../pagination';
import { envelopeSchema, listWindowSchema, paginationSchema } from '../schemas/common';
import { type Contact, contactDetailSchema, contactSchema } from '../schemas/contact';
import { listingOf } from './listing';

export const contactListParamsSchema = listWindowSchema.extend(paginationSchema.shape).extend({
  order_by: z.enum(['created_at', 'updated_at']).optional(),
});
export type ContactListParams = z.input<typeof contactListParamsSchema>;

export const contactSearchParamsSchema = contactListParamsSchema.extend({
  phone_number: z.string().min(1).optional(),
  email: z.string().min(1).optional(),
});
export type ContactSearchParams = z.input<typeof contactSearchParamsSchema>;

/** Iterators walk by creation date, oldest first, 50 at a time. */
type IterationParams<T> = Omit<T, 'page' | 'per_page' | 'order' | 'order_by'>;

const detailInputSchema = z.strictObject({ label: z.string().min(1), value: z.string().min(1) });

export const createContactSchema = z.strictObject({
  first_name: z.string().min(1).max(255).optional(),
  last_name: z.string().min(1).max(255).optional(),
  company_name: z.string().min(1).max(255).optional(),
  information: z.string().min(1).optional(),
  emails: z.array(detailInputSchema).max(20).optional(),
  phone_numbers: z.array(detailInputSchema).min(1).max(20),
});
export type CreateContact = z.input<typeof createContactSchema>;

export const updateContactSchema = createContactSchema.omit({ emails: true, phone_numbers: true });
export type UpdateContact = z.input<typeof updateContactSchema>;

/** Phone numbers and emails of a contact are edited one by one; `value` is always required. */
export const contactDetailInputSchema = z.strictObject({
  label: z.string().min(1).optional(),
  value: z.string().min(1),
});
export type ContactDetailInput = z.input<typeof contactDetailInputSchema>;

const contactEnvelopeSchema = envelopeSchema('contact', contactSchema);

/** The phone_details or email_details sub-resource of a contact. */
function createDetailsResource<K extends string>(executor: Executor, segment: string, key: K) {
  const route = `/v1/contacts/:id/${segment}`;
  const envelope = envelopeSchema(key, contactDetailSchema);
  const write = async (
    method: 'POST' | 'PUT',
    pathParams: { id: number; detail_id?: number },
    input: ContactDetailInput,
    options?: RequestOptions,
  ) => {
    const itemRoute = pathParams.detail_id === undefined ? route : `${route}/:detail_id`;
    const body = parseInput(contactDetailInputSchema, input, { method, path: itemRoute });
    const answer = await executor.execute({ method, route: itemRoute, pathParams, body, response: envelope }, options);
    return answer[key];
  };
  return {
    /** Aircall allows 20 per contact (409 beyond). Not retried. */
    add(contactId: number, input: ContactDetailInput, options?: RequestOptions) {
      return write('POST', { id: contactId }, input, options);
    },
    update(contactId: number, detailId: number, input: ContactDetailInput, options?: RequestOptions) {
      return write('PUT', { id: contactId, detail_id: detailId }, input, options);
    },
    delete(contactId: number, detailId: number, options?: RequestOptions): Promise<void> {
      return executor.execute(
        {
          method: 'DELETE',
          route: `${route}/:detail_id`,
          pathParams: { id: contactId, detail_id: detailId },
          response: null,
        },
        options,
      );
    },
  };
}

export function createContactsResource(executor: Executor) {
  const contacts = listingOf(executor, '/v1/contacts', 'contacts', contactSchema);
  const search = listingOf(executor, '/v1/contacts/search', 'contacts', contactSchema);
  const createdAt = (contact: Contact) => contact.created_at;
  const unwrap = async (pending: Promise<{ contact: Contact }>) => (await pending).contact;

  return {
    async list(params: ContactListParams = {}, options?: RequestOptions) {
      return contacts.page(
        parseInput(contactListParamsSchema, params, { method: 'GET', path: contacts.route }),
        options,
      );
    },
    /** Every shared contact, oldest first, each exactly once even past Aircall's 10,000-item cap. */
    listAll(params: IterationParams<ContactListParams> = {}, options: IterateOptions = {}) {
      const query = parseInput(contactListParamsSchema, params, { method: 'GET', path: contacts.route });
      return paginateAcrossCap(contacts.fetchPage, contacts.route, query, createdAt, options);
    },
    /** By phone number or email, e.g. to find a person's records for a privacy request. */
    async search(params: ContactSearchParams = {}, options?: RequestOptions) {
      return search.page(parseInput(contactSearchParamsSchema, params, { method: 'GET', path: search.route }), options);
    },
    searchAll(params: IterationParams<ContactSearchParams> = {}, options: IterateOptions = {}) {
      const query = parseInput(contactSearchParamsSchema, params, { method: 'GET', path: search.route });
      return paginateAcrossCap(search.fetchPage, search.route, query, createdAt, options);
    },
    get(id: number, options?: RequestOptions) {
      return unwrap(
        executor.execute(
          { method: 'GET', route: '/v1/contacts/:id', pathParams: { id }, response: contactEnvelopeSchema },
          options,
        ),
      );
    },
    /** Duplicate calls create duplicate contacts: never retried. */
    async create(input: CreateContact, options?: RequestOptions) {
      const body = parseInput(createContactSchema, input, { method: 'POST', path: contacts.route });
      return unwrap(
        executor.execute({ method: 'POST', route: contacts.route, body, response: contactEnvelopeSchema }, options),
      );
    },
    /** Aircall updates contacts with a POST; phone numbers and emails have their own methods. */
    async update(id: number, input: UpdateContact, options?: RequestOptions) {
      const body = parseInput(updateContactSchema, input, { method: 'POST', path: '/v1/contacts/:id' });
      return unwrap(
        executor.execute(
          { method: 'POST', route: '/v1/contacts/:id', pathParams: { id }, body, response: contactEnvelopeSchema },
          options,
        ),
      );
    },
    delete(id: number, options?: RequestOptions): Promise<void> {
      return executor.execute(
        { method: 'DELETE', route: '/v1/contacts/:id', pathParams: { id }, response: null },
        options,
      );
    },
    phoneDetails: createDetailsResource(executor, 'phone_details', 'phone_detail'),
    emailDetails: createDetailsResource(executor, 'email_details', 'email_detail'),
  };
}

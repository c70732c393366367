import { z } from 'zod';
import type { Executor, RequestOptions } from '../http/execute';
import { parseInput } from '../http/validation';
import { type IterateOptions, paginateAcrossCap } from '../pagination';
import { envelopeSchema, listWindowSchema, paginationSchema } from '../schemas/common';
import { type Contact, contactDetailSchema, contactSchema } from '../schemas/contact';
import { crudOf } from './crud';
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
  const contacts = crudOf(executor, {
    route: '/v1/contacts',
    listKey: 'contacts',
    itemKey: 'contact',
    item: contactSchema,
    listParams: contactListParamsSchema,
  });
  const search = listingOf(executor, '/v1/contacts/search', 'contacts', contactSchema);
  const createdAt = (contact: Contact) => contact.created_at;
  const searchParams = (input: ContactSearchParams) =>
    parseInput(contactSearchParamsSchema, input, { method: 'GET', path: search.route });

  return {
    list: contacts.list,
    /** Every shared contact, oldest first, each exactly once even past Aircall's 10,000-item cap. */
    listAll(params: IterationParams<ContactListParams> = {}, options: IterateOptions = {}) {
      const query = parseInput(contactListParamsSchema, params, { method: 'GET', path: contacts.listing.route });
      return paginateAcrossCap(contacts.listing.fetchPage, contacts.listing.route, query, createdAt, options);
    },
    /** By phone number or email, e.g. to find a person's records for a privacy request. */
    async search(params: ContactSearchParams = {}, options?: RequestOptions) {
      return search.page(searchParams(params), options);
    },
    searchAll(params: IterationParams<ContactSearchParams> = {}, options: IterateOptions = {}) {
      return paginateAcrossCap(search.fetchPage, search.route, searchParams(params), createdAt, options);
    },
    get: contacts.get,
    /** Duplicate calls create duplicate contacts: never retried. */
    create: contacts.creator(createContactSchema),
    /** Aircall updates contacts with a POST; phone numbers and emails have their own methods. */
    update: contacts.updater(updateContactSchema, 'POST'),
    delete: contacts.delete,
    phoneDetails: createDetailsResource(executor, 'phone_details', 'phone_detail'),
    emailDetails: createDetailsResource(executor, 'email_details', 'email_detail'),
  };
}

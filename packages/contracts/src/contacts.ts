import { z } from 'zod';
import { callRowSchema } from './call-row';
import {
  e164Schema,
  emailSchema,
  idParams,
  idSchema,
  limits,
  pageOf,
  paginationShape,
  plainText,
  queryRules,
  requireChange,
  unixSecondsSchema,
  withRules,
} from './common';
import { defineEndpoint, everyone } from './endpoint';
import { phoneDigitsPattern } from './values';

export const contactDetailSchema = z.object({ id: idSchema, label: z.string().nullable(), value: z.string() });
export type ContactDetail = z.infer<typeof contactDetailSchema>;

export const contactSchema = z.object({
  id: idSchema,
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  companyName: z.string().nullable(),
  information: z.string().nullable(),
  /** First and last name, else the company, else the first phone number. */
  displayName: z.string(),
  phoneNumbers: z.array(contactDetailSchema),
  emails: z.array(contactDetailSchema),
  createdAt: unixSecondsSchema,
  updatedAt: unixSecondsSchema,
});
export type Contact = z.infer<typeof contactSchema>;

const contactNameSchema = plainText(limits.contactNameLength);
/** Labels like Work or Home. */
const detailLabelSchema = plainText(64);

export const contactPhoneBodySchema = z.strictObject({ label: detailLabelSchema.optional(), value: e164Schema });
export type ContactPhoneBody = z.infer<typeof contactPhoneBodySchema>;
export const contactEmailBodySchema = z.strictObject({ label: detailLabelSchema.optional(), value: emailSchema });
export type ContactEmailBody = z.infer<typeof contactEmailBodySchema>;

const contactFieldsShape = {
  firstName: contactNameSchema.optional(),
  lastName: contactNameSchema.optional(),
  companyName: contactNameSchema.optional(),
  information: plainText(2000).optional(),
};

/** Aircall requires at least one phone number and takes at most 20 of each detail. */
export const contactCreateBodySchema = z.strictObject({
  ...contactFieldsShape,
  phoneNumbers: z
    .array(contactPhoneBodySchema)
    .min(1, 'a contact needs at least one phone number')
    .max(limits.contactDetails, `a contact holds at most ${limits.contactDetails} phone numbers`),
  emails: z
    .array(contactEmailBodySchema)
    .max(limits.contactDetails, `a contact holds at most ${limits.contactDetails} emails`)
    .default([]),
});
export type ContactCreateBody = z.infer<typeof contactCreateBodySchema>;

/** Phones and emails change through their own endpoints, as in Aircall. */
export const contactUpdateBodySchema = requireChange(z.strictObject(contactFieldsShape));
export type ContactUpdateBody = z.infer<typeof contactUpdateBodySchema>;

const contactSearchShape = {
  ...paginationShape,
  /** Name or company, at least 2 characters. */
  q: z.string().trim().min(2, 'must be at least 2 characters').max(100).optional(),
  /** Digits of a phone number, any format; matched on the digits. */
  phoneNumber: z.string().regex(phoneDigitsPattern, 'must be at least 3 digits of a phone number').optional(),
  email: z.string().trim().min(3, 'must be at least 3 characters').max(254).optional(),
};
export const contactSearchQueryStrictSchema = withRules(z.object(contactSearchShape), queryRules.cursorOrPage);
export type ContactSearchQuery = z.infer<typeof contactSearchQueryStrictSchema>;

export const contactListResponseSchema = pageOf('contacts', contactSchema);
export const contactResponseSchema = z.object({ contact: contactSchema });
export const contactWithCallsResponseSchema = z.object({
  contact: contactSchema,
  /** The contact's most recent calls, newest first (at most 50; the calls list filters by phone number for more). */
  calls: z.array(callRowSchema),
});
export const contactDetailResponseSchema = z.object({ detail: contactDetailSchema });

const contactParams = idParams('contactId');
const phoneParams = idParams('contactId', 'phoneNumberId');
const emailParams = idParams('contactId', 'emailId');

export const contactEndpoints = [
  defineEndpoint({
    id: 'contacts.search',
    method: 'GET',
    path: '/api/contacts',
    query: contactSearchQueryStrictSchema,
    response: contactListResponseSchema,
    status: 200,
    roles: everyone,
    audit: false,
    lane: null,
    summary: 'Search the contacts mirror by name or company, partial phone digits and email.',
  }),
  defineEndpoint({
    id: 'contacts.get',
    method: 'GET',
    path: '/api/contacts/:contactId',
    params: contactParams,
    response: contactWithCallsResponseSchema,
    status: 200,
    roles: everyone,
    audit: false,
    lane: 'interactive',
    summary: 'One contact with their recent calls (Aircall is asked only for a contact not mirrored yet).',
  }),
  defineEndpoint({
    id: 'contacts.create',
    method: 'POST',
    path: '/api/contacts',
    body: contactCreateBodySchema,
    response: contactResponseSchema,
    status: 201,
    roles: everyone,
    audit: true,
    lane: 'interactive',
    summary: 'Create a shared contact (e.g. from a caller). Aircall does not deduplicate: check with search first.',
  }),
  defineEndpoint({
    id: 'contacts.update',
    method: 'PATCH',
    path: '/api/contacts/:contactId',
    params: contactParams,
    body: contactUpdateBodySchema,
    response: contactResponseSchema,
    status: 200,
    roles: everyone,
    audit: true,
    lane: 'interactive',
    summary: 'Change names, company or information.',
  }),
  defineEndpoint({
    id: 'contacts.phoneNumbers.add',
    method: 'POST',
    path: '/api/contacts/:contactId/phone-numbers',
    params: contactParams,
    body: contactPhoneBodySchema,
    response: contactDetailResponseSchema,
    status: 201,
    roles: everyone,
    audit: true,
    lane: 'interactive',
    summary: 'Add a phone number (409 past 20).',
  }),
  defineEndpoint({
    id: 'contacts.phoneNumbers.update',
    method: 'PUT',
    path: '/api/contacts/:contactId/phone-numbers/:phoneNumberId',
    params: phoneParams,
    body: contactPhoneBodySchema,
    response: contactDetailResponseSchema,
    status: 200,
    roles: everyone,
    audit: true,
    lane: 'interactive',
    summary: 'Replace a phone number (the value is always sent).',
  }),
  defineEndpoint({
    id: 'contacts.phoneNumbers.delete',
    method: 'DELETE',
    path: '/api/contacts/:contactId/phone-numbers/:phoneNumberId',
    params: phoneParams,
    response: null,
    status: 204,
    roles: everyone,
    audit: true,
    lane: 'interactive',
    summary: 'Remove a phone number.',
  }),
  defineEndpoint({
    id: 'contacts.emails.add',
    method: 'POST',
    path: '/api/contacts/:contactId/emails',
    params: contactParams,
    body: contactEmailBodySchema,
    response: contactDetailResponseSchema,
    status: 201,
    roles: everyone,
    audit: true,
    lane: 'interactive',
    summary: 'Add an email (409 past 20).',
  }),
  defineEndpoint({
    id: 'contacts.emails.update',
    method: 'PUT',
    path: '/api/contacts/:contactId/emails/:emailId',
    params: emailParams,
    body: contactEmailBodySchema,
    response: contactDetailResponseSchema,
    status: 200,
    roles: everyone,
    audit: true,
    lane: 'interactive',
    summary: 'Replace an email (the value is always sent).',
  }),
  defineEndpoint({
    id: 'contacts.emails.delete',
    method: 'DELETE',
    path: '/api/contacts/:contactId/emails/:emailId',
    params: emailParams,
    response: null,
    status: 204,
    roles: everyone,
    audit: true,
    lane: 'interactive',
    summary: 'Remove an email.',
  }),
] as const;

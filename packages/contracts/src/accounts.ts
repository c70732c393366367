import { z } from 'zod';
import {
  emailSchema,
  idSchema,
  ownIdParamSchema,
  pageOf,
  paginationShape,
  requireChange,
  roleSchema,
  unixSecondsSchema,
} from './common';
import { admins, defineEndpoint } from './endpoint';

export const accountSchema = z.object({
  id: idSchema,
  email: z.string(),
  role: roleSchema,
  /** Disabled accounts cannot sign in; disabling ends their sessions. */
  disabled: z.boolean(),
  aircallUserId: idSchema.nullable(),
  createdAt: unixSecondsSchema,
  lastLoginAt: unixSecondsSchema.nullable(),
});
export type Account = z.infer<typeof accountSchema>;

/** Long enough to resist guessing; no composition rules (NIST SP 800-63B). */
export const passwordSchema = z
  .string({ error: 'must be text' })
  .min(12, 'must be at least 12 characters')
  .max(256, 'must be at most 256 characters');

export const accountCreateBodySchema = z.strictObject({
  email: emailSchema,
  role: roleSchema,
  password: passwordSchema,
});
export type AccountCreateBody = z.infer<typeof accountCreateBodySchema>;

export const accountUpdateBodySchema = requireChange(
  z.strictObject({
    role: roleSchema.optional(),
    disabled: z.boolean().optional(),
    password: passwordSchema.optional(),
  }),
);
export type AccountUpdateBody = z.infer<typeof accountUpdateBodySchema>;

export const accountListQuerySchema = z.object({ page: paginationShape.page, perPage: paginationShape.perPage });
export const accountListResponseSchema = pageOf('accounts', accountSchema);
export const accountResponseSchema = z.object({ account: accountSchema });

const accountParams = z.object({ accountId: ownIdParamSchema });

export const accountEndpoints = [
  defineEndpoint({
    id: 'accounts.list',
    method: 'GET',
    path: '/api/accounts',
    query: accountListQuerySchema,
    response: accountListResponseSchema,
    status: 200,
    roles: admins,
    audit: false,
    lane: null,
    summary: 'Dashboard accounts, by email.',
  }),
  defineEndpoint({
    id: 'accounts.create',
    method: 'POST',
    path: '/api/accounts',
    body: accountCreateBodySchema,
    response: accountResponseSchema,
    status: 201,
    roles: admins,
    audit: true,
    lane: null,
    summary: 'Create an account (409 when the email is taken); linked to the Aircall user with the same email.',
  }),
  defineEndpoint({
    id: 'accounts.update',
    method: 'PATCH',
    path: '/api/accounts/:accountId',
    params: accountParams,
    body: accountUpdateBodySchema,
    response: accountResponseSchema,
    status: 200,
    roles: admins,
    audit: true,
    lane: null,
    summary: 'Change role, disable (ends the account’s sessions) or reset the password.',
  }),
] as const;

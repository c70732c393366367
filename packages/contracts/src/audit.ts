import { z } from 'zod';
import {
  idSchema,
  oneOf,
  ownIdParamSchema,
  pageOf,
  paginationShape,
  queryRules,
  roleSchema,
  unixSecondsParamSchema,
  unixSecondsSchema,
  withRules,
} from './common';
import { admins, defineEndpoint } from './endpoint';
import { auditResults } from './values';

/** denied: the role check refused it; failure: it was tried and failed (invalid, upstream error …). */
export const auditResultSchema = oneOf(auditResults);

export const auditEntrySchema = z.object({
  id: idSchema,
  at: unixSecondsSchema,
  /** null for a failed login with an unknown email. */
  account: z.object({ id: idSchema, email: z.string(), role: roleSchema }).nullable(),
  /** The endpoint id, e.g. `calls.transfer`. */
  action: z.string(),
  /** The path as requested, e.g. `/api/calls/812/transfers`. */
  path: z.string(),
  result: auditResultSchema,
  status: z.number().int(),
  /** The error code when it did not succeed. */
  errorCode: z.string().nullable(),
  /** What was asked, without secrets (no passwords; phone numbers masked). */
  details: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

const auditQueryShape = {
  ...paginationShape,
  accountId: ownIdParamSchema.optional(),
  /** An endpoint id (`calls.transfer`) or its start (`calls`, every action on calls). */
  action: z
    .string()
    .regex(/^[a-zA-Z]+(\.[a-zA-Z]+)*$/, 'must be an endpoint id like calls.transfer, or its start like calls')
    .optional(),
  result: auditResultSchema.optional(),
  from: unixSecondsParamSchema.optional(),
  to: unixSecondsParamSchema.optional(),
};
export const auditQueryStrictSchema = withRules(
  z.object(auditQueryShape),
  queryRules.dateRange,
  queryRules.cursorOrPage,
);
export type AuditQuery = z.infer<typeof auditQueryStrictSchema>;

/** Newest first. */
export const auditListResponseSchema = pageOf('entries', auditEntrySchema);

export const auditEndpoints = [
  defineEndpoint({
    id: 'audit.list',
    method: 'GET',
    path: '/api/audit',
    query: auditQueryStrictSchema,
    response: auditListResponseSchema,
    status: 200,
    roles: admins,
    audit: false,
    lane: null,
    summary: 'Who did what, when, with what result; newest first.',
  }),
] as const;

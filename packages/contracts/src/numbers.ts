import { z } from 'zod';
import { idParams, idSchema, namedRefSchema, oneOf, plainText, requireChange, unixSecondsSchema } from './common';
import { admins, defineEndpoint, everyone } from './endpoint';

export const numberAvailabilityStatusSchema = oneOf(['open', 'custom', 'closed']);
/** Routing priority: null (unset), 0 (none) or 1 (top). */
export const numberPrioritySchema = z.union([z.literal(0), z.literal(1)], { error: 'must be 0, 1 or null' }).nullable();

export const phoneNumberSchema = z.object({
  id: idSchema,
  name: z.string(),
  /** International format, as Aircall shows it. */
  digits: z.string(),
  /** ISO 3166-1 alpha-2. */
  country: z.string(),
  timeZone: z.string(),
  /** Open right now, from its opening hours. */
  open: z.boolean(),
  availabilityStatus: numberAvailabilityStatusSchema,
  isIvr: z.boolean(),
  liveRecordingActivated: z.boolean(),
  priority: numberPrioritySchema,
  createdAt: unixSecondsSchema,
});
export type PhoneNumber = z.infer<typeof phoneNumberSchema>;

export const phoneNumberDetailSchema = phoneNumberSchema.extend({ users: z.array(namedRefSchema) });
export type PhoneNumberDetail = z.infer<typeof phoneNumberDetailSchema>;

/** Smartflow numbers refuse availabilityStatus and isIvr changes upstream (422). */
export const numberUpdateBodySchema = requireChange(
  z.strictObject({
    name: plainText(255).optional(),
    availabilityStatus: numberAvailabilityStatusSchema.optional(),
    isIvr: z.boolean().optional(),
    liveRecordingActivated: z.boolean().optional(),
    priority: numberPrioritySchema.optional(),
  }),
);
export type NumberUpdateBody = z.infer<typeof numberUpdateBodySchema>;

export const numberListResponseSchema = z.object({ numbers: z.array(phoneNumberSchema) });
export const numberResponseSchema = z.object({ number: phoneNumberDetailSchema });

const numberParams = idParams('numberId');

export const numberEndpoints = [
  defineEndpoint({
    id: 'numbers.list',
    method: 'GET',
    path: '/api/numbers',
    response: numberListResponseSchema,
    status: 200,
    roles: everyone,
    audit: false,
    lane: null,
    summary: 'Every Aircall number (filters, number pickers).',
  }),
  defineEndpoint({
    id: 'numbers.get',
    method: 'GET',
    path: '/api/numbers/:numberId',
    params: numberParams,
    response: numberResponseSchema,
    status: 200,
    roles: everyone,
    audit: false,
    lane: null,
    summary: 'One number with its users.',
  }),
  defineEndpoint({
    id: 'numbers.update',
    method: 'PATCH',
    path: '/api/numbers/:numberId',
    params: numberParams,
    body: numberUpdateBodySchema,
    response: numberResponseSchema,
    status: 200,
    roles: admins,
    audit: true,
    lane: 'interactive',
    summary: 'Rename a number, open or close it, switch IVR, recording or priority.',
  }),
] as const;

import { z } from 'zod';
import { callRowSchema, numberRefSchema } from './call-row';
import {
  e164Schema,
  idParamSchema,
  idParams,
  idSchema,
  limits,
  namedRefSchema,
  oneOf,
  pageOf,
  paginationShape,
  queryRules,
  requireChange,
  sortOrderSchema,
  unixSecondsSchema,
  withRules,
} from './common';
import { defineEndpoint, everyone, supervisors } from './endpoint';
import { availabilities, userSortFields } from './values';

export { availabilities };
export const availabilitySchema = oneOf(availabilities);
export type Availability = z.infer<typeof availabilitySchema>;

/** The status a user sets (and we may update): `custom` follows their working hours. */
export const availabilityStatusSchema = oneOf(['available', 'custom', 'unavailable']);
export type AvailabilityStatus = z.infer<typeof availabilityStatusSchema>;

export const userSchema = z.object({
  id: idSchema,
  name: z.string(),
  email: z.string(),
  availability: availabilitySchema,
  availabilityStatus: availabilityStatusSchema,
  /** Seconds after a call during which the agent receives no calls. */
  wrapUpTime: z.number().int().nonnegative(),
  timeZone: z.string(),
  language: z.string(),
  teamIds: z.array(idSchema),
  numberIds: z.array(idSchema),
  /** When `availability` last changed, UNIX seconds (how long someone has been in a call or in wrap-up). */
  availabilitySince: unixSecondsSchema.nullable(),
  createdAt: unixSecondsSchema,
});
export type User = z.infer<typeof userSchema>;

export const userDetailSchema = userSchema.extend({
  teams: z.array(namedRefSchema),
  numbers: z.array(numberRefSchema),
  defaultNumberId: idSchema.nullable(),
  /** Newest first, at most 20. */
  recentCalls: z.array(callRowSchema),
});
export type UserDetail = z.infer<typeof userDetailSchema>;

const userListQueryShape = {
  ...paginationShape,
  /** Name or email. */
  q: z.coerce.string().trim().min(1).max(100).optional(),
  availability: availabilitySchema.optional(),
  teamId: idParamSchema.optional(),
  sort: oneOf(userSortFields).default('name'),
  order: sortOrderSchema.default('asc'),
};
export const userListQueryStrictSchema = withRules(z.object(userListQueryShape), queryRules.cursorOrPage);
export type UserListQuery = z.infer<typeof userListQueryStrictSchema>;

export const userListResponseSchema = pageOf('users', userSchema);
export const userResponseSchema = z.object({ user: userDetailSchema });

export const wrapUpTimeSchema = z
  .number({ error: 'must be a number of seconds' })
  .int('must be whole seconds')
  .min(0, 'must not be negative')
  .max(limits.wrapUpTimeSeconds, `must be at most ${limits.wrapUpTimeSeconds} seconds`);

export const userUpdateBodySchema = requireChange(
  z.strictObject({ availabilityStatus: availabilityStatusSchema.optional(), wrapUpTime: wrapUpTimeSchema.optional() }),
  'send availabilityStatus or wrapUpTime',
);
export type UserUpdateBody = z.infer<typeof userUpdateBodySchema>;

/** Click-to-call: the user must be available, not in a call, and assigned to the number. */
export const userStartCallBodySchema = z.strictObject({ numberId: idSchema, to: e164Schema });
export type UserStartCallBody = z.infer<typeof userStartCallBodySchema>;
/** Click-to-dial: fills the phone's keypad; the user picks the number. */
export const userDialBodySchema = z.strictObject({ to: e164Schema });
export type UserDialBody = z.infer<typeof userDialBodySchema>;

const userParams = idParams('userId');

export const userEndpoints = [
  defineEndpoint({
    id: 'users.list',
    method: 'GET',
    path: '/api/users',
    query: userListQueryStrictSchema,
    response: userListResponseSchema,
    status: 200,
    roles: everyone,
    audit: false,
    lane: null,
    summary: 'Users with their live availability (transfer dialog, user pickers, /users).',
  }),
  defineEndpoint({
    id: 'users.get',
    method: 'GET',
    path: '/api/users/:userId',
    params: userParams,
    response: userResponseSchema,
    status: 200,
    roles: everyone,
    audit: false,
    lane: null,
    summary: 'One user with teams, numbers and recent calls.',
  }),
  defineEndpoint({
    id: 'users.update',
    method: 'PATCH',
    path: '/api/users/:userId',
    params: userParams,
    body: userUpdateBodySchema,
    response: userResponseSchema,
    status: 200,
    roles: supervisors,
    audit: true,
    lane: 'interactive',
    summary: 'Change availability status or wrap-up time.',
  }),
  defineEndpoint({
    id: 'users.startCall',
    method: 'POST',
    path: '/api/users/:userId/calls',
    params: userParams,
    body: userStartCallBodySchema,
    response: null,
    status: 204,
    roles: everyone,
    ownUserOnly: ['agent'],
    audit: true,
    lane: 'interactive',
    summary: 'Start an outbound call on the user’s desktop phone (405 upstream when the user is not available).',
  }),
  defineEndpoint({
    id: 'users.dial',
    method: 'POST',
    path: '/api/users/:userId/dial',
    params: userParams,
    body: userDialBodySchema,
    response: null,
    status: 204,
    roles: everyone,
    ownUserOnly: ['agent'],
    audit: true,
    lane: 'interactive',
    summary: 'Put a number on the user’s desktop phone keypad.',
  }),
] as const;

import { z } from 'zod';
import type { Executor, RequestOptions } from '../http/execute';
import { parseInput } from '../http/validation';
import { type IterateOptions, paginate } from '../pagination';
import { e164Schema, listWindowSchema, paginationSchema } from '../schemas/common';
import { dialerCampaignSchema, dialerPhoneNumberSchema } from '../schemas/dialer-campaign';
import { userAvailabilitySchema, userSchema } from '../schemas/user';
import { crudOf } from './crud';
import { listingOf } from './listing';

export const userListParamsSchema = listWindowSchema.extend(paginationSchema.shape);
export type UserListParams = z.input<typeof userListParamsSchema>;

const roleSchema = z.enum(['owner', 'supervisor', 'admin', 'agent']);
const settableAvailabilitySchema = z.enum(['available', 'custom', 'unavailable']);

export const createUserSchema = z.strictObject({
  email: z.email(),
  first_name: z.string().min(1),
  last_name: z.string().min(1),
  availability_status: settableAvailabilitySchema.optional(),
  role_ids: z.array(roleSchema).min(1).optional(),
  wrap_up_time: z.number().int().nonnegative().optional(),
});
export type CreateUser = z.input<typeof createUserSchema>;

export const updateUserSchema = createUserSchema.omit({ email: true }).partial();
export type UpdateUser = z.input<typeof updateUserSchema>;

export const outboundCallSchema = z.strictObject({ number_id: z.number().int().positive(), to: e164Schema });
export type OutboundCall = z.input<typeof outboundCallSchema>;

const dialSchema = z.strictObject({ to: e164Schema });
const phoneNumbersSchema = z.strictObject({ phone_numbers: z.array(e164Schema).min(1) });
export type DialerPhoneNumbers = z.input<typeof phoneNumbersSchema>;

const availabilityEnvelopeSchema = z.looseObject({ availability: z.string() });
const dialerNumbersEnvelopeSchema = z.looseObject({ numbers: z.array(dialerPhoneNumberSchema) });

/** A user's Power Dialer campaign (one active campaign per user). */
function createDialerCampaignResource(executor: Executor) {
  const route = '/v1/users/:user_id/dialer_campaign';
  return {
    /** ResourceUnavailableError (404) when the user has no active campaign. */
    get(userId: number, options?: RequestOptions) {
      return executor.execute(
        { method: 'GET', route, pathParams: { user_id: userId }, response: dialerCampaignSchema },
        options,
      );
    },
    async create(userId: number, input: DialerPhoneNumbers, options?: RequestOptions): Promise<void> {
      const body = parseInput(phoneNumbersSchema, input, { method: 'POST', path: route });
      return executor.execute(
        { method: 'POST', route, pathParams: { user_id: userId }, body, response: null },
        options,
      );
    },
    delete(userId: number, options?: RequestOptions): Promise<void> {
      return executor.execute({ method: 'DELETE', route, pathParams: { user_id: userId }, response: null }, options);
    },
    async listNumbers(userId: number, options?: RequestOptions) {
      const answer = await executor.execute(
        {
          method: 'GET',
          route: `${route}/phone_numbers`,
          pathParams: { user_id: userId },
          response: dialerNumbersEnvelopeSchema,
        },
        options,
      );
      return answer.numbers;
    },
    async addNumbers(userId: number, input: DialerPhoneNumbers, options?: RequestOptions): Promise<void> {
      const body = parseInput(phoneNumbersSchema, input, { method: 'POST', path: `${route}/phone_numbers` });
      return executor.execute(
        { method: 'POST', route: `${route}/phone_numbers`, pathParams: { user_id: userId }, body, response: null },
        options,
      );
    },
    deleteNumber(userId: number, phoneNumberId: number, options?: RequestOptions): Promise<void> {
      return executor.execute(
        {
          method: 'DELETE',
          route: `${route}/phone_numbers/:id`,
          pathParams: { user_id: userId, id: phoneNumberId },
          response: null,
        },
        options,
      );
    },
  };
}

export function createUsersResource(executor: Executor) {
  const users = crudOf(executor, {
    route: '/v1/users',
    listKey: 'users',
    itemKey: 'user',
    item: userSchema,
    listParams: userListParamsSchema,
  });
  const availabilities = listingOf(executor, '/v1/users/availabilities', 'users', userAvailabilitySchema);
  const availabilityParams = (input: UserListParams) =>
    parseInput(userListParamsSchema, input, { method: 'GET', path: availabilities.route });

  return {
    list: users.list,
    listAll: users.listAll,
    get: users.get,
    /** Sends an invitation email. Not retried (a POST). */
    create: users.creator(createUserSchema),
    update: users.updater(updateUserSchema),
    /** Destroys the user's data for good. */
    delete: users.delete,
    /** Granular availability of every user (available, offline, do_not_disturb, in_call, after_call_work…). */
    async listAvailabilities(input: UserListParams = {}, options?: RequestOptions) {
      return availabilities.page(availabilityParams(input), options);
    },
    listAllAvailabilities(input: UserListParams = {}, options: IterateOptions = {}) {
      return paginate(availabilities.fetchPage, availabilities.route, availabilityParams(input), options);
    },
    async availability(id: number, options?: RequestOptions) {
      const answer = await executor.execute(
        {
          method: 'GET',
          route: '/v1/users/:id/availability',
          pathParams: { id },
          response: availabilityEnvelopeSchema,
        },
        options,
      );
      return answer.availability;
    },
    /** Starts a call from the user's desktop Phone app (click-to-call). Not retried. */
    async startOutboundCall(id: number, input: OutboundCall, options?: RequestOptions): Promise<void> {
      const body = parseInput(outboundCallSchema, input, { method: 'POST', path: '/v1/users/:id/calls' });
      return executor.execute(
        { method: 'POST', route: '/v1/users/:id/calls', pathParams: { id }, body, response: null },
        options,
      );
    },
    /** Pre-fills the user's Phone app with a number to dial (click-to-dial). Not retried. */
    async dial(id: number, input: z.input<typeof dialSchema>, options?: RequestOptions): Promise<void> {
      const body = parseInput(dialSchema, input, { method: 'POST', path: '/v1/users/:id/dial' });
      return executor.execute(
        { method: 'POST', route: '/v1/users/:id/dial', pathParams: { id }, body, response: null },
        options,
      );
    },
    dialerCampaign: createDialerCampaignResource(executor),
  };
}

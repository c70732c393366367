import { z } from 'zod';
import { ResourceUnavailableError } from '../errors';
import type { Executor, RequestOptions } from '../http/execute';
import { parseInput } from '../http/validation';
import { type FetchPage, type IterateOptions, type Page, Paginated, paginate } from '../pagination';
import { e164Schema, envelopeSchema, listWindowSchema, pageSchema, paginationSchema } from '../schemas/common';
import { dialerCampaignSchema, dialerPhoneNumberSchema } from '../schemas/dialer-campaign';
import { type AircallNumber, numberSchema } from '../schemas/number';
import { type User, userAvailabilitySchema, userSchema } from '../schemas/user';
import { tolerantArray } from '../tolerance';
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

/** Which API serves users for this account: Users V2, or V1 on plans that predate it. */
export type UsersApi = 'v2' | 'v1';

const isNotFound = (error: unknown) => error instanceof ResourceUnavailableError && error.status === 404;
const v1UserNumbersSchema = envelopeSchema(
  'user',
  userSchema.extend({ numbers: tolerantArray(numberSchema, 'user.numbers') }),
);

export function createUsersResource(executor: Executor) {
  const crudOn = (route: '/v2/users' | '/v1/users') =>
    crudOf(executor, { route, listKey: 'users', itemKey: 'user', item: userSchema, listParams: userListParamsSchema });
  const v2 = crudOn('/v2/users');
  const v1 = crudOn('/v1/users');
  const userNumbersPage = pageSchema('numbers', numberSchema);
  /** Learnt from the first answer: V2 once it answers, V1 once V2 says it does not exist. */
  let api: UsersApi | undefined;

  /**
   * Runs `operation` on V2, or on V1 for an account without V2. A 404 on a collection route (list, create) can only
   * mean "no such API": fall back and remember. On an item route it may also mean "no such user": V1 is tried once,
   * and remembered only if it answers; otherwise V2's 404 stands.
   */
  async function onUsersApi<T>(
    target: 'collection' | 'item',
    operation: (crud: typeof v2, version: UsersApi) => Promise<T>,
  ): Promise<T> {
    if (api === 'v1') return operation(v1, 'v1');
    try {
      const result = await operation(v2, 'v2');
      api = 'v2';
      return result;
    } catch (error) {
      if (api === 'v2' || !isNotFound(error)) throw error;
      if (target === 'collection') {
        api = 'v1';
        return operation(v1, 'v1');
      }
      try {
        const result = await operation(v1, 'v1');
        api = 'v1';
        return result;
      } catch (fallbackError) {
        throw isNotFound(fallbackError) ? error : fallbackError;
      }
    }
  }

  /** A walk over V2's pages that moves to V1 if V2's first page says the API does not exist. */
  function walkWithFallback<T>(walk: (crud: typeof v2, version: UsersApi) => Paginated<T>): Paginated<T> {
    return new Paginated<T>(async function* (): AsyncGenerator<Page<T>> {
      if (api !== 'v1') {
        let answered = false;
        try {
          for await (const page of walk(v2, 'v2').pages()) {
            answered = true;
            api = 'v2';
            yield page;
          }
          return;
        } catch (error) {
          if (answered || api === 'v2' || !isNotFound(error)) throw error;
          api = 'v1';
        }
      }
      yield* walk(v1, 'v1').pages();
    });
  }

  const availabilities = listingOf(executor, '/v1/users/availabilities', 'users', userAvailabilitySchema);
  const availabilityParams = (input: UserListParams) =>
    parseInput(userListParamsSchema, input, { method: 'GET', path: availabilities.route });
  const createUser = { v2: v2.creator(createUserSchema), v1: v1.creator(createUserSchema) };
  const updateUser = { v2: v2.updater(updateUserSchema), v1: v1.updater(updateUserSchema) };

  return {
    /** The users API this account answered on so far (undefined before the first answer). */
    api: (): UsersApi | undefined => api,
    /** One page (Users V2; V1 on older plans). A V2 user has no `numbers`: see `numbers(id)`. */
    list(input: UserListParams = {}, options?: RequestOptions) {
      return onUsersApi('collection', (crud) => crud.list(input, options));
    },
    /** Every user, 50 per request, in the background lane unless told otherwise. */
    listAll(input: UserListParams = {}, options: IterateOptions = {}): Paginated<User> {
      return walkWithFallback((crud) => crud.listAll(input, options));
    },
    get(id: number, options?: RequestOptions): Promise<User> {
      return onUsersApi('item', (crud) => crud.get(id, options));
    },
    /** Sends an invitation email. Not retried (a POST). */
    create(input: CreateUser, options?: RequestOptions): Promise<User> {
      return onUsersApi('collection', (_crud, version) => createUser[version](input, options));
    },
    update(id: number, input: UpdateUser, options?: RequestOptions): Promise<User> {
      return onUsersApi('item', (_crud, version) => updateUser[version](id, input, options));
    },
    /**
     * The numbers a user can call from: `GET /v2/users/:id/numbers` (every page), or the `numbers` of the V1 user
     * on older plans.
     */
    async numbers(id: number, options: IterateOptions = {}): Promise<AircallNumber[]> {
      const { maxPages, ...requestOptions } = options;
      return onUsersApi('item', async (_crud, version) => {
        if (version === 'v1') {
          const answer = await executor.execute(
            { method: 'GET', route: '/v1/users/:id', pathParams: { id }, response: v1UserNumbersSchema },
            requestOptions,
          );
          return answer.user.numbers;
        }
        const numbers: AircallNumber[] = [];
        const fetchPage: FetchPage<AircallNumber> = async (query, pageOptions) => {
          const answer = await executor.execute(
            {
              method: 'GET',
              route: '/v2/users/:id/numbers',
              pathParams: { id },
              query,
              response: userNumbersPage,
            },
            pageOptions,
          );
          return { items: answer.numbers, meta: answer.meta };
        };
        const walk = paginate(
          fetchPage,
          `/v2/users/${id}/numbers`,
          {},
          { lane: 'interactive', maxPages, ...requestOptions },
        );
        for await (const page of walk.pages()) numbers.push(...page.items);
        return numbers;
      });
    },
    /** Destroys the user's data for good (v1: no V2 equivalent). */
    delete: v1.delete,
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

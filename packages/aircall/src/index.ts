export {
  available as bucketAvailable,
  type BucketState,
  type Grant,
  initialBucket,
  observe as observeBucket,
  type RateObservation,
  type TakeResult,
  take as takeFromBucket,
} from './budget/bucket';
export type { AcquireOptions, Permit, WhenRateLimited } from './budget/budget';
export { Budget } from './budget/budget';
export { type BudgetPolicy, type BudgetPolicyOptions, budgetPolicy, LANES, type Lane } from './budget/policy';
export { type BudgetStore, createMemoryBudgetStore } from './budget/store';
export {
  type AircallClient,
  type AircallClientOptions,
  type BudgetOptions,
  createAircallClient,
  DEFAULT_BASE_URL,
  DEFAULT_TIMEOUT_MS,
  type RawRequestOptions,
} from './client';
export { type Clock, systemClock } from './clock';
export * from './errors';
export type { ClientHooks, OdditiesEvent, RequestEvent, RequestOptions, ResponseEvent } from './http/execute';
export { encodeQuery, type QueryObject, type QueryValue } from './http/query';
export { parseRateHeaders, type RateInfo } from './http/rate-headers';
export type { HttpMethod, HttpResponse } from './http/transport';
export {
  type FetchPage,
  type IterateOptions,
  LISTING_ITEM_CAP,
  MAX_PER_PAGE,
  type Page,
  Paginated,
} from './pagination';
export * from './resources/a2p-campaign-associations';
export * from './resources/calls';
export * from './resources/contacts';
export * from './resources/insights';
export * from './resources/numbers';
export * from './resources/tags';
export * from './resources/teams';
export * from './resources/users';
export * from './resources/webhooks';
export { DEFAULT_RETRY_POLICY, IDEMPOTENT_METHODS, type RetryPolicy } from './retry';
export * from './schemas/a2p-campaign-association';
export * from './schemas/call';
export * from './schemas/common';
export * from './schemas/company';
export * from './schemas/contact';
export * from './schemas/dialer-campaign';
export * from './schemas/insight';
export * from './schemas/number';
export * from './schemas/tag';
export * from './schemas/team';
export * from './schemas/user';
export * from './schemas/webhook';
export { collectOddities, type Oddities } from './tolerance';

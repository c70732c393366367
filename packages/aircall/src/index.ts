export {
  type AircallClient,
  type AircallClientOptions,
  createAircallClient,
  DEFAULT_BASE_URL,
  DEFAULT_TIMEOUT_MS,
} from './client';
export * from './errors';
export type { RequestOptions } from './http/execute';
export type { HttpMethod } from './http/transport';
export { type CallListParams, type CallPage, callListParamsSchema, callPageSchema } from './resources/calls';
export * from './schemas/call';
export * from './schemas/common';
export * from './schemas/contact';
export * from './schemas/number';
export * from './schemas/tag';
export * from './schemas/team';
export * from './schemas/user';

import type { z } from 'zod';
import type { Role } from './common';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * The Aircall budget lane an endpoint's upstream requests spend from (see @switchboard/aircall's budget):
 * `live` for actions on ongoing calls, `interactive` for someone waiting on a screen; null when the endpoint only
 * reads or writes our own store.
 */
export type EndpointLane = 'live' | 'interactive' | null;

export interface EndpointDefinition {
  /** `resource.action`, stable: audit rows, OpenAPI operation ids and the SPA's client use it. */
  id: string;
  method: HttpMethod;
  /** Express-style, `:name` for path params. */
  path: `/api/${string}`;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The success body; null when the endpoint answers without one (204) or streams (`contentType`). */
  response: z.ZodType | null;
  /** Success status. */
  status: 200 | 201 | 202 | 204;
  /** Default application/json. */
  contentType?: 'application/json' | 'text/event-stream';
  /** Roles allowed; `public` needs no session (login, health). */
  roles: readonly Role[] | 'public';
  /**
   * Roles that may act only on their own linked Aircall user (the `:userId` path param); other allowed roles may act
   * on anyone.
   */
  ownUserOnly?: readonly Role[];
  /** Written to the audit log (who, what, result). Every mutation is. */
  audit: boolean;
  lane: EndpointLane;
  summary: string;
}

/** Keeps the literal types of a definition so the BFF and the SPA can type handlers and clients from it. */
export function defineEndpoint<const E extends EndpointDefinition>(endpoint: E): E {
  return endpoint;
}

export { admins, everyone, supervisors } from './values';

type Infer<S> = S extends z.ZodType ? z.output<S> : undefined;
type InferInput<S> = S extends z.ZodType ? z.input<S> : undefined;

/** What the BFF's handler receives once `endpointRouter` has parsed the request with the endpoint's schemas. */
export type EndpointParams<E extends EndpointDefinition> = Infer<E['params']>;
export type EndpointQuery<E extends EndpointDefinition> = Infer<E['query']>;
export type EndpointBody<E extends EndpointDefinition> = Infer<E['body']>;
/** What a client may send (before defaults and coercion). */
export type EndpointBodyInput<E extends EndpointDefinition> = InferInput<E['body']>;
export type EndpointQueryInput<E extends EndpointDefinition> = InferInput<E['query']>;
export type EndpointResponse<E extends EndpointDefinition> = E['response'] extends z.ZodType
  ? z.output<E['response']>
  : undefined;

/** Names of the `:params` of an Express-style path. */
export type PathParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

/** The names in a path, in order: `/api/teams/:teamId/members/:userId` → ['teamId', 'userId']. */
export function pathParamNames(path: string): string[] {
  return [...path.matchAll(/:([A-Za-z]+)/g)].map((match) => match[1] as string);
}

/** Fills a path's params: `buildPath('/api/calls/:callId', { callId: 5 })` → `/api/calls/5`. */
export function buildPath<P extends string>(path: P, params: Record<PathParamNames<P>, string | number>): string {
  const values: Record<string, string | number> = params;
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`buildPath: missing param ${name} for ${path}`);
    return encodeURIComponent(String(value));
  });
}

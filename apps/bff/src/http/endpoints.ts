import {
  type ApiEndpoint,
  type ApiEndpointById,
  type ApiEndpointId,
  apiEndpoints,
  csrfHeaderName,
  type EndpointBody,
  type EndpointParams,
  type EndpointQuery,
  type EndpointResponse,
  type Role,
  unstorableTextPaths,
  unstorableTextRule,
} from '@switchboard/contracts';
import { type Request, type Response, Router } from 'express';
import type { z } from 'zod';
import { asBudgetParty } from '../sync/budget';
import { abortWhenClientLeaves } from './abort';
import { toHttpError } from './error-middleware';
import { HttpError } from './errors';
import { type FieldProblem, fieldProblems } from './validate';

/** The signed-in dashboard user behind a request. */
export interface Actor {
  accountId: number;
  email: string;
  role: Role;
  aircallUserId: number | null;
  /** The session cookie value: only for logout, never logged or stored. */
  sessionToken: string;
}

export interface AuditEntry {
  actor: Pick<Actor, 'accountId' | 'email' | 'role'> | null;
  action: ApiEndpointId;
  /** The path as requested, e.g. /api/calls/812/transfers. */
  path: string;
  /** denied: the role check refused it; failure: it was tried and failed. */
  result: 'success' | 'failure' | 'denied';
  status: number;
  errorCode: string | null;
  /** Small, secret-free summary of the input (never passwords, never whole phone numbers). */
  details: Record<string, unknown> | null;
}

export interface EndpointContext<E extends ApiEndpoint> {
  params: EndpointParams<E>;
  query: EndpointQuery<E>;
  body: EndpointBody<E>;
  /** Null only on public endpoints. */
  actor: E['roles'] extends 'public' ? Actor | null : Actor;
  /** Aborts when the browser goes away before the answer. */
  signal: AbortSignal;
  req: Request;
  res: Response;
  audit: AuditNotes;
}

/** What the audit row should say about an action, beyond the endpoint id and path params. */
export interface AuditNotes {
  details?: Record<string, unknown>;
  /** For public endpoints (login): who the request claimed to be. */
  actor?: AuditEntry['actor'];
}

/** A handler answers with the endpoint's response body, or STREAMED when it wrote the response itself (SSE). */
export type EndpointHandler<E extends ApiEndpoint> = (
  context: EndpointContext<E>,
) => Promise<EndpointResponse<E> | typeof STREAMED>;
export const STREAMED = Symbol('streamed');

export type HandlerMap = { [Id in ApiEndpointId]: EndpointHandler<ApiEndpointById<Id>> };

export interface EndpointRouterDeps {
  handlers: Partial<HandlerMap>;
  authenticate(req: Request): Promise<Actor | null>;
  audit(entry: AuditEntry): Promise<void>;
  /** Origins allowed to send mutations besides the request's own host (e.g. the Vite dev server). */
  trustedOrigins?: readonly string[];
}

/**
 * Mounts every endpoint of the contracts' registry. The order of checks is the security model: CSRF before anything
 * reads a cookie, then the session, then the role, then the input; audited endpoints record both outcomes.
 */
export function endpointRouter(deps: EndpointRouterDeps): Router {
  const router = Router();
  for (const endpoint of apiEndpoints) {
    const handler = deps.handlers[endpoint.id] as EndpointHandler<ApiEndpoint> | undefined;
    const route = endpoint.path.slice('/api'.length);
    router[endpoint.method.toLowerCase() as Lowercase<ApiEndpoint['method']>](route, async (req, res) => {
      const audit: AuditNotes = {};
      let actor: Actor | null | undefined;
      const record = (status: number, errorCode: string | null) =>
        endpoint.audit && actor !== undefined
          ? deps.audit(auditEntry(endpoint, req, actor, audit, status, errorCode))
          : Promise.resolve();
      try {
        if (endpoint.method !== 'GET') assertSameOrigin(req, deps.trustedOrigins ?? []);
        actor = await deps.authenticate(req);
        assertRole(endpoint, actor);
        assertOwnUser(endpoint, actor, req.params);
        const input = parseInput(endpoint, req);
        if (!handler) throw new HttpError(501, 'internal', `${endpoint.id} is not implemented yet.`);
        const context = { ...input, actor, audit, req, res, signal: abortWhenClientLeaves(res) };
        const handle = () => handler(context as EndpointContext<ApiEndpoint>);
        const result = await (actor ? asBudgetParty(`account:${actor.accountId}`, handle) : handle());
        await record(endpoint.status, null);
        if (result === STREAMED) return;
        if (endpoint.response === null) res.status(endpoint.status).end();
        else res.status(endpoint.status).json(result);
      } catch (error) {
        // Refusals before we know who is asking (CSRF, no session) are not anyone's actions.
        const httpError = toHttpError(error);
        await record(httpError.status, httpError.code);
        throw error;
      }
    });
  }
  return router;
}

function assertSameOrigin(req: Request, trustedOrigins: readonly string[]): void {
  if (!req.get(csrfHeaderName)) {
    throw new HttpError(403, 'forbidden', `Missing the ${csrfHeaderName} header required on every change.`);
  }
  const site = req.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') {
    throw new HttpError(403, 'forbidden', 'Cross-site requests may not change anything.');
  }
  const origin = req.get('origin');
  if (origin && origin !== `${req.protocol}://${req.get('host')}` && !trustedOrigins.includes(origin)) {
    throw new HttpError(403, 'forbidden', 'Requests from another origin may not change anything.');
  }
}

function assertRole(endpoint: ApiEndpoint, actor: Actor | null): void {
  if (endpoint.roles === 'public') return;
  if (!actor) throw new HttpError(401, 'unauthenticated', 'Sign in to continue.');
  if (!(endpoint.roles as readonly Role[]).includes(actor.role)) {
    throw new HttpError(403, 'forbidden', `Your role (${actor.role}) may not use ${endpoint.id}.`);
  }
}

/** Before the input is validated: someone else's user is refused whatever the body says. */
function assertOwnUser(endpoint: ApiEndpoint, actor: Actor | null, rawParams: Request['params']): void {
  const ownOnly = 'ownUserOnly' in endpoint ? (endpoint.ownUserOnly as readonly Role[]) : [];
  if (!actor || !ownOnly.includes(actor.role)) return;
  if (actor.aircallUserId === null || Number(rawParams.userId) !== actor.aircallUserId) {
    throw new HttpError(403, 'forbidden', `Your role (${actor.role}) may act only on your own Aircall user.`);
  }
}

function parseInput(endpoint: ApiEndpoint, req: Request) {
  const problems: FieldProblem[] = [];
  const parse = (part: 'params' | 'query' | 'body', schema: z.ZodType | undefined, value: unknown) => {
    if (!schema) return undefined;
    // Whatever the schema: text nothing downstream can store never reaches a handler (nor Aircall).
    const unstorable = unstorableTextPaths(value, [part]);
    if (unstorable.length > 0) {
      problems.push(...unstorable.map((field) => ({ field, rule: unstorableTextRule })));
      return undefined;
    }
    const result = schema.safeParse(value ?? {});
    if (result.success) return result.data;
    problems.push(...fieldProblems(part, result.error));
    return undefined;
  };
  const input = {
    params: parse('params', 'params' in endpoint ? endpoint.params : undefined, req.params),
    query: parse('query', 'query' in endpoint ? endpoint.query : undefined, req.query),
    body: parse('body', 'body' in endpoint ? endpoint.body : undefined, req.body),
  };
  if (problems.length > 0) {
    const summary = problems.map((problem) => `${problem.field}: ${problem.rule}`).join('; ');
    throw new HttpError(400, 'bad_request', `Invalid request — ${summary}`, { fields: problems });
  }
  return input;
}

function auditEntry(
  endpoint: ApiEndpoint,
  req: Request,
  actor: Actor | null,
  audit: AuditNotes,
  status: number,
  errorCode: string | null,
): AuditEntry {
  const who = audit.actor ?? actor;
  return {
    actor: who ? { accountId: who.accountId, email: who.email, role: who.role } : null,
    action: endpoint.id,
    path: req.originalUrl.split('?')[0] ?? req.originalUrl,
    result: errorCode === null ? 'success' : status === 403 && actor ? 'denied' : 'failure',
    status,
    errorCode,
    details: audit.details ?? null,
  };
}

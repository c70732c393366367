import { z } from 'zod';
import { Budget, type WhenRateLimited } from './budget/budget';
import { type BudgetPolicyOptions, budgetPolicy } from './budget/policy';
import { type BudgetStore, createMemoryBudgetStore } from './budget/store';
import { type Clock, systemClock } from './clock';
import { InvalidInputError } from './errors';
import { type ClientHooks, createExecutor, type RequestOptions } from './http/execute';
import type { QueryObject } from './http/query';
import { createTransport, type HttpMethod, type HttpResponse } from './http/transport';
import { createA2pCampaignAssociationsResource } from './resources/a2p-campaign-associations';
import { createCallsResource } from './resources/calls';
import { createCompanyResource } from './resources/company';
import { createContactsResource } from './resources/contacts';
import { createInsightsResource } from './resources/insights';
import { createIntegrationsResource } from './resources/integrations';
import { createNumbersResource } from './resources/numbers';
import { createTagsResource } from './resources/tags';
import { createTeamsResource } from './resources/teams';
import { createUsersResource } from './resources/users';
import { createWebhooksResource } from './resources/webhooks';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry';

export interface BudgetOptions extends BudgetPolicyOptions {
  /** Where the budget lives; share one store between processes to share one budget. Default: in memory. */
  store?: BudgetStore;
  /**
   * Who the request being sent is for (a person, a bulk job), asked at each request that names none itself: parties
   * take turns within a lane and none may hold more than its share of a window. Default: no one.
   */
  party?: () => string | undefined;
}

export interface AircallClientOptions {
  apiId: string;
  apiToken: string;
  /** Origin the client appends `/v1/...` to. Default `https://api.aircall.io`. */
  baseUrl?: string;
  /** Injected fetch, e.g. the simulator's in-process one. Default: Node's global fetch (keep-alive by default). */
  fetch?: typeof fetch;
  /** Per-attempt timeout. Default 15 s. */
  timeoutMs?: number;
  /** The company-wide budget (default 60 per minute, in memory); `false` sends without counting. */
  budget?: BudgetOptions | false;
  /** Retries of idempotent requests; `false` never retries. */
  retry?: Partial<RetryPolicy> | false;
  /** During a cooldown after a 429: fail fast (default) or wait. Each request may override it. */
  whenRateLimited?: WhenRateLimited;
  /** Logging and metrics: called around every attempt. */
  hooks?: ClientHooks;
  /** Time source and sleep. Default: the system clock. */
  clock?: Clock;
  /** Source of retry jitter in [0, 1). Default Math.random. */
  random?: () => number;
}

export interface RawRequestOptions extends RequestOptions {
  query?: QueryObject;
  body?: unknown;
}

export const DEFAULT_BASE_URL = 'https://api.aircall.io';
export const DEFAULT_TIMEOUT_MS = 15_000;

const pingSchema = z.looseObject({ ping: z.string() });
/** `/v1/...` and nothing that could climb out of the API or reshape the URL. */
const RAW_PATH = /^\/v\d+(\/[A-Za-z0-9_\-.]+)*\/?$/;

export function createAircallClient(options: AircallClientOptions) {
  const clock = options.clock ?? systemClock;
  const transport = createTransport({
    apiId: options.apiId,
    apiToken: options.apiToken,
    baseUrl: options.baseUrl ?? DEFAULT_BASE_URL,
    // Looked up per request so that instrumentation installed later (msw, OpenTelemetry) is honoured.
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  });
  const budget =
    options.budget === false
      ? null
      : new Budget(options.budget?.store ?? createMemoryBudgetStore(), budgetPolicy(options.budget), clock);
  const executor = createExecutor({
    transport,
    budget,
    party: (options.budget !== false && options.budget?.party) || (() => undefined),
    retry:
      options.retry === false
        ? { ...DEFAULT_RETRY_POLICY, maxAttempts: 1 }
        : { ...DEFAULT_RETRY_POLICY, ...options.retry },
    clock,
    random: options.random ?? Math.random,
    hooks: options.hooks ?? {},
    whenRateLimited: options.whenRateLimited ?? 'fail',
  });

  return {
    /** Checks the credentials: resolves `{ ping: 'pong' }`, or throws ForbiddenError. */
    ping(requestOptions?: RequestOptions) {
      return executor.execute({ method: 'GET', route: '/v1/ping', response: pingSchema }, requestOptions);
    },
    users: createUsersResource(executor),
    teams: createTeamsResource(executor),
    calls: createCallsResource(executor),
    /** Conversation intelligence of a call: transcription, summary, sentiments, topics, action items… */
    insights: createInsightsResource(executor),
    numbers: createNumbersResource(executor),
    contacts: createContactsResource(executor),
    tags: createTagsResource(executor),
    webhooks: createWebhooksResource(executor),
    company: createCompanyResource(executor),
    integrations: createIntegrationsResource(),
    a2pCampaignAssociations: createA2pCampaignAssociationsResource(executor),
    /**
     * Escape hatch for endpoints this client does not wrap yet: same auth, budget, retries, hooks and errors;
     * resolves with the raw 2xx answer (JSON body unvalidated).
     */
    async raw(method: HttpMethod, path: string, requestOptions: RawRequestOptions = {}): Promise<HttpResponse> {
      if (!RAW_PATH.test(path) || path.includes('..')) {
        throw new InvalidInputError('raw() takes an API path such as /v1/calls', { method, path: '(rejected path)' });
      }
      const { query, body, ...rest } = requestOptions;
      return executor.send({ method, route: path, query, body }, rest);
    },
    /** What tolerant reading defaulted or left out since the client was created (field names and counts). */
    oddities: () => executor.oddities(),
    /** The shared budget, for health pages; null when the client runs without one. */
    budget: budget && { policy: budget.policy, remaining: () => budget.remaining() },
  };
}

export type AircallClient = ReturnType<typeof createAircallClient>;

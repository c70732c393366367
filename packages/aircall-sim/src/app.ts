import { Hono, type MiddlewareHandler } from 'hono';
import { controlRoutes } from './control';
import { abortableSleep, CONNECTION_RESET_HEADER } from './faults';
import { authenticate, type Credentials } from './http/auth';
import type { SimContext, SimEnv } from './http/env';
import { ApiError, forbidden, unknownRoute } from './http/errors';
import { a2pRoutes } from './routes/a2p';
import { callRoutes } from './routes/calls';
import { companyRoutes, integrationRoutes } from './routes/company';
import { contactRoutes } from './routes/contacts';
import { numberRoutes } from './routes/numbers';
import { tagRoutes } from './routes/tags';
import { teamRoutes } from './routes/teams';
import { retiredEndpoint, type UsersV1, type UsersV2, userRoutes, usersV2Routes } from './routes/users';
import { webhookRoutes } from './routes/webhooks';
import type { World } from './world';

const tooManyRequests = (c: SimContext, retryAfterSeconds: number) => {
  c.header('Retry-After', String(retryAfterSeconds));
  return c.json(
    { error: 'Too Many Requests', troubleshoot: `Rate limit reached, retry in ${retryAfterSeconds}s` },
    429,
  );
};

/** Which users APIs the simulated account has. */
export interface UsersApis {
  usersV1: UsersV1;
  usersV2: UsersV2;
}

/** A Hono route path as a regular expression: `:name{regex}` keeps its regex, `:name` is one segment, `*` anything. */
function pathPattern(path: string): RegExp {
  const source = path
    .split('/')
    .map((segment) => {
      const param = /^:\w+(?:\{(.+)\})?$/.exec(segment);
      if (param) return param[1] ? `(?:${param[1]})` : '[^/]+';
      if (segment === '*') return '.*';
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return new RegExp(`^${source}/?$`);
}

export function createApp(world: World, credentials: Credentials, apis: UsersApis) {
  const app = new Hono<SimEnv>();

  app.use(async (c, next) => {
    // Timers due by now (a call ending, a webhook retry) fire before the request sees the state.
    world.timeline.runDue();
    const url = new URL(c.req.url);
    c.set('url', url);
    c.set('views', world.views(url.origin));
    await next();
  });

  app.get('/', (c) => c.json({ resource: 'Aircall Documentation', contact: 'support@aircall.io' }));
  app.route('/__sim', controlRoutes(world));

  // Injected faults come first: they stand for trouble between the client and Aircall.
  const injectFaults: MiddlewareHandler<SimEnv> = async (c, next) => {
    const effects = world.faults.take(c.req.method, c.req.path);
    if (!effects) return next();
    if (effects.latencyMs > 0) await abortableSleep(effects.latencyMs, c.req.raw.signal);
    if (effects.connectionReset) return c.body(null, 500, { [CONNECTION_RESET_HEADER]: '1' });
    if (effects.rateLimitedFor !== null) {
      c.header('X-AircallApi-Remaining', '0');
      return tooManyRequests(c, effects.rateLimitedFor);
    }
    if (effects.errorStatus !== null) {
      const status = effects.errorStatus as 500 | 502 | 503 | 504;
      return c.json({ error: 'Internal Server Error', troubleshoot: 'Injected fault: please retry later' }, status);
    }
    await next();
    if (effects.malformedJson) {
      const text = await c.res.text();
      c.res = new Response(text.slice(0, Math.max(1, Math.floor(text.length / 2))), c.res);
    }
  };

  const authenticateAndCount: MiddlewareHandler<SimEnv> = async (c, next) => {
    if (authenticate(c.req.header('Authorization'), credentials) !== 'basic') throw forbidden();
    world.publicOrigin = c.var.url.origin;
    const decision = world.rateLimiter?.take();
    if (decision) {
      for (const [name, value] of Object.entries(decision.headers)) c.header(name, value);
      if (!decision.allowed) return tooManyRequests(c, decision.retryAfterSeconds);
    }
    await next();
  };
  for (const api of ['/v1/*', '/v2/*']) app.use(api, injectFaults, authenticateAndCount);

  app.get('/v1/ping', (c) => c.json({ ping: 'pong' }));
  app.route('/v1/users', userRoutes(world, apis.usersV1));
  if (apis.usersV2 === 'served') app.route('/v2/users', usersV2Routes(world));
  app.route('/v1/teams', teamRoutes(world));
  app.route('/v1/calls', callRoutes(world));
  app.route('/v1/numbers', numberRoutes(world));
  app.route('/v1/contacts', contactRoutes(world));
  app.route('/v1/tags', tagRoutes(world));
  app.route('/v1/webhooks', webhookRoutes(world));
  app.route('/v1/company', companyRoutes(world));
  app.route('/v1/integrations', integrationRoutes());
  app.route('/v1/a2p_campaign_associations', a2pRoutes(world));

  // A known path asked with a method it does not support: 405 naming the methods it does (reference: Errors).
  const endpoints = app.routes
    .filter((route) => route.method !== 'ALL' && route.handler !== retiredEndpoint)
    .map((route) => ({ method: route.method, pattern: pathPattern(route.path) }));
  app.notFound((c) => {
    const allowed = [
      ...new Set(endpoints.filter((e) => e.pattern.test(c.req.path)).map((endpoint) => endpoint.method)),
    ].sort();
    const error = unknownRoute(c.req.method, c.req.path);
    if (allowed.length === 0) return c.json(error.body(), 404);
    c.header('Allow', allowed.join(', '));
    return c.json(
      { error: 'Method Not Allowed', troubleshoot: `${c.req.method} is not supported on ${c.req.path}` },
      405,
    );
  });
  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json(error.body(), error.status);
    // The client gave up (e.g. during injected latency): nobody reads this answer.
    if (c.req.raw.signal.aborted) return new Response(null, { status: 499 });
    console.error('aircall-sim: unexpected error', error);
    return c.json({ error: 'Internal Server Error', troubleshoot: 'The simulator failed unexpectedly' }, 500);
  });

  return app;
}

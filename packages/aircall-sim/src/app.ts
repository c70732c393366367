import { Hono } from 'hono';
import { authenticate, type Credentials } from './http/auth';
import type { SimEnv } from './http/env';
import { ApiError, forbidden } from './http/errors';
import { callRoutes } from './routes/calls';
import { userRoutes } from './routes/users';
import type { World } from './world';

export function createApp(world: World, credentials: Credentials) {
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

  app.use('/v1/*', async (c, next) => {
    if (authenticate(c.req.header('Authorization'), credentials) !== 'basic') throw forbidden();
    const decision = world.rateLimiter?.take();
    if (decision) {
      for (const [name, value] of Object.entries(decision.headers)) c.header(name, value);
      if (!decision.allowed) {
        c.header('Retry-After', String(decision.retryAfterSeconds));
        return c.json(
          { error: 'Too Many Requests', troubleshoot: `Rate limit reached, retry in ${decision.retryAfterSeconds}s` },
          429,
        );
      }
    }
    await next();
  });

  app.get('/v1/ping', (c) => c.json({ ping: 'pong' }));
  app.route('/v1/users', userRoutes(world));
  app.route('/v1/calls', callRoutes(world));

  app.notFound((c) => c.json({ error: 'Not found', troubleshoot: `No route for ${c.req.method} ${c.req.path}` }, 404));
  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json(error.body(), error.status);
    console.error('aircall-sim: unexpected error', error);
    return c.json({ error: 'Internal Server Error', troubleshoot: 'The simulator failed unexpectedly' }, 500);
  });

  return app;
}

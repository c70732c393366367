import { Hono } from 'hono';
import type { SimEnv } from '../http/env';
import { forbidden } from '../http/errors';
import type { World } from '../world';

/** `GET /v1/company`. */
export function companyRoutes(world: World) {
  return new Hono<SimEnv>().get('/', (c) =>
    c.json({
      company: {
        name: world.store.companyName,
        users_count: world.store.users.size,
        numbers_count: world.store.numbers.size,
      },
    }),
  );
}

/** The integration endpoints exist for OAuth apps only; under Basic Auth they answer 403. */
export function integrationRoutes() {
  const oauthOnly = () => {
    throw forbidden('Cannot be used with API KEY (Oauth only)');
  };
  return new Hono<SimEnv>().get('/me', oauthOnly).post('/enable', oauthOnly).post('/disable', oauthOnly);
}

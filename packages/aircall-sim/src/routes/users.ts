import { Hono } from 'hono';
import type { SimEnv } from '../http/env';
import { idParam } from '../http/env';
import { notFound } from '../http/errors';
import { byCreation, paginate } from '../http/pagination';
import type { World } from '../world';

export function userRoutes(world: World) {
  const app = new Hono<SimEnv>();
  const findUser = (id: number) => {
    const user = world.store.users.get(id);
    if (!user) throw notFound('User');
    return user;
  };

  app.get('/', (c) => {
    const users = byCreation(c.var.url, [...world.store.users.values()], (u) => u.createdAt);
    const { meta, items } = paginate(c.var.url, users);
    return c.json({ meta, users: items.map((u) => c.var.views.user(u)) });
  });

  app.get('/:id{[0-9]+}', (c) => c.json({ user: c.var.views.userDetail(findUser(idParam(c))) }));

  return app;
}

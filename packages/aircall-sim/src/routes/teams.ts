import { Hono } from 'hono';
import { z } from 'zod';
import { readBody } from '../http/body';
import type { SimContext, SimEnv } from '../http/env';
import { idParam } from '../http/env';
import { badRequest, found, unprocessable } from '../http/errors';
import { byCreation, paginate } from '../http/pagination';
import { hasEmoji, MAX_TEAM_NAME_LENGTH } from '../rules';
import type { World } from '../world';

const createTeamSchema = z.object({
  name: z
    .string({ error: 'name is mandatory' })
    .trim()
    .min(1, "name can't be blank")
    .max(MAX_TEAM_NAME_LENGTH, 'Name must be smaller than 64 characters')
    .refine((value) => !hasEmoji(value), 'Emojis are not allowed'),
});

export function teamRoutes(world: World) {
  const app = new Hono<SimEnv>();
  const findTeam = (c: SimContext, param = 'id') => found(world.store.teams.get(idParam(c, param)), 'Team');
  const membership = (c: SimContext) => ({
    team: findTeam(c, 'teamId'),
    user: found(world.store.users.get(idParam(c, 'userId')), 'User'),
  });

  app.get('/', (c) => {
    const teams = byCreation(c.var.url, [...world.store.teams.values()], (t) => t.createdAt);
    const { meta, items } = paginate(c.var.url, teams);
    return c.json({ meta, teams: items.map((t) => c.var.views.team(t)) });
  });

  app.get('/:id{[0-9]+}', (c) => c.json({ team: c.var.views.team(findTeam(c)) }));

  app.post('/', async (c) => {
    const { name } = await readBody(c, createTeamSchema);
    const taken = [...world.store.teams.values()].some((t) => t.name.toLowerCase() === name.toLowerCase());
    if (taken) throw badRequest('Name must be unique in the company.');
    const team = { id: world.store.nextId('team'), name, createdAt: world.now(), userIds: [] };
    world.store.teams.set(team.id, team);
    return c.json({ team: c.var.views.team(team) }, 201);
  });

  app.delete('/:id{[0-9]+}', (c) => {
    const team = findTeam(c);
    world.store.teams.delete(team.id);
    return c.body(null, 204);
  });

  app.post('/:teamId{[0-9]+}/users/:userId{[0-9]+}', (c) => {
    const { team, user } = membership(c);
    if (team.userIds.includes(user.id)) throw unprocessable('User is already in the team.');
    team.userIds.push(user.id);
    return c.json({ team: c.var.views.team(team) }, 201);
  });

  app.delete('/:teamId{[0-9]+}/users/:userId{[0-9]+}', (c) => {
    const { team, user } = membership(c);
    if (!team.userIds.includes(user.id)) throw unprocessable('User is not in the team.');
    team.userIds = team.userIds.filter((id) => id !== user.id);
    return c.json({ team: c.var.views.team(team) });
  });

  return app;
}

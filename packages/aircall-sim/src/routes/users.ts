import { Hono } from 'hono';
import { z } from 'zod';
import { readBody } from '../http/body';
import type { SimContext, SimEnv } from '../http/env';
import { idParam } from '../http/env';
import { badRequest, found, notAllowed, unknownRoute, unprocessable } from '../http/errors';
import { byCreation, paginate } from '../http/pagination';
import { hasEmoji, isE164, isEmail } from '../rules';
import type { Views } from '../serialize';
import { availabilityOf } from '../serialize';
import type { UserRecord } from '../store/records';
import type { World } from '../world';
import { dialerCampaignRoutes } from './dialer-campaigns';

const name = z
  .string()
  .trim()
  .min(1, "Can't be blank")
  .refine((value) => !hasEmoji(value), 'Emojis are not allowed');
const availabilityStatus = z.enum(['available', 'custom', 'unavailable']);
const roleIds = z.array(z.enum(['owner', 'supervisor', 'admin', 'agent'])).min(1);
const wrapUpTime = z.number().int().min(0);

const createUserSchema = z.object({
  email: z.string({ error: 'email is mandatory' }).refine(isEmail, 'Must be a valid email'),
  first_name: name,
  last_name: name,
  availability_status: availabilityStatus.optional(),
  role_ids: roleIds.optional(),
  wrap_up_time: wrapUpTime.optional(),
});
const updateUserSchema = createUserSchema.omit({ email: true }).partial();
const dialSchema = z.object({ to: z.string({ error: 'to is mandatory' }) });
const startCallSchema = dialSchema.extend({ number_id: z.number({ error: 'number_id is mandatory' }).int() });

/** Users V1's list, retrieve, create and update: retired by Aircall on 2026-09-30 (`available` serves them still). */
export type UsersV1 = 'retired' | 'available';
/** Users V2: `absent` stands for an older plan that predates it. */
export type UsersV2 = 'served' | 'absent';

/** A retired endpoint answers as a route that never existed (and is not offered in a 405's `Allow`). */
export const retiredEndpoint = (c: SimContext): never => {
  throw unknownRoute(c.req.method, c.req.path);
};

const usersOrderedByCreation = (world: World, url: URL) =>
  byCreation(url, [...world.store.users.values()], (u) => u.createdAt);

/**
 * List, retrieve, create and update: the same rules on V1 and V2, each rendering users its own way (`listed` in a
 * listing, `detailed` alone).
 */
function userProfileRoutes(
  world: World,
  render: { listed: (views: Views, user: UserRecord) => object; detailed: (views: Views, user: UserRecord) => object },
) {
  const app = new Hono<SimEnv>();
  const findUser = (id: number) => found(world.store.users.get(id), 'User');

  app.get('/', (c) => {
    const { meta, items } = paginate(c.var.url, usersOrderedByCreation(world, c.var.url));
    return c.json({ meta, users: items.map((u) => render.listed(c.var.views, u)) });
  });

  app.get('/:id{[0-9]+}', (c) => c.json({ user: render.detailed(c.var.views, findUser(idParam(c))) }));

  app.post('/', async (c) => {
    const body = await readBody(c, createUserSchema, 422);
    if (world.store.userByEmail(body.email)) throw unprocessable('email: Email has already been taken');
    const user: UserRecord = {
      id: world.store.nextId('user'),
      firstName: body.first_name,
      lastName: body.last_name,
      email: body.email,
      createdAt: world.now(),
      availabilityStatus: body.availability_status ?? 'available',
      // Invited users are offline until they confirm their account and open the Phone.
      presence: 'offline',
      activity: null,
      timeZone: 'Etc/UTC',
      language: 'en-US',
      wrapUpTime: body.wrap_up_time ?? 0,
      roleIds: body.role_ids ?? ['agent'],
      numberIds: [],
      dialerCampaign: null,
    };
    world.store.users.set(user.id, user);
    world.emitUser('user.created', user);
    return c.json({ user: render.detailed(c.var.views, user) }, 201);
  });

  app.put('/:id{[0-9]+}', async (c) => {
    const user = findUser(idParam(c));
    const body = await readBody(c, updateUserSchema, 422);
    const wasOpen = user.availabilityStatus !== 'unavailable';
    user.firstName = body.first_name ?? user.firstName;
    user.lastName = body.last_name ?? user.lastName;
    user.availabilityStatus = body.availability_status ?? user.availabilityStatus;
    user.roleIds = body.role_ids ?? user.roleIds;
    user.wrapUpTime = body.wrap_up_time ?? user.wrapUpTime;
    const isOpen = user.availabilityStatus !== 'unavailable';
    if (wasOpen !== isOpen) world.emitUser(isOpen ? 'user.opened' : 'user.closed', user);
    return c.json({ user: render.detailed(c.var.views, user) });
  });

  return app;
}

/** `/v2/users`: V2 users (no `numbers`), and a user's numbers as a page of Numbers. */
export function usersV2Routes(world: World) {
  const app = userProfileRoutes(world, {
    listed: (views, user) => views.userV2(user),
    detailed: (views, user) => views.userV2(user),
  });
  app.get('/:id{[0-9]+}/numbers', (c) => {
    const user = found(world.store.users.get(idParam(c)), 'User');
    const numbers = user.numberIds.flatMap((id) => world.store.numbers.get(id) ?? []);
    const { meta, items } = paginate(c.var.url, numbers);
    return c.json({ meta, numbers: items.map((n) => c.var.views.numberOfUserV2(n)) });
  });
  return app;
}

/** `/v1/users`: what has no V2 equivalent, and the V1 profile endpoints unless retired. */
export function userRoutes(world: World, usersV1: UsersV1) {
  const app = new Hono<SimEnv>();
  const findUser = (id: number) => found(world.store.users.get(id), 'User');
  /** Start-call and dial need an agent who could pick up the phone right now. */
  const requireReachable = (user: UserRecord) => {
    if (!world.isAvailable(user)) throw notAllowed('User not available.');
  };

  app.get('/availabilities', (c) => {
    const { meta, items } = paginate(c.var.url, usersOrderedByCreation(world, c.var.url));
    return c.json({ meta, users: items.map((u) => ({ id: u.id, availability: availabilityOf(u) })) });
  });

  app.get('/:id{[0-9]+}/availability', (c) => c.json({ availability: availabilityOf(findUser(idParam(c))) }));

  if (usersV1 === 'available') {
    app.route(
      '/',
      userProfileRoutes(world, {
        listed: (views, user) => views.user(user),
        detailed: (views, user) => views.userDetail(user),
      }),
    );
  } else {
    app
      .get('/', retiredEndpoint)
      .post('/', retiredEndpoint)
      .get('/:id{[0-9]+}', retiredEndpoint)
      .put('/:id{[0-9]+}', retiredEndpoint);
  }

  app.delete('/:id{[0-9]+}', (c) => {
    const user = findUser(idParam(c));
    world.emitUser('user.deleted', user);
    world.store.users.delete(user.id);
    for (const team of world.store.teams.values()) team.userIds = team.userIds.filter((id) => id !== user.id);
    return c.body(null, 204);
  });

  app.post('/:id{[0-9]+}/calls', async (c) => {
    const user = findUser(idParam(c));
    const body = await readBody(c, startCallSchema);
    if (!world.store.numbers.has(body.number_id) || !user.numberIds.includes(body.number_id)) {
      throw badRequest('Number not found or not associated to the user.');
    }
    if (!isE164(body.to)) throw badRequest('Invalid number to dial: to must be in E.164 format.');
    requireReachable(user);
    world.engine.placeOutbound({ userId: user.id, numberId: body.number_id, to: body.to });
    return c.body(null, 204);
  });

  app.post('/:id{[0-9]+}/dial', async (c) => {
    const user = findUser(idParam(c));
    const body = await readBody(c, dialSchema);
    if (!isE164(body.to)) throw badRequest('Invalid number to dial: to must be in E.164 format.');
    requireReachable(user);
    return c.body(null, 204);
  });

  app.route('/:id{[0-9]+}/dialer_campaign', dialerCampaignRoutes(world, findUser));

  return app;
}

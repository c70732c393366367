import { Hono } from 'hono';
import { z } from 'zod';
import { readBody } from '../http/body';
import type { SimContext, SimEnv } from '../http/env';
import { idParam } from '../http/env';
import { badRequest, found } from '../http/errors';
import { paginate } from '../http/pagination';
import { digitsOnly } from '../rules';
import type { A2pAssociationRecord } from '../store/records';
import type { World } from '../world';

/** The carriers and TCR take a few seconds to apply an association: it is pending, then done. */
const PROPAGATION_MS = 5_000;
const COMPANY_ID = 501;

/** Error messages name a number by its last digits only. */
const masked = (digits: string) => `…${digits.slice(-4)}`;

const numbers = z
  .array(z.union([z.string(), z.number()]), { error: 'numbers is mandatory' })
  .min(1, 'numbers is mandatory')
  .transform((list) => list.map((n) => digitsOnly(String(n))));
const createSchema = z.object({
  external_campaign_id: z.string({ error: 'external_campaign_id is mandatory' }).min(1),
  numbers,
});
const updateSchema = z.object({ numbers });

export function a2pRoutes(world: World) {
  const app = new Hono<SimEnv>();
  const findAssociation = (c: SimContext) =>
    found(world.store.a2pAssociations.get(idParam(c)), 'A2P campaign association');
  /** Numbers must be the company's, and each number belongs to a single campaign. */
  const checkNumbers = (list: string[], self?: A2pAssociationRecord) => {
    const companyNumbers = new Set([...world.store.numbers.values()].map((n) => digitsOnly(n.digits)));
    const foreign = list.find((n) => !companyNumbers.has(n));
    if (foreign) throw badRequest(`Number ${masked(foreign)} is not an Aircall number of the company`);
    for (const other of world.store.a2pAssociations.values()) {
      const shared = other !== self && list.find((n) => other.numbers.includes(n));
      if (shared) throw badRequest(`Number ${masked(shared)} is already associated to campaign ${other.externalId}`);
    }
  };
  const propagate = (association: A2pAssociationRecord) => {
    association.updateStatus = 'pending';
    association.updatedAt = world.now();
    world.timeline.after(PROPAGATION_MS, () => {
      association.updateStatus = 'done';
      association.updatedAt = world.now();
    });
  };
  const view = (c: SimContext, association: A2pAssociationRecord) =>
    c.var.views.a2pAssociation(association, COMPANY_ID);

  app.get('/', (c) => {
    const { meta, items } = paginate(c.var.url, [...world.store.a2pAssociations.values()]);
    return c.json({ meta, a2p_campaign_associations: items.map((a) => view(c, a)) });
  });

  app.get('/:id{[0-9]+}', (c) => c.json({ a2p_campaign_association: view(c, findAssociation(c)) }));

  app.post('/', async (c) => {
    const body = await readBody(c, createSchema);
    if ([...world.store.a2pAssociations.values()].some((a) => a.externalId === body.external_campaign_id)) {
      throw badRequest(`Campaign ${body.external_campaign_id} is already associated`);
    }
    checkNumbers(body.numbers);
    const association: A2pAssociationRecord = {
      id: world.store.nextId('a2p'),
      externalId: body.external_campaign_id,
      updateStatus: 'pending',
      updateMessage: null,
      createdAt: world.now(),
      updatedAt: world.now(),
      numbers: body.numbers,
    };
    world.store.a2pAssociations.set(association.id, association);
    propagate(association);
    return c.json({ a2p_campaign_association: view(c, association) }, 201);
  });

  app.put('/:id{[0-9]+}', async (c) => {
    const association = findAssociation(c);
    const body = await readBody(c, updateSchema);
    checkNumbers(body.numbers, association);
    association.numbers = body.numbers;
    propagate(association);
    return c.json({ a2p_campaign_association: view(c, association) });
  });

  app.delete('/:id{[0-9]+}', (c) => {
    world.store.a2pAssociations.delete(findAssociation(c).id);
    return c.body(null, 204);
  });

  return app;
}

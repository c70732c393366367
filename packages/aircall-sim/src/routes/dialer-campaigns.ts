import { Hono } from 'hono';
import { z } from 'zod';
import { readBody } from '../http/body';
import type { SimContext, SimEnv } from '../http/env';
import { idParam } from '../http/env';
import { found, notFound, unprocessable } from '../http/errors';
import { isE164 } from '../rules';
import { iso } from '../serialize';
import type { DialerCampaignRecord, UserRecord } from '../store/records';
import type { World } from '../world';

const phoneNumbersSchema = z.object({ phone_numbers: z.array(z.unknown(), { error: 'phone_numbers is mandatory' }) });

/** Power Dialer: one active campaign per user, under /v1/users/:id/dialer_campaign. */
export function dialerCampaignRoutes(world: World, findUser: (id: number) => UserRecord) {
  const app = new Hono<SimEnv>();
  const campaignOf = (c: SimContext): DialerCampaignRecord =>
    found(findUser(idParam(c)).dialerCampaign, 'Dialer campaign (user has no active campaign)');
  const validNumbers = async (c: SimContext) => {
    const { phone_numbers } = await readBody(c, phoneNumbersSchema, 422);
    const valid = phone_numbers.filter((value): value is string => typeof value === 'string' && isE164(value));
    if (valid.length === 0) throw unprocessable('Must include at least one valid phone number.');
    return valid.map((number) => ({ id: world.store.nextId('detail'), number, called: false, createdAt: world.now() }));
  };

  app.get('/', (c) => {
    const campaign = campaignOf(c);
    return c.json({ id: campaign.id, number_id: campaign.numberId, created_at: iso(campaign.createdAt) });
  });

  app.post('/', async (c) => {
    const user = findUser(idParam(c));
    if (user.dialerCampaign) throw unprocessable('User already has an active dialer campaign.');
    const phoneNumbers = await validNumbers(c);
    user.dialerCampaign = { id: world.store.nextId('detail'), numberId: null, createdAt: world.now(), phoneNumbers };
    return c.body(null, 204);
  });

  app.delete('/', (c) => {
    campaignOf(c);
    findUser(idParam(c)).dialerCampaign = null;
    return c.body(null, 204);
  });

  app.get('/phone_numbers', (c) =>
    c.json({
      numbers: campaignOf(c).phoneNumbers.map((p) => ({
        id: p.id,
        number: p.number,
        called: p.called,
        created_at: iso(p.createdAt),
      })),
    }),
  );

  app.post('/phone_numbers', async (c) => {
    const campaign = campaignOf(c);
    campaign.phoneNumbers.push(...(await validNumbers(c)));
    return c.body(null, 204);
  });

  app.delete('/phone_numbers/:phoneId{[0-9]+}', (c) => {
    const campaign = campaignOf(c);
    const phoneId = idParam(c, 'phoneId');
    if (!campaign.phoneNumbers.some((p) => p.id === phoneId)) throw notFound('Phone number');
    campaign.phoneNumbers = campaign.phoneNumbers.filter((p) => p.id !== phoneId);
    return c.body(null, 204);
  });

  return app;
}

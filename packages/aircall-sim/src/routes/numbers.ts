import { Hono } from 'hono';
import { z } from 'zod';
import { readBody } from '../http/body';
import type { SimEnv } from '../http/env';
import { idParam } from '../http/env';
import { found } from '../http/errors';
import { byCreation, paginate } from '../http/pagination';
import { hasEmoji, isHttpUrl } from '../rules';
import { messageKeys } from '../store/records';
import type { World } from '../world';

const messageUrl = z.string().refine(isHttpUrl, 'Must be a valid public URL');
const updateNumberSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "name can't be empty")
    .refine((value) => !hasEmoji(value), 'Emojis are not allowed')
    .optional(),
  availability_status: z.enum(['open', 'custom', 'closed']).optional(),
  is_ivr: z.boolean().optional(),
  live_recording_activated: z.boolean().optional(),
  priority: z.union([z.literal(0), z.literal(1), z.null()]).optional(),
  messages: z.partialRecord(z.enum(messageKeys), messageUrl).optional(),
});

export function numberRoutes(world: World) {
  const app = new Hono<SimEnv>();
  const findNumber = (id: number) => found(world.store.numbers.get(id), 'Number');

  app.get('/', (c) => {
    const numbers = byCreation(c.var.url, [...world.store.numbers.values()], (n) => n.createdAt);
    const { meta, items } = paginate(c.var.url, numbers);
    return c.json({ meta, numbers: items.map((n) => c.var.views.number(n)) });
  });

  app.get('/:id{[0-9]+}', (c) => c.json({ number: c.var.views.numberDetail(findNumber(idParam(c))) }));

  app.put('/:id{[0-9]+}', async (c) => {
    const number = findNumber(idParam(c));
    const body = await readBody(c, updateNumberSchema);
    const wasOpen = number.open;
    number.name = body.name ?? number.name;
    number.isIvr = body.is_ivr ?? number.isIvr;
    number.liveRecordingActivated = body.live_recording_activated ?? number.liveRecordingActivated;
    if (body.priority !== undefined) number.priority = body.priority;
    if (body.messages) Object.assign(number.messages, body.messages);
    if (body.availability_status) {
      number.availabilityStatus = body.availability_status;
      // "custom" follows the opening hours; the simulator's hours are always open.
      number.open = body.availability_status !== 'closed';
    }
    if (wasOpen !== number.open) {
      world.emit(number.open ? 'number.opened' : 'number.closed', (views) => views.numberDetail(number));
    }
    return c.json({ number: c.var.views.numberDetail(number) });
  });

  return app;
}

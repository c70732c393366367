import { Hono } from 'hono';
import { z } from 'zod';
import { readBody } from '../http/body';
import type { SimEnv } from '../http/env';
import { idParam } from '../http/env';
import { found } from '../http/errors';
import { paginate } from '../http/pagination';
import { isHexColor, stripEmojis } from '../rules';
import type { World } from '../world';

// Emojis are removed from tag attributes (reference: Tag overview).
const tagName = z
  .string({ error: 'name is mandatory' })
  .transform(stripEmojis)
  .refine((value) => value.length > 0, "name can't be blank");
const tagColor = z
  .string({ error: 'color is mandatory' })
  .refine(isHexColor, 'color must be formatted in hexadecimal, like #00B388');
const createTagSchema = z.object({ name: tagName, color: tagColor });
const updateTagSchema = createTagSchema.partial();

export function tagRoutes(world: World) {
  const app = new Hono<SimEnv>();
  const findTag = (id: number) => found(world.store.tags.get(id), 'Tag');

  app.get('/', (c) => {
    const { meta, items } = paginate(c.var.url, [...world.store.tags.values()]);
    return c.json({ meta, tags: items.map((t) => c.var.views.tag(t)) });
  });

  app.get('/:id{[0-9]+}', (c) => c.json({ tag: c.var.views.tag(findTag(idParam(c))) }));

  app.post('/', async (c) => {
    const { name, color } = await readBody(c, createTagSchema);
    const tag = { id: world.store.nextId('tag'), name, color, description: null };
    world.store.tags.set(tag.id, tag);
    return c.json({ tag: c.var.views.tag(tag) }, 201);
  });

  app.put('/:id{[0-9]+}', async (c) => {
    const tag = findTag(idParam(c));
    const body = await readBody(c, updateTagSchema);
    tag.name = body.name ?? tag.name;
    tag.color = body.color ?? tag.color;
    return c.json({ tag: c.var.views.tag(tag) });
  });

  app.delete('/:id{[0-9]+}', (c) => {
    const tag = findTag(idParam(c));
    world.store.tags.delete(tag.id);
    for (const call of world.store.allCalls()) {
      if (call.tags.some((t) => t.tagId === tag.id)) call.tags = call.tags.filter((t) => t.tagId !== tag.id);
    }
    return c.body(null, 204);
  });

  return app;
}

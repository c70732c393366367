import type { AppContext } from '../../context';
import type { HandlerMap } from '../../http/endpoints';
import { tagService } from './service';

type TagEndpoint = Extract<keyof HandlerMap, `tags.${string}`>;

export function tagHandlers(context: AppContext): Pick<HandlerMap, TagEndpoint> {
  const tags = tagService(context);

  return {
    'tags.list': async () => ({ tags: await tags.list() }),

    'tags.get': async ({ params }) => ({ tag: await tags.get(params.tagId) }),

    'tags.create': async ({ body, audit, signal, res }) => {
      audit.details = { name: body.name, color: body.color };
      return { tag: await tags.create({ endpoint: 'tags.create', signal, res }, body.name, body.color) };
    },

    'tags.update': async ({ params, body, audit, signal, res }) => {
      audit.details = { tagId: params.tagId, name: body.name, color: body.color };
      return { tag: await tags.update({ endpoint: 'tags.update', signal, res }, params.tagId, body) };
    },

    'tags.delete': async ({ params, audit, signal, res }) => {
      audit.details = { tagId: params.tagId };
      await tags.remove({ endpoint: 'tags.delete', signal, res }, params.tagId);
      return undefined;
    },
  };
}

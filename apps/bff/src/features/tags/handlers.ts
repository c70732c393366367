import type { Tag as AircallTag } from '@switchboard/aircall';
import type { Tag } from '@switchboard/contracts';
import type { AppContext } from '../../context';
import type { HandlerMap } from '../../http/endpoints';
import { HttpError } from '../../http/errors';
import { announceChange } from '../../live/publish';
import { upstreamOptions } from '../../mirror/write-through';

/** Mirrored calls rewritten per round when a tag is deleted. */
const untagBatch = 500;

const tagNotFound = (tagId: number) => new HttpError(404, 'not_found', `Tag ${tagId} is not in the mirror.`);

/** Aircall takes six-digit colours only; the console also accepts the short form (#1AB is #11AABB). */
export function sixDigitColour(colour: string): string {
  return colour.length === 4 ? `#${[...colour.slice(1)].map((digit) => digit + digit).join('')}` : colour;
}

type TagHandlers = Pick<HandlerMap, 'tags.list' | 'tags.get' | 'tags.create' | 'tags.update' | 'tags.delete'>;

export function tagHandlers(context: AppContext): TagHandlers {
  const { store, aircall, clock } = context;

  /** Calls in the mirror carrying the tag: a count over the calls' indexed tag ids. */
  async function usageCount(tagId: number): Promise<number> {
    const { total } = await store.calls.list({ tagIds: [tagId], perPage: 1 });
    return total ?? 0;
  }

  async function toTag(tag: AircallTag): Promise<Tag> {
    return {
      id: tag.id,
      name: tag.name,
      color: tag.color,
      description: tag.description ?? null,
      usageCount: await usageCount(tag.id),
    };
  }

  /**
   * Aircall removes a deleted tag from every call; the mirror follows, so chips and usage counts stay true. Each
   * round rewrites the calls that still carry it, until none does (or none could be written: a newer state won).
   */
  async function untagMirroredCalls(tagId: number): Promise<void> {
    for (;;) {
      const { calls } = await store.calls.list({ tagIds: [tagId], perPage: untagBatch, withTotal: false });
      const untagged = calls.map((call) => ({
        call: { ...call, tags: call.tags.filter((tag) => tag.id !== tagId) },
        sourceUpdatedAt: clock.now(),
      }));
      if ((await store.calls.upsertMany(untagged)).length === 0) return;
    }
  }

  async function save(answer: AircallTag): Promise<Tag> {
    await store.tags.upsertMany([answer], clock.now());
    await announceChange(context, 'tags', answer.id);
    return toTag(answer);
  }

  return {
    'tags.list': async () => ({ tags: await Promise.all((await store.tags.list()).map(toTag)) }),

    'tags.get': async ({ params }) => {
      const tag = await store.tags.get(params.tagId);
      if (!tag) throw tagNotFound(params.tagId);
      return { tag: await toTag(tag) };
    },

    'tags.create': async ({ body, audit, signal }) => {
      audit.details = { name: body.name, color: body.color };
      const created = await aircall.tags.create(
        { name: body.name, color: sixDigitColour(body.color) },
        upstreamOptions('tags.create', signal),
      );
      return { tag: await save(created) };
    },

    'tags.update': async ({ params, body, audit, signal }) => {
      audit.details = { tagId: params.tagId, name: body.name, color: body.color };
      const updated = await aircall.tags.update(
        params.tagId,
        { name: body.name, color: body.color === undefined ? undefined : sixDigitColour(body.color) },
        upstreamOptions('tags.update', signal),
      );
      return { tag: await save(updated) };
    },

    'tags.delete': async ({ params, audit, signal }) => {
      audit.details = { tagId: params.tagId };
      await aircall.tags.delete(params.tagId, upstreamOptions('tags.delete', signal));
      await store.tags.delete(params.tagId, clock.now());
      await untagMirroredCalls(params.tagId);
      await announceChange(context, 'tags', params.tagId);
      return undefined;
    },
  };
}

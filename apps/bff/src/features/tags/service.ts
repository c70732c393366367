import type { Tag as AircallTag } from '@switchboard/aircall';
import type { Tag } from '@switchboard/contracts';
import type { AppContext } from '../../context';
import { HttpError } from '../../http/errors';
import { type ChangeRequest, createWriteThrough, resourceChanged, savedWhole } from '../../mirror/write-through';

/** Mirrored calls rewritten per round when a tag is deleted. */
const untagBatch = 500;

const tagNotFound = (tagId: number) => new HttpError(404, 'not_found', `Tag ${tagId} is not in the mirror.`);

/** Aircall takes six-digit colours only; the console also accepts the short form (#1AB is #11AABB). */
export function sixDigitColour(colour: string): string {
  return colour.length === 4 ? `#${[...colour.slice(1)].map((digit) => digit + digit).join('')}` : colour;
}

/** Tags read from the mirror with their usage; every change through the write-through. */
export function tagService(context: AppContext) {
  const { store, aircall, clock } = context;
  const change = createWriteThrough(context);

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

  const savedTag = savedWhole(clock, 'tags', (tag: AircallTag) => store.tags.upsertMany([tag], clock.now()));

  async function mirrored(tagId: number): Promise<AircallTag> {
    const tag = await store.tags.get(tagId);
    if (!tag) throw tagNotFound(tagId);
    return tag;
  }

  return {
    list: async () => Promise.all((await store.tags.list()).map(toTag)),

    get: async (tagId: number) => toTag(await mirrored(tagId)),

    async create(request: ChangeRequest, name: string, color: string): Promise<Tag> {
      const tag = await change(request, {
        send: (options) => aircall.tags.create({ name, color: sixDigitColour(color) }, options),
        ...savedTag,
      });
      return toTag(tag);
    },

    async update(request: ChangeRequest, tagId: number, edit: { name?: string; color?: string }): Promise<Tag> {
      const tag = await change(request, {
        validate: () => mirrored(tagId).then(() => undefined),
        send: (options) =>
          aircall.tags.update(
            tagId,
            { name: edit.name, color: edit.color === undefined ? undefined : sixDigitColour(edit.color) },
            options,
          ),
        ...savedTag,
      });
      return toTag(tag);
    },

    async remove(request: ChangeRequest, tagId: number): Promise<void> {
      await change(request, {
        validate: () => mirrored(tagId).then(() => undefined),
        send: (options) => aircall.tags.delete(tagId, options),
        apply: async () => {
          await store.tags.delete(tagId, clock.now());
          await untagMirroredCalls(tagId);
          return resourceChanged(clock, 'tags', tagId);
        },
        repair: () => ({ resource: 'tags', id: tagId }),
      });
    },
  };
}

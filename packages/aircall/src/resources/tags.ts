import { z } from 'zod';
import type { Executor } from '../http/execute';
import { paginationSchema } from '../schemas/common';
import { tagSchema } from '../schemas/tag';
import { crudOf } from './crud';

export type TagListParams = z.input<typeof paginationSchema>;

export const createTagSchema = z.strictObject({
  name: z.string().min(1),
  color: z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'Expected a hexadecimal color such as #00B388'),
});
export type CreateTag = z.input<typeof createTagSchema>;
export const updateTagSchema = createTagSchema
  .partial()
  .refine((tag) => tag.name !== undefined || tag.color !== undefined, 'Give a name, a color, or both');
export type UpdateTag = z.input<typeof updateTagSchema>;

export function createTagsResource(executor: Executor) {
  const tags = crudOf(executor, {
    route: '/v1/tags',
    listKey: 'tags',
    itemKey: 'tag',
    item: tagSchema,
    listParams: paginationSchema,
  });
  return {
    list: tags.list,
    listAll: tags.listAll,
    get: tags.get,
    create: tags.creator(createTagSchema),
    update: tags.updater(updateTagSchema),
    /** Also removes the tag from every call. */
    delete: tags.delete,
  };
}

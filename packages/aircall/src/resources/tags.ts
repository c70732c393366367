import { z } from 'zod';
import type { Executor, RequestOptions } from '../http/execute';
import { parseInput } from '../http/validation';
import { type IterateOptions, paginate } from '../pagination';
import { envelopeSchema, paginationSchema } from '../schemas/common';
import { type Tag, tagSchema } from '../schemas/tag';
import { listingOf } from './listing';

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

const tagEnvelopeSchema = envelopeSchema('tag', tagSchema);

export function createTagsResource(executor: Executor) {
  const tags = listingOf(executor, '/v1/tags', 'tags', tagSchema);
  const params = (input: TagListParams) => parseInput(paginationSchema, input, { method: 'GET', path: tags.route });
  const unwrap = async (pending: Promise<{ tag: Tag }>) => (await pending).tag;

  return {
    async list(input: TagListParams = {}, options?: RequestOptions) {
      return tags.page(params(input), options);
    },
    listAll(input: TagListParams = {}, options: IterateOptions = {}) {
      return paginate(tags.fetchPage, tags.route, params(input), options);
    },
    get(id: number, options?: RequestOptions) {
      return unwrap(
        executor.execute(
          { method: 'GET', route: '/v1/tags/:id', pathParams: { id }, response: tagEnvelopeSchema },
          options,
        ),
      );
    },
    async create(input: CreateTag, options?: RequestOptions) {
      const body = parseInput(createTagSchema, input, { method: 'POST', path: tags.route });
      return unwrap(
        executor.execute({ method: 'POST', route: tags.route, body, response: tagEnvelopeSchema }, options),
      );
    },
    async update(id: number, input: UpdateTag, options?: RequestOptions) {
      const body = parseInput(updateTagSchema, input, { method: 'PUT', path: '/v1/tags/:id' });
      return unwrap(
        executor.execute(
          { method: 'PUT', route: '/v1/tags/:id', pathParams: { id }, body, response: tagEnvelopeSchema },
          options,
        ),
      );
    },
    /** Also removes the tag from every call. */
    delete(id: number, options?: RequestOptions): Promise<void> {
      return executor.execute({ method: 'DELETE', route: '/v1/tags/:id', pathParams: { id }, response: null }, options);
    },
  };
}

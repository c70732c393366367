import { z } from 'zod';
import { hexColourSchema, idParams, idSchema, limits, plainText, requireChange } from './common';
import { admins, defineEndpoint, everyone } from './endpoint';

/** A tag as calls and pickers show it. */
export const tagRefSchema = z.object({ id: idSchema, name: z.string(), color: z.string() });
export type TagRef = z.infer<typeof tagRefSchema>;

export const tagSchema = tagRefSchema.extend({
  description: z.string().nullable(),
  /** Calls in the mirror carrying this tag. */
  usageCount: z.number().int().nonnegative(),
});
export type Tag = z.infer<typeof tagSchema>;

export const tagNameSchema = plainText(limits.tagNameLength);

export const tagCreateBodySchema = z.strictObject({ name: tagNameSchema, color: hexColourSchema });
export type TagCreateBody = z.infer<typeof tagCreateBodySchema>;

export const tagUpdateBodySchema = requireChange(tagCreateBodySchema.partial(), 'send a name or a color to change');
export type TagUpdateBody = z.infer<typeof tagUpdateBodySchema>;

export const tagListResponseSchema = z.object({ tags: z.array(tagSchema) });
export const tagResponseSchema = z.object({ tag: tagSchema });

const tagParams = idParams('tagId');

export const tagEndpoints = [
  defineEndpoint({
    id: 'tags.list',
    method: 'GET',
    path: '/api/tags',
    response: tagListResponseSchema,
    status: 200,
    roles: everyone,
    audit: false,
    lane: null,
    summary: 'Every tag, by name, with its colour and usage count (the tag picker and /tags).',
  }),
  defineEndpoint({
    id: 'tags.get',
    method: 'GET',
    path: '/api/tags/:tagId',
    params: tagParams,
    response: tagResponseSchema,
    status: 200,
    roles: everyone,
    audit: false,
    lane: null,
    summary: 'One tag.',
  }),
  defineEndpoint({
    id: 'tags.create',
    method: 'POST',
    path: '/api/tags',
    body: tagCreateBodySchema,
    response: tagResponseSchema,
    status: 201,
    roles: admins,
    audit: true,
    lane: 'interactive',
    summary: 'Create a tag (name without emojis, hex colour).',
  }),
  defineEndpoint({
    id: 'tags.update',
    method: 'PATCH',
    path: '/api/tags/:tagId',
    params: tagParams,
    body: tagUpdateBodySchema,
    response: tagResponseSchema,
    status: 200,
    roles: admins,
    audit: true,
    lane: 'interactive',
    summary: 'Rename or recolour a tag.',
  }),
  defineEndpoint({
    id: 'tags.delete',
    method: 'DELETE',
    path: '/api/tags/:tagId',
    params: tagParams,
    response: null,
    status: 204,
    roles: admins,
    audit: true,
    lane: 'interactive',
    summary: 'Delete a tag; Aircall removes it from every call.',
  }),
] as const;

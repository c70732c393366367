import { z } from 'zod';
import type { Executor } from '../http/execute';
import { listWindowSchema, paginationSchema } from '../schemas/common';
import { numberMessagesSchema, numberSchema } from '../schemas/number';
import { crudOf } from './crud';

export const numberListParamsSchema = listWindowSchema.extend(paginationSchema.shape);
export type NumberListParams = z.input<typeof numberListParamsSchema>;

export const updateNumberSchema = z
  .strictObject({
    name: z.string().min(1),
    availability_status: z.enum(['open', 'custom', 'closed']),
    is_ivr: z.boolean(),
    live_recording_activated: z.boolean(),
    priority: z.union([z.literal(0), z.literal(1)]).nullable(),
    /** Music & messages: public URLs of audio files. */
    messages: z.strictObject(
      Object.fromEntries(Object.keys(numberMessagesSchema.shape).map((key) => [key, z.url().optional()])),
    ),
  })
  .partial();
export type UpdateNumber = z.input<typeof updateNumberSchema>;

export function createNumbersResource(executor: Executor) {
  const numbers = crudOf(executor, {
    route: '/v1/numbers',
    listKey: 'numbers',
    itemKey: 'number',
    item: numberSchema,
    listParams: numberListParamsSchema,
  });
  return {
    list: numbers.list,
    listAll: numbers.listAll,
    get: numbers.get,
    /** Name, status, IVR, recording, priority and music & messages (not on Smartflow numbers). */
    update: numbers.updater(updateNumberSchema),
  };
}

import { z } from 'zod';
import type { Executor, RequestOptions } from '../http/execute';
import { parseInput } from '../http/validation';
import { type IterateOptions, paginate } from '../pagination';
import { envelopeSchema, listWindowSchema, paginationSchema } from '../schemas/common';
import { type AircallNumber, numberMessagesSchema, numberSchema } from '../schemas/number';
import { listingOf } from './listing';

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

const numberEnvelopeSchema = envelopeSchema('number', numberSchema);

export function createNumbersResource(executor: Executor) {
  const numbers = listingOf(executor, '/v1/numbers', 'numbers', numberSchema);
  const params = (input: NumberListParams) =>
    parseInput(numberListParamsSchema, input, { method: 'GET', path: numbers.route });
  const unwrap = async (pending: Promise<{ number: AircallNumber }>) => (await pending).number;

  return {
    async list(input: NumberListParams = {}, options?: RequestOptions) {
      return numbers.page(params(input), options);
    },
    listAll(input: NumberListParams = {}, options: IterateOptions = {}) {
      return paginate(numbers.fetchPage, numbers.route, params(input), options);
    },
    get(id: number, options?: RequestOptions) {
      return unwrap(
        executor.execute(
          { method: 'GET', route: '/v1/numbers/:id', pathParams: { id }, response: numberEnvelopeSchema },
          options,
        ),
      );
    },
    /** Name, status, IVR, recording, priority and music & messages (not on Smartflow numbers). */
    async update(id: number, input: UpdateNumber, options?: RequestOptions) {
      const body = parseInput(updateNumberSchema, input, { method: 'PUT', path: '/v1/numbers/:id' });
      return unwrap(
        executor.execute(
          { method: 'PUT', route: '/v1/numbers/:id', pathParams: { id }, body, response: numberEnvelopeSchema },
          options,
        ),
      );
    },
  };
}

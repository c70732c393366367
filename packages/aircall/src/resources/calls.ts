import { z } from 'zod';
import type { Execute, RequestOptions } from '../http/execute';
import { parseInput } from '../http/validation';
import { callSchema } from '../schemas/call';
import { listWindowSchema, pageSchema, paginationSchema } from '../schemas/common';

export const callListParamsSchema = listWindowSchema.extend(paginationSchema.shape).extend({
  fetch_contact: z.boolean().optional(),
});
export type CallListParams = z.input<typeof callListParamsSchema>;

export const callPageSchema = pageSchema('calls', callSchema);
export type CallPage = z.infer<typeof callPageSchema>;

export function createCallsResource(execute: Execute) {
  return {
    /** One page of calls (the last three months only). */
    async list(params: CallListParams = {}, options?: RequestOptions): Promise<CallPage> {
      const query = parseInput(callListParamsSchema, params, { method: 'GET', path: '/v1/calls' });
      return execute({ method: 'GET', route: '/v1/calls', query, response: callPageSchema }, options);
    },
  };
}

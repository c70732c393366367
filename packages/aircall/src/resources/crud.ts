import type { z } from 'zod';
import type { Executor, RequestOptions } from '../http/execute';
import type { QueryObject } from '../http/query';
import { parseInput } from '../http/validation';
import { type IterateOptions, paginate } from '../pagination';
import { envelopeSchema } from '../schemas/common';
import { listingOf } from './listing';

interface CrudSpec<K extends string, E extends string, I extends z.ZodType, P extends z.ZodType<QueryObject>> {
  /** Collection route, e.g. `/v1/tags`; items live at `${route}/:id`. */
  route: string;
  /** Key of the items in a listing (`tags`) and of the item in a single answer (`tag`). */
  listKey: K;
  itemKey: E;
  item: I;
  listParams: P;
}

/**
 * The operations most Aircall resources share, each validating its input and unwrapping Aircall's `{ tag: … }`
 * envelope. Resources pick the ones the reference documents and add their own.
 */
export function crudOf<
  K extends string,
  E extends string,
  I extends z.ZodType,
  P extends z.ZodType<QueryObject>,
  Id extends number | string = number,
>(executor: Executor, spec: CrudSpec<K, E, I, P>) {
  const listing = listingOf(executor, spec.route, spec.listKey, spec.item);
  const itemRoute = `${spec.route}/:id`;
  const envelope = envelopeSchema(spec.itemKey, spec.item);
  const listParams = (input: z.input<P>) => parseInput(spec.listParams, input, { method: 'GET', path: spec.route });
  const one = async (
    method: 'GET' | 'POST' | 'PUT',
    route: string,
    pathParams: { id: Id } | undefined,
    body: unknown,
    options: RequestOptions | undefined,
  ): Promise<z.output<I>> =>
    (await executor.execute({ method, route, pathParams, body, response: envelope }, options))[spec.itemKey];

  return {
    listing,
    /** One page, as Aircall returns it. */
    async list(input: z.input<P> = {} as z.input<P>, options?: RequestOptions) {
      return listing.page(listParams(input), options);
    },
    /** Every item, 50 per request, in the background lane unless told otherwise. */
    listAll(input: z.input<P> = {} as z.input<P>, options: IterateOptions = {}) {
      return paginate(listing.fetchPage, spec.route, listParams(input), options);
    },
    get(id: Id, options?: RequestOptions) {
      return one('GET', itemRoute, { id }, undefined, options);
    },
    creator<S extends z.ZodType>(schema: S) {
      return async (input: z.input<S>, options?: RequestOptions) =>
        one('POST', spec.route, undefined, parseInput(schema, input, { method: 'POST', path: spec.route }), options);
    },
    /** Aircall updates with PUT, except contacts (POST). */
    updater<S extends z.ZodType>(schema: S, method: 'PUT' | 'POST' = 'PUT') {
      return async (id: Id, input: z.input<S>, options?: RequestOptions) =>
        one(method, itemRoute, { id }, parseInput(schema, input, { method, path: itemRoute }), options);
    },
    delete(id: Id, options?: RequestOptions): Promise<void> {
      return executor.execute({ method: 'DELETE', route: itemRoute, pathParams: { id }, response: null }, options);
    },
  };
}

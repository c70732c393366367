import type { z } from 'zod';
import type { Executor, RequestOptions } from '../http/execute';
import type { QueryObject } from '../http/query';
import type { FetchPage } from '../pagination';
import { pageSchema } from '../schemas/common';

/** The two ways of reading a listing: one page as Aircall returns it, and the page fetcher iterators build on. */
export function listingOf<K extends string, I extends z.ZodType>(executor: Executor, route: string, key: K, item: I) {
  const schema = pageSchema(key, item);
  const page = (query: QueryObject | URLSearchParams, options?: RequestOptions) =>
    executor.execute({ method: 'GET', route, query, response: schema }, options);
  const fetchPage: FetchPage<z.output<I>> = async (query, options) => {
    const answer = await page(query, options);
    return { items: answer[key], meta: answer.meta };
  };
  return { route, schema, page, fetchPage };
}

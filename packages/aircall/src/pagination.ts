import { AircallError, UnexpectedResponseError } from './errors';
import type { RequestOptions } from './http/execute';
import type { QueryObject } from './http/query';
import type { PageMeta } from './schemas/common';

/** Aircall's largest page. */
export const MAX_PER_PAGE = 50;
/** Calls and contacts listings answer 400 past this many items, whatever the pagination. */
export const LISTING_ITEM_CAP = 10_000;

export interface Page<T> {
  items: T[];
  meta: PageMeta;
}

export interface IterateOptions extends RequestOptions {
  /** Stop after this many requests, whatever is left. Default: no bound. */
  maxPages?: number;
}

/** Fetches one page of a listing for a query (an object for the first page, a link's parameters after). */
export type FetchPage<T> = (query: QueryObject | URLSearchParams, options: RequestOptions) => Promise<Page<T>>;

/** An async iterable of items that can also be walked page by page (for checkpoints or progress). */
export class Paginated<T> implements AsyncIterable<T> {
  constructor(private readonly walk: () => AsyncGenerator<Page<T>>) {}

  pages(): AsyncGenerator<Page<T>> {
    return this.walk();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    for await (const page of this.walk()) yield* page.items;
  }
}

/** Counts requests across the restarts of one iteration. */
class PageAllowance {
  private used = 0;
  constructor(private readonly maxPages: number) {}
  take(): boolean {
    if (this.used >= this.maxPages) return false;
    this.used += 1;
    return true;
  }
}

/** Follows `next_page_link` from a first query. Links only lend their parameters: requests stay on our base URL. */
async function* followLinks<T>(
  fetchPage: FetchPage<T>,
  route: string,
  first: QueryObject,
  allowance: PageAllowance,
  options: RequestOptions,
): AsyncGenerator<Page<T>> {
  let query: QueryObject | URLSearchParams = first;
  while (allowance.take()) {
    const page = await fetchPage(query, options);
    yield page;
    if (!page.meta.next_page_link) return;
    query = linkParameters(page.meta.next_page_link, route);
  }
}

function linkParameters(link: string, route: string): URLSearchParams {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    throw new UnexpectedResponseError('next_page_link is not a URL', { method: 'GET', path: route });
  }
  if (!url.pathname.endsWith(route)) {
    throw new UnexpectedResponseError('next_page_link points to another listing', { method: 'GET', path: route });
  }
  return url.searchParams;
}

/** Every page of an ordinary listing, 50 items at a time. */
export function paginate<T>(
  fetchPage: FetchPage<T>,
  route: string,
  params: QueryObject,
  options: IterateOptions,
): Paginated<T> {
  const { maxPages = Number.POSITIVE_INFINITY, ...requestOptions } = options;
  const first = { per_page: MAX_PER_PAGE, ...params, page: 1 };
  return new Paginated(() =>
    followLinks(fetchPage, route, first, new PageAllowance(maxPages), { lane: 'background', ...requestOptions }),
  );
}

/**
 * Every item of a listing capped at 10,000 items (calls, contacts), exactly once. Items come oldest first; when the
 * next page would cross the cap, the walk restarts with `from` narrowed to the last item's second, skipping the
 * items of that second it has already yielded. `timestampOf` must return the field the server filters `from` on
 * (UNIX seconds): `started_at` for calls, `created_at` for contacts.
 */
export function paginateAcrossCap<T extends { id: number }>(
  fetchPage: FetchPage<T>,
  route: string,
  params: QueryObject & { from?: number },
  timestampOf: (item: T) => number,
  options: IterateOptions,
): Paginated<T> {
  const { maxPages = Number.POSITIVE_INFINITY, ...requestOptions } = options;
  const laneOptions: RequestOptions = { lane: 'background', ...requestOptions };

  async function* walk(): AsyncGenerator<Page<T>> {
    const allowance = new PageAllowance(maxPages);
    let from = params.from;
    let boundary: number | undefined;
    const seenAtBoundary = new Set<number>();
    for (;;) {
      const first = { per_page: MAX_PER_PAGE, ...params, from, order: 'asc', page: 1 };
      let restartFrom: number | undefined;
      for await (const page of followLinks(fetchPage, route, first, allowance, laneOptions)) {
        const fresh = page.items.filter((item) => timestampOf(item) !== boundary || !seenAtBoundary.has(item.id));
        for (const item of page.items) {
          const second = timestampOf(item);
          if (second !== boundary) {
            boundary = second;
            seenAtBoundary.clear();
          }
          seenAtBoundary.add(item.id);
        }
        yield { ...page, items: fresh };
        const { current_page, per_page, next_page_link } = page.meta;
        if (next_page_link && current_page * per_page >= LISTING_ITEM_CAP) {
          restartFrom = boundary;
          break;
        }
      }
      if (restartFrom === undefined) return;
      if (restartFrom === from) {
        throw new AircallError(`More than ${LISTING_ITEM_CAP} items share one second; cannot page past the cap`, {
          method: 'GET',
          path: route,
        });
      }
      from = restartFrom;
    }
  }
  return new Paginated(walk);
}

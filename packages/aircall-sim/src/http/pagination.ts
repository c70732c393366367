import { badRequest } from './errors';

export const DEFAULT_PER_PAGE = 20;
export const MAX_PER_PAGE = 50;
/** Calls and contacts listings stop at 10,000 items, whatever the pagination. */
export const LISTING_ITEM_CAP = 10_000;
export const ITEM_CAP_TROUBLESHOOT =
  'Your query is limited to 10k results and pagination is out of bound, please use timestamps or other filters.';

export interface PageMeta {
  count: number;
  total: number;
  current_page: number;
  per_page: number;
  next_page_link: string | null;
  previous_page_link: string | null;
}

function positiveInt(value: string | null, fallback: number): number {
  if (value === null || value === '') return fallback;
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 1 ? parsed : fallback;
}

/**
 * One page of `items` with Aircall's `meta`. `per_page` defaults to 20 and is clamped to [1, 50]; links keep the
 * request's other query params and are absolute on the request's origin.
 */
export function paginate<T>(url: URL, items: readonly T[], options: { capped?: boolean } = {}) {
  const page = positiveInt(url.searchParams.get('page'), 1);
  const perPage = Math.min(positiveInt(url.searchParams.get('per_page'), DEFAULT_PER_PAGE), MAX_PER_PAGE);
  const offset = (page - 1) * perPage;
  if (options.capped && offset >= LISTING_ITEM_CAP) throw badRequest(ITEM_CAP_TROUBLESHOOT);
  const slice = items.slice(offset, offset + perPage);
  const linkTo = (target: number) => {
    const params = new URLSearchParams(url.searchParams);
    params.set('page', String(target));
    params.set('per_page', String(perPage));
    params.sort();
    return `${url.origin}${url.pathname}?${params}`;
  };
  const meta: PageMeta = {
    count: slice.length,
    total: items.length,
    current_page: page,
    per_page: perPage,
    next_page_link: offset + perPage < items.length ? linkTo(page + 1) : null,
    previous_page_link: page > 1 ? linkTo(page - 1) : null,
  };
  return { meta, items: slice };
}

export type Order = 'asc' | 'desc';

export function orderParam(url: URL): Order {
  const order = url.searchParams.get('order') ?? 'asc';
  if (order !== 'asc' && order !== 'desc') throw badRequest('order must be asc or desc');
  return order;
}

/** The `from` / `to` UNIX-second bounds of a listing, as inclusive ms bounds. */
export function timeRange(url: URL): { fromMs: number; toMs: number } {
  const bound = (name: 'from' | 'to', fallback: number) => {
    const value = url.searchParams.get(name);
    if (value === null || value === '') return fallback;
    const seconds = Number(value);
    if (!Number.isFinite(seconds)) throw badRequest(`${name} must be a UNIX timestamp`);
    return name === 'from' ? seconds * 1000 : seconds * 1000 + 999;
  };
  return { fromMs: bound('from', Number.NEGATIVE_INFINITY), toMs: bound('to', Number.POSITIVE_INFINITY) };
}

/** Filters by creation date and orders: the common query of Aircall's listings. */
export function byCreation<T>(url: URL, items: readonly T[], createdAt: (item: T) => number): T[] {
  const { fromMs, toMs } = timeRange(url);
  const selected = items.filter((item) => createdAt(item) >= fromMs && createdAt(item) <= toMs);
  selected.sort((a, b) => createdAt(a) - createdAt(b));
  return orderParam(url) === 'desc' ? selected.reverse() : selected;
}

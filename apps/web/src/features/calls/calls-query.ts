import type { CallListQuery } from '@switchboard/contracts';
import { queryOptions } from '@tanstack/react-query';
import { getJson } from '../../lib/api-client';

/** The fields of the call-list URL state that the BFF filters and pages by. */
export function toCallListQuery({ page, perPage, order, from, to }: CallListQuery): CallListQuery {
  return { page, perPage, order, from, to };
}

function toQueryString(query: CallListQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.set(key, String(value));
  }
  return params.toString();
}

export const callKeys = {
  all: ['calls'] as const,
  lists: () => [...callKeys.all, 'list'] as const,
  list: (query: CallListQuery) => [...callKeys.lists(), query] as const,
};

/** One page of the call list; the route loader ensures it, the page reads it with useSuspenseQuery. */
export function callsQuery(query: CallListQuery) {
  return queryOptions({
    queryKey: callKeys.list(query),
    queryFn: ({ signal }) =>
      getJson(`/api/calls?${toQueryString(query)}`, (contracts) => contracts.callListResponseSchema, {
        signal,
      }),
  });
}

import type { CallListQuery } from '@switchboard/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api, loadContracts } from '../../lib/api-client';

/**
 * Reads the list query from the URL the way the BFF will: contracts' `callListSearchSchema`, where every bad value
 * falls back to its default, so a hand-edited URL never breaks the page.
 */
export async function parseCallListSearch(search: Record<string, unknown>): Promise<CallListQuery> {
  const { callListSearchSchema } = await loadContracts();
  return callListSearchSchema.parse(search);
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
    queryFn: ({ signal }) => api('calls.list', { query, signal }),
  });
}

import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api-client';
import { useServerEvent } from '../../lib/server-events';

/** "Today" is counted in the supervisor's own time zone. */
export const localTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

const boardKey = (timeZone: string) => ['analytics', 'board', timeZone] as const;

/** The BFF computes the figures from its mirror (no Aircall request), so a refresh is cheap. */
export function boardQuery(timeZone: string) {
  return queryOptions({
    queryKey: boardKey(timeZone),
    queryFn: ({ signal }) => api('analytics.board', { query: { timeZone }, signal }),
    // A safety net: events say when to refresh, but a wall screen must never freeze if the stream drops.
    refetchInterval: 30_000,
    staleTime: 0,
  });
}

/**
 * Refreshes the board whenever a call or an agent's availability changes. A burst of events while a refresh is under
 * way joins that refresh instead of cancelling it, so a busy floor cannot starve the board.
 */
export function useLiveBoard(timeZone: string): void {
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: boardKey(timeZone) }, { cancelRefetch: false });
  useServerEvent('call.upserted', refresh);
  useServerEvent('availability.changed', refresh);
}

import type { BoardQuery } from '@switchboard/contracts';
import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api-client';
import { useServerEvent } from '../../lib/server-events';

const boardKeyPrefix = ['analytics', 'board'] as const;

/** The BFF computes the figures from its mirror (no Aircall request), so a refresh is cheap. */
export function boardQuery({ span, teamId, numberId }: Pick<BoardQuery, 'span' | 'teamId' | 'numberId'>) {
  const query = { span, teamId, numberId };
  return queryOptions({
    queryKey: [...boardKeyPrefix, query],
    queryFn: ({ signal }) => api('analytics.board', { query, signal }),
    // A safety net: events say when to refresh, but a wall screen must never freeze if the stream drops.
    refetchInterval: 30_000,
    staleTime: 0,
  });
}

/**
 * Refreshes the board whenever a call, an agent's availability or the company's settings change. A burst of events
 * while a refresh is under way joins that refresh instead of cancelling it, so a busy floor cannot starve the board.
 */
export function useLiveBoard(): void {
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: boardKeyPrefix }, { cancelRefetch: false });
  useServerEvent('call.upserted', refresh);
  useServerEvent('availability.changed', refresh);
  useServerEvent('resource.changed', ({ resource }) => {
    if (resource === 'company' || resource === 'teams' || resource === 'users') refresh();
  });
}

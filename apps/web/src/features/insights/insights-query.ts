import { queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api-client';

/** A call's insights; `resource.changed` events for `callInsights` refetch them when Aircall sends more. */
export function callInsightsQuery(callId: number) {
  return queryOptions({
    queryKey: ['callInsights', callId] as const,
    queryFn: async ({ signal }) => (await api('calls.insights', { params: { callId }, signal })).insights,
  });
}

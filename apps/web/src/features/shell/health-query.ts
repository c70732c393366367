import { queryOptions } from '@tanstack/react-query';
import { getJson } from '../../lib/api-client';

export function healthQuery() {
  return queryOptions({
    queryKey: ['health'],
    queryFn: ({ signal }) => getJson('/api/health', (contracts) => contracts.healthResponseSchema, { signal }),
    staleTime: 0,
  });
}

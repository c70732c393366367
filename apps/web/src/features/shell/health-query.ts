import { queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api-client';

export function healthQuery() {
  return queryOptions({
    queryKey: ['health'],
    queryFn: ({ signal }) => api('health', { signal }),
    staleTime: 0,
  });
}

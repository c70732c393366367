import { QueryClient } from '@tanstack/react-query';

/**
 * Reads are not retried blindly: a 429 gets a countdown and an automatic retry at the time the BFF names, and an
 * unreachable BFF gets the banner that refetches once it answers again.
 */
export function createAppQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: 30_000 },
    },
  });
}

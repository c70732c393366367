import type { AccountCreateBody, AccountUpdateBody, AuditQuery } from '@switchboard/contracts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api-client';

export const accountKeys = {
  all: ['accounts'] as const,
  list: (page: number) => [...accountKeys.all, 'list', page] as const,
};

export function accountsQuery(page: number) {
  return queryOptions({
    queryKey: accountKeys.list(page),
    queryFn: ({ signal }) => api('accounts.list', { query: { page, perPage: 100 }, signal }),
  });
}

export function useAccountMutations() {
  const queryClient = useQueryClient();
  const invalidate = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: accountKeys.all }),
      // Every change is audited: the log has a new row.
      queryClient.invalidateQueries({ queryKey: ['audit'] }),
    ]);
  const create = useMutation({
    mutationFn: async (body: AccountCreateBody) => (await api('accounts.create', { body })).account,
    onSuccess: invalidate,
  });
  const update = useMutation({
    mutationFn: async ({ accountId, body }: { accountId: number; body: AccountUpdateBody }) =>
      (await api('accounts.update', { params: { accountId }, body })).account,
    onSuccess: invalidate,
  });
  return { create, update };
}

export function auditQuery(query: AuditQuery) {
  return queryOptions({
    queryKey: ['audit', 'list', query] as const,
    queryFn: ({ signal }) => api('audit.list', { query, signal }),
  });
}

export function syncStatusQuery() {
  return queryOptions({
    queryKey: ['sync', 'status'] as const,
    queryFn: ({ signal }) => api('sync.status', { signal }),
    // A status page is watched: it keeps itself current.
    // Every 2 s: the budget's "available now" moves by the second.
    refetchInterval: 2_000,
    staleTime: 0,
  });
}

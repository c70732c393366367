import type { UserListQuery, UserUpdateBody } from '@switchboard/contracts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api-client';

export const userKeys = {
  all: ['users'] as const,
  /** The shell patches every `['users', 'list', …]` entry when an availability changes (live-cache-sync). */
  list: (query: UserListQuery) => [...userKeys.all, 'list', query] as const,
  detail: (userId: number) => [...userKeys.all, 'detail', userId] as const,
};

export function usersPageQuery(query: UserListQuery) {
  return queryOptions({
    queryKey: userKeys.list(query),
    queryFn: ({ signal }) => api('users.list', { query, signal }),
  });
}

export function userQuery(userId: number) {
  return queryOptions({
    queryKey: userKeys.detail(userId),
    queryFn: async ({ signal }) => (await api('users.get', { params: { userId }, signal })).user,
  });
}

export function useUpdateUser(userId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: UserUpdateBody) => (await api('users.update', { params: { userId }, body })).user,
    onSuccess: (user) => {
      queryClient.setQueryData(userKeys.detail(userId), user);
      return queryClient.invalidateQueries({ queryKey: [...userKeys.all, 'list'] });
    },
  });
}

/** Click-to-call rings the user's desktop phone and dials; "dial" only fills its keypad. */
export function usePhoneActions(userId: number) {
  const startCall = useMutation({
    mutationFn: (body: { numberId: number; to: string }) => api('users.startCall', { params: { userId }, body }),
  });
  const dial = useMutation({
    mutationFn: (to: string) => api('users.dial', { params: { userId }, body: { to } }),
  });
  return { startCall, dial };
}

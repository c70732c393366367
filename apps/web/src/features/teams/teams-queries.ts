import type { TeamDetail } from '@switchboard/contracts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api-client';

export const teamKeys = {
  all: ['teams'] as const,
  /** The list itself is the directory's `teamsQuery()` (lib/directory-queries), which pickers and filters share. */
  list: () => [...teamKeys.all, 'list'] as const,
  detail: (teamId: number) => [...teamKeys.all, 'detail', teamId] as const,
};

export function teamQuery(teamId: number) {
  return queryOptions({
    queryKey: teamKeys.detail(teamId),
    queryFn: async ({ signal }) => (await api('teams.get', { params: { teamId }, signal })).team,
  });
}

/** Candidates for "add member": users matching what the supervisor typed. */
export function userSearchQuery(text: string) {
  return queryOptions({
    queryKey: ['users', 'list', { q: text, perPage: 10 }] as const,
    queryFn: ({ signal }) => api('users.list', { query: { q: text, perPage: 10 }, signal }),
    enabled: text.trim() !== '',
    staleTime: 10_000,
  });
}

export function useCreateTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (name: string) => (await api('teams.create', { body: { name } })).team,
    onSuccess: (team) => {
      queryClient.setQueryData(teamKeys.detail(team.id), team);
      return queryClient.invalidateQueries({ queryKey: teamKeys.list() });
    },
  });
}

export function useDeleteTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (teamId: number) => api('teams.delete', { params: { teamId } }),
    onSuccess: (_, teamId) => {
      queryClient.removeQueries({ queryKey: teamKeys.detail(teamId) });
      // Users carry their team ids.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: teamKeys.list() }),
        queryClient.invalidateQueries({ queryKey: ['users'] }),
      ]);
    },
  });
}

/** Adding or removing a member answers with the whole team, which replaces the cached one. */
export function useMembership(teamId: number) {
  const queryClient = useQueryClient();
  const settle = (team: TeamDetail) => {
    queryClient.setQueryData(teamKeys.detail(teamId), team);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: teamKeys.list() }),
      queryClient.invalidateQueries({ queryKey: ['users'] }),
    ]);
  };
  const add = useMutation({
    mutationFn: async (userId: number) => (await api('teams.addMember', { params: { teamId, userId } })).team,
    onSuccess: settle,
  });
  const remove = useMutation({
    mutationFn: async (userId: number) => (await api('teams.removeMember', { params: { teamId, userId } })).team,
    onSuccess: settle,
  });
  return { add, remove };
}

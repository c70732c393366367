import type { Job } from '@switchboard/contracts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../../lib/api-client';
import { useServerEvent } from '../../lib/server-events';

export const campaignKeys = {
  all: ['dialerCampaigns'] as const,
  list: () => [...campaignKeys.all, 'list'] as const,
  ofUser: (userId: number) => [...campaignKeys.all, 'user', userId] as const,
  numbers: (userId: number) => [...campaignKeys.ofUser(userId), 'numbers'] as const,
};

export function campaignsQuery() {
  return queryOptions({
    queryKey: campaignKeys.list(),
    queryFn: ({ signal }) => api('dialerCampaigns.list', { signal }),
  });
}

/** The user's campaign, or null when they have none (the BFF answers 404). */
export function campaignQuery(userId: number) {
  return queryOptions({
    queryKey: campaignKeys.ofUser(userId),
    queryFn: async ({ signal }) => {
      try {
        return (await api('dialerCampaigns.get', { params: { userId }, signal })).campaign;
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
}

export function campaignNumbersQuery(userId: number) {
  return queryOptions({
    queryKey: campaignKeys.numbers(userId),
    queryFn: async ({ signal }) =>
      (await api('dialerCampaigns.phoneNumbers.list', { params: { userId }, signal })).phoneNumbers,
  });
}

function useInvalidateCampaigns() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: campaignKeys.all });
}

export function useCreateCampaign() {
  const invalidate = useInvalidateCampaigns();
  return useMutation({
    mutationFn: ({ userId, phoneNumbers }: { userId: number; phoneNumbers: string[] }) =>
      api('dialerCampaigns.create', { params: { userId }, body: { phoneNumbers } }),
    onSuccess: invalidate,
  });
}

export function useCampaignActions(userId: number) {
  const invalidate = useInvalidateCampaigns();
  const addNumbers = useMutation({
    mutationFn: (phoneNumbers: string[]) =>
      api('dialerCampaigns.phoneNumbers.add', { params: { userId }, body: { phoneNumbers } }),
    onSuccess: invalidate,
  });
  const removeNumber = useMutation({
    mutationFn: (phoneNumberId: number) =>
      api('dialerCampaigns.phoneNumbers.delete', { params: { userId, phoneNumberId } }),
    onSuccess: invalidate,
  });
  const remove = useMutation({
    mutationFn: () => api('dialerCampaigns.delete', { params: { userId } }),
    onSuccess: invalidate,
  });
  return { addNumbers, removeNumber, remove };
}

export function useTeamImport() {
  return useMutation({
    mutationFn: async (body: { teamId: number; phoneNumbers: string[] }) =>
      (await api('dialerCampaigns.teamImport', { body })).job,
  });
}

const jobKey = (jobId: string) => ['jobs', jobId] as const;
export const isFinished = (job: Job) => job.state === 'succeeded' || job.state === 'failed';

/** A running job's progress, read every 2 s while it runs; `job.progress` events update it in between. */
export function jobQuery(jobId: string, initial: Job) {
  return queryOptions({
    queryKey: jobKey(jobId),
    queryFn: async ({ signal }) => (await api('jobs.get', { params: { jobId }, signal })).job,
    initialData: initial,
    initialDataUpdatedAt: 0,
    refetchInterval: (query) => (query.state.data && isFinished(query.state.data) ? false : 2_000),
  });
}

export function useJobProgressEvents(jobId: string): void {
  const queryClient = useQueryClient();
  useServerEvent('job.progress', ({ job }) => {
    if (job.id !== jobId) return;
    queryClient.setQueryData(jobKey(jobId), job);
  });
}

import type { CallDetail, Job } from '@switchboard/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api, describeError } from '../../lib/api-client';
import { useClock } from '../../lib/clock';
import { notify } from '../../lib/notify';
import { useServerEvent } from '../../lib/server-events';
import { applyCallEvent, callKeys, patchCallInLists, storeCallDetail } from './calls-query';

/** Mutations on one call answer with the call's new state, which every cached view takes at once. */
function useCallMutation<Input>(mutate: (input: Input) => Promise<{ call: CallDetail }>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: mutate,
    onSuccess: ({ call }) => storeCallDetail(queryClient, call),
  });
}

export function useAddComment(callId: number) {
  return useCallMutation((content: string) => api('calls.comment', { params: { callId }, body: { content } }));
}

export function useTagCall(callId: number) {
  return useCallMutation((tagIds: number[]) => api('calls.tag', { params: { callId }, body: { tagIds } }));
}

export function useUntagCall(callId: number) {
  return useCallMutation((tagId: number) => api('calls.untag', { params: { callId, tagId } }));
}

/**
 * Archive or unarchive with undo: every view shows the change at once, the request leaves only once the undo
 * toast has gone (react-admin's undoable), and a refusal puts things back with Aircall's reason.
 */
export function useSetArchived() {
  const queryClient = useQueryClient();
  const clock = useClock();
  return useCallback(
    (callId: number, archived: boolean) => {
      const show = (value: boolean) => {
        patchCallInLists(queryClient, { id: callId, archived: value });
        queryClient.setQueryData<CallDetail>(callKeys.detail(callId), (call) =>
          call ? { ...call, archived: value } : call,
        );
      };
      show(archived);
      notify.undoable({
        message: archived ? 'Call archived' : 'Call moved back to the to-do list',
        clock,
        onUndo: () => show(!archived),
        commit: () =>
          void api(archived ? 'calls.archive' : 'calls.unarchive', { params: { callId } }).then(
            ({ call }) => storeCallDetail(queryClient, call),
            (error: unknown) => {
              show(!archived);
              notify.error(`Could not ${archived ? 'archive' : 'unarchive'} the call: ${describeError(error)}`);
            },
          ),
      });
    },
    [queryClient, clock],
  );
}

export function useRecordingControl(callId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (pause: boolean) => {
      await api(pause ? 'calls.pauseRecording' : 'calls.resumeRecording', { params: { callId } });
      return pause;
    },
    onSuccess: (paused) =>
      queryClient.setQueryData<CallDetail>(callKeys.detail(callId), (call) =>
        call ? { ...call, recordingPaused: paused } : call,
      ),
  });
}

/** A bulk job's progress: polled while it runs, and patched by `job.progress` events in between. */
export function jobQuery(jobId: string) {
  return queryOptions({
    queryKey: ['jobs', jobId],
    queryFn: async ({ signal }) => (await api('jobs.get', { params: { jobId }, signal })).job,
    refetchInterval: (query) => (isFinished(query.state.data) ? false : 2_000),
  });
}

export function isFinished(job: Job | undefined): boolean {
  return job?.state === 'succeeded' || job?.state === 'failed';
}

export function useJob(jobId: string | null) {
  const queryClient = useQueryClient();
  useServerEvent('job.progress', ({ job }) => queryClient.setQueryData(['jobs', job.id], job));
  return useQuery({ ...jobQuery(jobId ?? ''), enabled: jobId !== null });
}

export function useBulkTag() {
  return useMutation({
    mutationFn: ({ callIds, tagIds }: { callIds: number[]; tagIds: number[] }) =>
      api('calls.bulkTag', { body: { callIds, tagIds } }),
  });
}

export function useBulkArchive() {
  return useMutation({
    mutationFn: ({ callIds, archived }: { callIds: number[]; archived: boolean }) =>
      api('calls.bulkArchive', { body: { callIds, archived } }),
  });
}

/** Keeps the call lists and pages of this screen up to date with `call.upserted` events. */
export function useLiveCalls(): void {
  const queryClient = useQueryClient();
  useServerEvent('call.upserted', ({ call }) => applyCallEvent(queryClient, call));
}

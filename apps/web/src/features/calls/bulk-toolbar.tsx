import type { Job, Tag } from '@switchboard/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { Archive, Tag as TagIcon, X } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Button } from '../../components/ui/button';
import { PopoverContent, PopoverRoot, PopoverTrigger } from '../../components/ui/popover';
import { describeError } from '../../lib/api-client';
import { useClock } from '../../lib/clock';
import { notify } from '../../lib/notify';
import { isFinished, useBulkArchive, useBulkTag, useJob } from './call-mutations';
import { callKeys, patchCallInLists } from './calls-query';
import { TagPicker } from './tag-picker';

const jobVerbs: Record<Job['kind'], string> = {
  'calls.bulkTag': 'Tagging',
  'calls.bulkArchive': 'Archiving',
  'dialerCampaigns.teamImport': 'Importing',
};

function JobProgress({ job }: { job: Job }) {
  const finished = isFinished(job);
  const label = finished
    ? `${job.kind === 'calls.bulkTag' ? 'Tagged' : 'Archived'} ${job.done - job.failed} of ${job.total} calls`
    : `${jobVerbs[job.kind]} ${job.done} of ${job.total} calls`;
  return (
    <div className="flex min-w-48 flex-1 items-center gap-3" role="status">
      <progress
        className="h-2 w-32 overflow-hidden rounded-full accent-primary"
        max={job.total}
        value={job.done}
        aria-label={label}
      />
      <span className="text-sm">
        {label}
        {job.failed > 0 && <span className="text-danger"> · {job.failed} failed</span>}
      </span>
    </div>
  );
}

/**
 * What the agent can do with the selected calls: tag them or archive them, as a job on the BFF that runs within
 * Aircall's budget; its progress shows here until it ends.
 */
export function BulkToolbar({
  selectedIds,
  tags,
  onDone,
}: {
  selectedIds: number[];
  tags: readonly Tag[] | undefined;
  /** The selection has been handed to a job. */
  onDone: () => void;
}) {
  const queryClient = useQueryClient();
  const clock = useClock();
  const [jobId, setJobId] = useState<string | null>(null);
  const [tagOpen, setTagOpen] = useState(false);
  const job = useJob(jobId).data;
  const bulkTag = useBulkTag();
  const bulkArchive = useBulkArchive();

  const finished = job !== undefined && isFinished(job);
  useEffect(() => {
    if (!finished) return;
    void queryClient.invalidateQueries({ queryKey: callKeys.all });
    if (job.failed > 0)
      notify.error(`${job.failed} of ${job.total} calls could not be changed: ${job.failures[0]?.message ?? ''}`);
    else notify.success(`Done: ${job.total} calls`);
  }, [finished, job, queryClient]);

  const start = (promise: Promise<{ job: Job }>) =>
    promise.then(
      ({ job: started }) => {
        queryClient.setQueryData(['jobs', started.id], started);
        setJobId(started.id);
      },
      (error: unknown) => notify.error(describeError(error)),
    );

  const tagSelected = (tagIds: number[]) => {
    setTagOpen(false);
    onDone();
    void start(bulkTag.mutateAsync({ callIds: selectedIds, tagIds }));
  };

  const archiveSelected = () => {
    const callIds = selectedIds;
    const show = (archived: boolean) => {
      for (const id of callIds) patchCallInLists(queryClient, { id, archived });
    };
    show(true);
    onDone();
    notify.undoable({
      message: `${callIds.length} calls archived`,
      clock,
      onUndo: () => show(false),
      commit: () => void start(bulkArchive.mutateAsync({ callIds, archived: true })),
    });
  };

  if (selectedIds.length === 0 && !job) return null;
  return (
    <div
      role="toolbar"
      aria-label="Bulk actions"
      className="flex flex-wrap items-center gap-2 border-y border-border bg-selected px-4 py-2"
    >
      {selectedIds.length > 0 && (
        <>
          <span className="text-sm font-medium">{selectedIds.length} selected</span>
          <PopoverRoot open={tagOpen} onOpenChange={setTagOpen}>
            <PopoverTrigger asChild>
              <Button size="sm">
                <TagIcon aria-hidden /> Tag
              </Button>
            </PopoverTrigger>
            <PopoverContent label="Tag selected calls">
              {tags ? (
                <TagPicker tags={tags} applyLabel="Tag selected calls" onApply={tagSelected} />
              ) : (
                <p>Loading tags…</p>
              )}
            </PopoverContent>
          </PopoverRoot>
          <Button size="sm" onClick={archiveSelected}>
            <Archive aria-hidden /> Archive
          </Button>
          <Button size="sm" variant="ghost" onClick={onDone}>
            <X aria-hidden /> Clear selection
          </Button>
        </>
      )}
      {job && (
        <div className="ml-auto flex items-center gap-2">
          <JobProgress job={job} />
          {finished && (
            <Button size="icon" variant="ghost" aria-label="Dismiss progress" onClick={() => setJobId(null)}>
              <X />
            </Button>
          )}
        </div>
      )}
    </div>
  );
}

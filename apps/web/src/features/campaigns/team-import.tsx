import type { Job, Team } from '@switchboard/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ProgressBar } from '../../components/progress-bar';
import { Button } from '../../components/ui/button';
import { Field, FormError } from '../../components/ui/field';
import { Select } from '../../components/ui/input';
import { describeError, useContracts } from '../../lib/api-client';
import { campaignKeys, isFinished, jobQuery, useJobProgressEvents, useTeamImport } from './campaigns-queries';
import type { PhoneList } from './phone-list';
import { PhoneListField } from './phone-list-field';

function JobProgress({ initial }: { initial: Job }) {
  const queryClient = useQueryClient();
  useJobProgressEvents(initial.id);
  const job = useQuery(jobQuery(initial.id, initial)).data;
  const finished = isFinished(job);
  useEffect(() => {
    if (finished) void queryClient.invalidateQueries({ queryKey: campaignKeys.all });
  }, [finished, queryClient]);

  const state = {
    queued: 'Waiting to start…',
    running: `Importing… ${job.done} of ${job.total} agents`,
    succeeded:
      job.failed > 0 ? `Done, ${job.failed} of ${job.total} agents failed` : `Done: ${job.total} agents updated`,
    failed: 'The import failed',
  }[job.state];
  return (
    <div className="flex flex-col gap-2" aria-live="polite">
      <p className="text-sm font-medium">{state}</p>
      <ProgressBar label="Team import progress" value={job.done} max={job.total} />
      {job.failures.length > 0 && (
        <ul aria-label="Import failures" className="text-xs text-danger">
          {job.failures.map((failure) => (
            <li key={failure.itemId}>
              User {failure.itemId}: {failure.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** One list split evenly across a team's members: a campaign each, created or extended, as a background job. */
export function TeamImport({ teams }: { teams: readonly Team[] }) {
  const max = useContracts().limits.phoneNumbersPerRequest;
  const [teamId, setTeamId] = useState<number | undefined>();
  const [list, setList] = useState<PhoneList | null>(null);
  const [listKey, setListKey] = useState(0);
  const start = useTeamImport();
  const team = teams.find((candidate) => candidate.id === teamId);
  const count = list?.numbers.length ?? 0;
  const share = team && team.memberCount > 0 ? Math.ceil(count / team.memberCount) : 0;

  return (
    <form
      noValidate
      aria-label="Team import"
      className="flex flex-col gap-4 p-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (teamId === undefined || count === 0 || count > max) return;
        start.mutate(
          { teamId, phoneNumbers: list?.numbers ?? [] },
          {
            onSuccess: () => {
              setList(null);
              setListKey((key) => key + 1);
            },
          },
        );
      }}
    >
      <Field
        label="Team"
        hint={team && count > 0 ? `About ${share} numbers for each of its ${team.memberCount} members.` : undefined}
      >
        {(control) => (
          <Select
            {...control}
            value={teamId ?? ''}
            onChange={(event) => setTeamId(event.target.value ? Number(event.target.value) : undefined)}
          >
            <option value="">Choose a team</option>
            {teams.map((candidate) => (
              <option key={candidate.id} value={candidate.id} disabled={candidate.memberCount === 0}>
                {candidate.name} ({candidate.memberCount} members)
              </option>
            ))}
          </Select>
        )}
      </Field>
      <PhoneListField key={listKey} max={max} onChange={setList} />
      <FormError>{start.error ? describeError(start.error) : null}</FormError>
      <div>
        <Button type="submit" variant="primary" disabled={teamId === undefined || count === 0 || start.isPending}>
          Split across the team
        </Button>
      </div>
      {start.data && <JobProgress key={start.data.id} initial={start.data} />}
    </form>
  );
}

import type { CallDetail } from '@switchboard/contracts';
import { Archive, ArchiveRestore, Pause, Play } from 'lucide-react';
import { Button } from '../../../components/ui/button';
import { describeError } from '../../../lib/api-client';
import { notify } from '../../../lib/notify';
import { useRecordingControl, useSetArchived } from '../call-mutations';

/** Archive (done) or unarchive, with an undo toast before anything is sent. */
export function ArchiveButton({ call }: { call: CallDetail }) {
  const setArchived = useSetArchived();
  return (
    <Button onClick={() => setArchived(call.id, !call.archived)}>
      {call.archived ? <ArchiveRestore aria-hidden /> : <Archive aria-hidden />}
      {call.archived ? 'Unarchive' : 'Archive'}
    </Button>
  );
}

/** Pause or resume the live recording (Aircall answers 405 when the line does not record). */
export function RecordingButton({ call }: { call: CallDetail }) {
  const control = useRecordingControl(call.id);
  const pause = !call.recordingPaused;
  return (
    <Button
      disabled={control.isPending}
      onClick={() =>
        control.mutate(pause, {
          onSuccess: () => notify.success(pause ? 'Recording paused' : 'Recording resumed'),
          onError: (error) => notify.error(`Recording: ${describeError(error)}`),
        })
      }
    >
      {pause ? <Pause aria-hidden /> : <Play aria-hidden />}
      {pause ? 'Pause recording' : 'Resume recording'}
    </Button>
  );
}

import type { Team, TeamDetail } from '@switchboard/contracts';
import { Plus } from 'lucide-react';
import { lazy, Suspense, useState } from 'react';
import { FormDialog } from '../../components/form-dialog';
import { Button } from '../../components/ui/button';

// The form library loads when the dialog first opens, not with the teams list.
const CreateTeamForm = lazy(() => import('./create-team-form'));

export function CreateTeamDialog({
  teams,
  onCreated,
}: {
  teams: readonly Team[];
  onCreated: (team: TeamDetail) => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <FormDialog
      open={open}
      onOpenChange={setOpen}
      title="Create a team"
      description="A team groups agents so numbers can ring them together."
      trigger={
        <Button variant="primary">
          <Plus aria-hidden />
          New team
        </Button>
      }
    >
      <Suspense>
        <CreateTeamForm
          teams={teams}
          onCreated={(team) => {
            setOpen(false);
            onCreated(team);
          }}
        />
      </Suspense>
    </FormDialog>
  );
}

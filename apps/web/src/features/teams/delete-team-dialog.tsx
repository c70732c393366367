import type { Team } from '@switchboard/contracts';
import { Trash2 } from 'lucide-react';
import { ConfirmDialog } from '../../components/form-dialog';
import { Button } from '../../components/ui/button';
import { notify } from '../../lib/notify';
import { useDeleteTeam } from './teams-queries';

/** Deleting a team cannot be undone upstream, so the dialog says exactly what changes and what stays. */
export function DeleteTeamDialog({
  team,
  onDeleted,
  labelled = false,
}: {
  team: Team;
  onDeleted?: () => void;
  /** A labelled button (on the team's page) rather than an icon in a table row. */
  labelled?: boolean;
}) {
  const remove = useDeleteTeam();
  const members = team.memberCount === 1 ? '1 member keeps' : `${team.memberCount} members keep`;
  return (
    <ConfirmDialog
      title={`Delete the team “${team.name}”?`}
      confirmLabel="Delete team"
      trigger={
        labelled ? (
          <Button>
            <Trash2 aria-hidden />
            Delete team
          </Button>
        ) : (
          <Button size="sm" variant="ghost" aria-label={`Delete team ${team.name}`}>
            <Trash2 aria-hidden />
          </Button>
        )
      }
      onConfirm={async () => {
        await remove.mutateAsync(team.id);
        notify.success(`Team “${team.name}” deleted.`);
        onDeleted?.();
      }}
    >
      <p>
        The team leaves the call distribution of every number that rings it: those numbers stop ringing its members as a
        group.
      </p>
      <p>Its {members} their Aircall account, and past calls keep their history. This cannot be undone.</p>
    </ConfirmDialog>
  );
}

import type { Team, TeamDetail } from '@switchboard/contracts';
import { Plus } from 'lucide-react';
import { useState } from 'react';
import { DialogActions, FormDialog } from '../../components/form-dialog';
import { Button } from '../../components/ui/button';
import { Field, FormError } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import { ApiError, describeError, useContracts } from '../../lib/api-client';
import { useCreateTeam } from './teams-queries';

/** Aircall's rules for a team name, checked before sending: not blank, short enough, not taken. */
function nameProblem(name: string, maxLength: number, teams: readonly Team[]): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return 'Give the team a name.';
  if (trimmed.length > maxLength) return `Team names are at most ${maxLength} characters (Aircall’s limit).`;
  const taken = teams.some((team) => team.name.toLocaleLowerCase() === trimmed.toLocaleLowerCase());
  return taken ? `A team named “${trimmed}” already exists; names are unique.` : undefined;
}

export function CreateTeamDialog({
  teams,
  onCreated,
}: {
  teams: readonly Team[];
  onCreated: (team: TeamDetail) => void;
}) {
  const maxLength = useContracts().limits.teamNameLength;
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const create = useCreateTeam();

  const problem = submitted ? nameProblem(name, maxLength, teams) : undefined;
  const serverError = create.error;
  const fieldError =
    problem ??
    (serverError instanceof ApiError
      ? (serverError.fieldErrors.name ?? (serverError.status === 409 ? serverError.message : undefined))
      : undefined);
  const formError = serverError && !fieldError ? describeError(serverError) : null;

  const onOpenChange = (next: boolean) => {
    setOpen(next);
    setName('');
    setSubmitted(false);
    create.reset();
  };

  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title="Create a team"
      description="A team groups agents so numbers can ring them together."
      trigger={
        <Button variant="primary">
          <Plus aria-hidden />
          New team
        </Button>
      }
    >
      <form
        noValidate
        className="flex flex-col gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          setSubmitted(true);
          if (nameProblem(name, maxLength, teams)) return;
          create.mutate(name.trim(), {
            onSuccess: (team) => {
              setOpen(false);
              onCreated(team);
            },
          });
        }}
      >
        <Field
          label="Team name"
          error={fieldError}
          hint={`Unique, at most ${maxLength} characters (${name.trim().length}/${maxLength}).`}
        >
          {(control) => (
            <Input {...control} value={name} onChange={(event) => setName(event.target.value)} autoComplete="off" />
          )}
        </Field>
        <FormError>{formError}</FormError>
        <DialogActions submitLabel="Create team" pending={create.isPending} />
      </form>
    </FormDialog>
  );
}

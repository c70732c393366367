import type { Team, TeamDetail } from '@switchboard/contracts';
import { useMemo } from 'react';
import { DialogActions } from '../../components/form-dialog';
import { Field, FormError } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import { ApiError, describeError, useContracts } from '../../lib/api-client';
import { ruleSentence, showFieldErrors, useSchemaForm } from '../../lib/schema-form';
import { useCreateTeam } from './teams-queries';

/** The contracts' rules for a team (not blank, short enough), and Aircall's: a name no other team has. */
function useTeamForm(teams: readonly Team[]) {
  const { teamCreateBodySchema } = useContracts();
  const schema = useMemo(
    () =>
      teamCreateBodySchema.refine(
        ({ name }) => !teams.some((team) => team.name.toLocaleLowerCase() === name.toLocaleLowerCase()),
        { path: ['name'], message: 'a team of that name already exists; names are unique' },
      ),
    [teamCreateBodySchema, teams],
  );
  return useSchemaForm(schema, { name: '' });
}

/** The new team's name, checked before sending; the BFF's refusals sit beside it too. */
export default function CreateTeamForm({
  teams,
  onCreated,
}: {
  teams: readonly Team[];
  onCreated: (team: TeamDetail) => void;
}) {
  const maxLength = useContracts().limits.teamNameLength;
  const form = useTeamForm(teams);
  const create = useCreateTeam();
  const nameError = form.formState.errors.name?.message;
  // A 409 (taken meanwhile) is about the name too; anything else is the form's.
  const formError =
    create.error && !(create.error instanceof ApiError && (create.error.status === 409 || nameError))
      ? describeError(create.error)
      : null;
  const submit = form.handleSubmit(({ name }) =>
    create.mutate(name, {
      onSuccess: onCreated,
      onError: (error) => {
        if (showFieldErrors(form, error)) return;
        if (error instanceof ApiError && error.status === 409) form.setError('name', { message: error.message });
      },
    }),
  );
  return (
    <form noValidate className="flex flex-col gap-4" onSubmit={(event) => void submit(event)}>
      <Field
        label="Team name"
        error={nameError && ruleSentence(nameError)}
        hint={`Unique, at most ${maxLength} characters (${form.watch('name').trim().length}/${maxLength}).`}
      >
        {(control) => <Input {...control} {...form.register('name')} autoComplete="off" />}
      </Field>
      <FormError>{formError}</FormError>
      <DialogActions submitLabel="Create team" pending={create.isPending} />
    </form>
  );
}

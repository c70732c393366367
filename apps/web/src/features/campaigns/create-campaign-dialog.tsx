import type { DialerCampaign, User } from '@switchboard/contracts';
import { Plus } from 'lucide-react';
import { useState } from 'react';
import { DialogActions, FormDialog } from '../../components/form-dialog';
import { Button } from '../../components/ui/button';
import { Field, FormError } from '../../components/ui/field';
import { Select } from '../../components/ui/input';
import { ApiError, describeError, useContracts } from '../../lib/api-client';
import { plural } from '../../lib/format';
import { notify } from '../../lib/notify';
import { useCreateCampaign } from './campaigns-queries';
import type { PhoneList } from './phone-list';
import { PhoneListField } from './phone-list-field';

/** One campaign per agent (Aircall's rule): agents who already have one are not offered. */
export function CreateCampaignDialog({
  users,
  campaigns,
  onCreated,
}: {
  users: readonly User[];
  campaigns: readonly DialerCampaign[];
  onCreated: (userId: number) => void;
}) {
  const max = useContracts().limits.phoneNumbersPerRequest;
  const [open, setOpen] = useState(false);
  const [userId, setUserId] = useState<number | undefined>();
  const [list, setList] = useState<PhoneList | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const create = useCreateCampaign();
  const busy = new Set(campaigns.map((campaign) => campaign.user.id));
  const candidates = users.filter((user) => !busy.has(user.id));

  const agentError = submitted && userId === undefined ? 'Pick the agent who will call these numbers.' : undefined;
  const listError = submitted && (list?.numbers.length ?? 0) === 0 ? 'Add at least one valid phone number.' : undefined;
  const serverError = create.error
    ? (create.error instanceof ApiError && create.error.fieldErrors.phoneNumbers) || describeError(create.error)
    : null;

  return (
    <FormDialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setUserId(undefined);
        setList(null);
        setSubmitted(false);
        create.reset();
      }}
      title="Create a dialer campaign"
      description="The agent’s power dialer calls these numbers one after the other."
      trigger={
        <Button variant="primary">
          <Plus aria-hidden />
          New campaign
        </Button>
      }
    >
      <form
        noValidate
        className="flex flex-col gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          setSubmitted(true);
          if (userId === undefined || !list || list.numbers.length === 0 || list.numbers.length > max) return;
          create.mutate(
            { userId, phoneNumbers: list.numbers },
            {
              onSuccess: () => {
                notify.success(`Campaign created with ${plural(list.numbers.length, 'number')}.`);
                setOpen(false);
                onCreated(userId);
              },
            },
          );
        }}
      >
        <Field
          label="Agent"
          error={agentError}
          hint="Agents who already have a campaign are not listed: add numbers to it instead."
        >
          {(control) => (
            <Select
              {...control}
              value={userId ?? ''}
              onChange={(event) => setUserId(event.target.value ? Number(event.target.value) : undefined)}
            >
              <option value="">Choose an agent</option>
              {candidates.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <PhoneListField max={max} onChange={setList} />
        <FormError>{listError ?? serverError}</FormError>
        <DialogActions submitLabel="Create campaign" pending={create.isPending} />
      </form>
    </FormDialog>
  );
}

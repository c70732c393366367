import type { AvailabilityStatus, UserDetail } from '@switchboard/contracts';
import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { Field, FormError } from '../../components/ui/field';
import { Input, Select } from '../../components/ui/input';
import { ApiError, describeError, useContracts } from '../../lib/api-client';
import { notify } from '../../lib/notify';
import { statusLabels } from './status';
import { useUpdateUser } from './users-queries';

/** Availability status and wrap-up time: the two things Aircall lets us change on a user. */
export function UserSettingsForm({ user }: { user: UserDetail }) {
  const maxWrapUp = useContracts().limits.wrapUpTimeSeconds;
  const [status, setStatus] = useState<AvailabilityStatus>(user.availabilityStatus);
  const [wrapUp, setWrapUp] = useState(String(user.wrapUpTime));
  const update = useUpdateUser(user.id);

  const seconds = Number(wrapUp);
  const wrapUpProblem =
    wrapUp.trim() === '' || !Number.isInteger(seconds) || seconds < 0 || seconds > maxWrapUp
      ? `Whole seconds from 0 to ${maxWrapUp}.`
      : undefined;
  const serverErrors = update.error instanceof ApiError ? update.error.fieldErrors : {};
  const changed = status !== user.availabilityStatus || seconds !== user.wrapUpTime;

  return (
    <form
      noValidate
      aria-label="Availability settings"
      className="flex flex-col gap-4 p-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (wrapUpProblem || !changed) return;
        update.mutate(
          {
            ...(status !== user.availabilityStatus && { availabilityStatus: status }),
            ...(seconds !== user.wrapUpTime && { wrapUpTime: seconds }),
          },
          { onSuccess: () => notify.success(`${user.name}’s settings saved.`) },
        );
      }}
    >
      <Field
        label="Availability status"
        hint="Working hours follows the schedule set in Aircall."
        error={serverErrors.availabilityStatus}
      >
        {(control) => (
          <Select {...control} value={status} onChange={(event) => setStatus(event.target.value as AvailabilityStatus)}>
            {Object.entries(statusLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field
        label="Wrap-up time (seconds)"
        hint="After each call, no new call rings this user for this long."
        error={wrapUpProblem ?? serverErrors.wrapUpTime}
      >
        {(control) => (
          <Input
            {...control}
            type="number"
            min={0}
            max={maxWrapUp}
            step={1}
            inputMode="numeric"
            value={wrapUp}
            onChange={(event) => setWrapUp(event.target.value)}
          />
        )}
      </Field>
      <FormError>
        {update.error && Object.keys(serverErrors).length === 0 ? describeError(update.error) : null}
      </FormError>
      <div>
        <Button type="submit" variant="primary" disabled={!changed || update.isPending}>
          Save settings
        </Button>
      </div>
    </form>
  );
}

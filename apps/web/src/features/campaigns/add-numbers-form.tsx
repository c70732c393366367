import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { FormError } from '../../components/ui/field';
import { describeError, useContracts } from '../../lib/api-client';
import { plural } from '../../lib/format';
import { notify } from '../../lib/notify';
import { useCampaignActions } from './campaigns-queries';
import type { PhoneList } from './phone-list';
import { PhoneListField } from './phone-list-field';

/** Appends numbers to the campaign; numbers it already holds are Aircall's to skip. */
export function AddNumbersForm({ userId }: { userId: number }) {
  const max = useContracts().limits.phoneNumbersPerRequest;
  const { addNumbers } = useCampaignActions(userId);
  const [list, setList] = useState<PhoneList | null>(null);
  const [listKey, setListKey] = useState(0);
  const count = list?.numbers.length ?? 0;
  return (
    <form
      noValidate
      aria-label="Add numbers"
      className="flex flex-col gap-4 p-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (count === 0 || count > max || !list) return;
        addNumbers.mutate(list.numbers, {
          onSuccess: () => {
            notify.success(`${plural(count, 'number')} added.`);
            setList(null);
            setListKey((key) => key + 1);
          },
        });
      }}
    >
      <PhoneListField key={listKey} max={max} onChange={setList} />
      <FormError>{addNumbers.error ? describeError(addNumbers.error) : null}</FormError>
      <div>
        <Button type="submit" variant="primary" disabled={count === 0 || addNumbers.isPending}>
          {count > 0 ? `Add ${plural(count, 'number')}` : 'Add numbers'}
        </Button>
      </div>
    </form>
  );
}

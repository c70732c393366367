import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { FormError } from '../../components/ui/field';
import { describeError, useContracts } from '../../lib/api-client';
import { plural } from '../../lib/format';
import { notify } from '../../lib/notify';
import { useCampaignActions } from './campaigns-queries';
import type { PhoneList } from './phone-list';
import { PhoneListField } from './phone-list-field';

/**
 * Appends numbers to the campaign. Numbers it already holds are left out before sending (Aircall would list them a
 * second time) and the form says how many.
 */
export function AddNumbersForm({ userId, existing }: { userId: number; existing: readonly string[] }) {
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
        const held = new Set(existing);
        const fresh = list.numbers.filter((number) => !held.has(number));
        const skipped = count - fresh.length;
        const already = skipped > 0 ? ` ${plural(skipped, 'number was', 'numbers were')} already in the campaign.` : '';
        if (fresh.length === 0) {
          notify.success(
            `Nothing to add: ${count === 1 ? 'this number is' : 'these numbers are'} already in the campaign.`,
          );
          setList(null);
          setListKey((key) => key + 1);
          return;
        }
        addNumbers.mutate(fresh, {
          onSuccess: () => {
            notify.success(`${plural(fresh.length, 'number')} added.${already}`);
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

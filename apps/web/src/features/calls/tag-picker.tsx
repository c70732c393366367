import type { Tag } from '@switchboard/contracts';
import { type FormEvent, useState } from 'react';
import { TagChip } from '../../components/tag-chip';
import { Button } from '../../components/ui/button';
import { Input } from '../../components/ui/input';

/** Pick tags from the company's list (filterable), then apply them all at once. */
export function TagPicker({
  tags,
  exclude = [],
  applyLabel,
  pending = false,
  onApply,
}: {
  tags: readonly Tag[];
  /** Tags already on the call: not offered again. */
  exclude?: readonly number[];
  applyLabel: string;
  pending?: boolean;
  onApply: (tagIds: number[]) => void;
}) {
  const [filter, setFilter] = useState('');
  const [picked, setPicked] = useState<number[]>([]);
  const offered = tags.filter(
    (tag) => !exclude.includes(tag.id) && tag.name.toLowerCase().includes(filter.trim().toLowerCase()),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (picked.length > 0) onApply(picked);
  };
  return (
    <form onSubmit={submit} className="flex flex-col gap-3">
      <Input
        aria-label="Filter tags"
        placeholder="Filter tags"
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
      />
      <fieldset className="max-h-56 overflow-y-auto">
        <legend className="sr-only">Tags</legend>
        {offered.length === 0 && <p className="py-2 text-muted-foreground">No tag matches.</p>}
        <ul className="flex flex-col gap-1">
          {offered.map((tag) => (
            <li key={tag.id}>
              <label className="flex items-center gap-2 rounded-md px-1 py-1 hover:bg-muted">
                <input
                  type="checkbox"
                  className="size-4 accent-primary"
                  checked={picked.includes(tag.id)}
                  onChange={(event) =>
                    setPicked((ids) => (event.target.checked ? [...ids, tag.id] : ids.filter((id) => id !== tag.id)))
                  }
                />
                <TagChip tag={tag} />
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <Button type="submit" variant="primary" disabled={picked.length === 0 || pending}>
        {applyLabel}
        {picked.length > 0 && ` (${picked.length})`}
      </Button>
    </form>
  );
}

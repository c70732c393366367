import { X } from 'lucide-react';
import { Button } from '../../components/ui/button';
import type { CallFilters, FilterChip } from './call-filters-model';

/** The active filters at a glance, each removable; "Clear all" when there are several. */
export function FilterChips({
  chips,
  onClear,
}: {
  chips: FilterChip[];
  onClear: (update: Partial<CallFilters>) => void;
}) {
  if (chips.length === 0) return null;
  return (
    <ul aria-label="Active filters" className="flex flex-wrap items-center gap-2 px-4 pb-3">
      {chips.map((chip) => (
        <li key={chip.key}>
          <span className="inline-flex items-center gap-1 rounded-full border border-border bg-muted py-0.5 pr-1 pl-2.5 text-xs">
            {chip.label}
            <button
              type="button"
              onClick={() => onClear(chip.clear)}
              aria-label={`Remove filter: ${chip.label}`}
              className="rounded-full p-0.5 hover:bg-background focus-visible:outline-2 focus-visible:outline-ring"
            >
              <X className="size-3.5" aria-hidden />
            </button>
          </span>
        </li>
      ))}
      {chips.length > 1 && (
        <li>
          <Button
            variant="ghost"
            size="sm"
            onClick={() => onClear(Object.assign({}, ...chips.map((chip) => chip.clear)))}
          >
            Clear all
          </Button>
        </li>
      )}
    </ul>
  );
}

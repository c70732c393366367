import type { BoardSpan } from '@switchboard/contracts';
import { boardSpans } from '@switchboard/contracts/values';
import { Field } from '../../components/ui/field';
import { Select } from '../../components/ui/input';
import { cn } from '../../lib/cn';
import { type BoardSearch, type BoardTab, boardTabs } from './board-search';

export const spanLabels: Record<BoardSpan, string> = {
  '15m': 'Last 15 minutes',
  '1h': 'Last hour',
  today: 'Today',
};

const tabLabels: Record<BoardTab, string> = { calls: 'Teams', agents: 'Agents', numbers: 'Numbers' };

type Option = { id: number; name: string };

/** Time span, team and number: each change is a new URL, so a board view can be shared and bookmarked. */
export function BoardFilters({
  search,
  teams,
  numbers,
  onChange,
}: {
  search: BoardSearch;
  teams: readonly Option[];
  numbers: readonly Option[];
  onChange: (next: Partial<BoardSearch>) => void;
}) {
  return (
    <div className="flex flex-wrap items-end gap-3">
      <fieldset className="flex flex-col gap-1.5">
        <legend className="mb-1.5 text-sm font-medium">Time span</legend>
        <div className="inline-flex rounded-md border border-border p-0.5">
          {boardSpans.map((span) => (
            <label
              key={span}
              className={cn(
                'cursor-pointer rounded px-3 py-1 text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring',
                search.span === span
                  ? 'bg-primary text-primary-foreground'
                  : 'text-muted-foreground hover:text-foreground',
              )}
            >
              <input
                type="radio"
                name="board-span"
                className="sr-only"
                value={span}
                checked={search.span === span}
                onChange={() => onChange({ span })}
              />
              {spanLabels[span]}
            </label>
          ))}
        </div>
      </fieldset>
      <ScopeSelect
        label="Team"
        every="All teams"
        value={search.teamId}
        options={teams}
        onChange={(teamId) => onChange({ teamId })}
      />
      <ScopeSelect
        label="Number"
        every="All numbers"
        value={search.numberId}
        options={numbers}
        onChange={(numberId) => onChange({ numberId })}
      />
    </div>
  );
}

/** One team or number, or all of them (no id). */
function ScopeSelect({
  label,
  every,
  value,
  options,
  onChange,
}: {
  label: string;
  every: string;
  value: number | undefined;
  options: readonly Option[];
  onChange: (id: number | undefined) => void;
}) {
  return (
    <Field label={label}>
      {(control) => (
        <Select
          {...control}
          value={value ?? ''}
          onChange={(event) => onChange(event.target.value === '' ? undefined : Number(event.target.value))}
        >
          <option value="">{every}</option>
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}

/** The board's sections as tabs; the section shown is part of the URL. */
export function BoardTabs({ tab, onChange }: { tab: BoardTab; onChange: (tab: BoardTab) => void }) {
  return (
    <div role="tablist" aria-label="Board sections" className="flex gap-1 border-b border-border">
      {boardTabs.map((each) => (
        <button
          key={each}
          type="button"
          role="tab"
          id={`board-tab-${each}`}
          aria-selected={tab === each}
          aria-controls="board-panel"
          onClick={() => onChange(each)}
          className="-mb-px border-b-2 border-transparent px-3 py-2 text-sm text-muted-foreground hover:text-foreground aria-selected:border-primary aria-selected:font-medium aria-selected:text-foreground"
        >
          {tabLabels[each]}
        </button>
      ))}
    </div>
  );
}

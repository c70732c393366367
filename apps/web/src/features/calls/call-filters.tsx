import type { CallListQuery } from '@switchboard/contracts';
import { Search } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { TagChip } from '../../components/tag-chip';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { Input, Select } from '../../components/ui/input';
import { useContracts } from '../../lib/api-client';
import { type CallFilters, callTypeLabels, type FilterDirectory, isMyCalls } from './call-filters-model';
import { missedReasonLabel } from './call-status';
import { DateRangeFilter } from './date-range-filter';
import { DurationFilter } from './duration-filter';

/** A select of optional values: the empty option means "no filter". */
function OptionalSelect<T extends string | number>({
  label,
  value,
  options,
  onChange,
  anyLabel = 'Any',
}: {
  label: string;
  value: T | undefined;
  options: readonly { value: T; label: string }[] | undefined;
  onChange: (value: T | undefined) => void;
  anyLabel?: string;
}) {
  return (
    <Field label={label}>
      {(control) => (
        <Select
          {...control}
          value={value === undefined ? '' : String(value)}
          disabled={!options}
          onChange={(event) => {
            const picked = options?.find((option) => String(option.value) === event.target.value);
            onChange(picked?.value);
          }}
        >
          <option value="">{options ? anyLabel : 'Loading…'}</option>
          {options?.map((option) => (
            <option key={option.value} value={String(option.value)}>
              {option.label}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}

/** Free text applied on Enter or when leaving the field, so typing does not reload the list at every key. */
function TextFilter({
  label,
  value,
  placeholder,
  check,
  onChange,
}: {
  label: string;
  value: string | undefined;
  placeholder: string;
  /** The rule the BFF applies, as a message, or null when the text passes. */
  check: (text: string) => string | null;
  onChange: (value: string | undefined) => void;
}) {
  const [draft, setDraft] = useState(value ?? '');
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value ?? '');
  }
  const apply = (event?: FormEvent) => {
    event?.preventDefault();
    const text = draft.trim();
    const problem = text === '' ? null : check(text);
    setError(problem);
    if (!problem && text !== (value ?? '')) onChange(text === '' ? undefined : text);
  };
  return (
    <form onSubmit={apply}>
      <Field label={label} error={error ?? undefined}>
        {(control) => (
          <div className="flex gap-1.5">
            <Input
              {...control}
              type="search"
              value={draft}
              placeholder={placeholder}
              onChange={(event) => setDraft(event.target.value)}
              onBlur={(event) => {
                // Leaving the field for its own button is the button's click, not a second search.
                if (event.relatedTarget !== event.currentTarget.nextElementSibling) apply();
              }}
            />
            <Button type="submit" size="icon" aria-label={`Search: ${label}`} title="Search">
              <Search aria-hidden />
            </Button>
          </div>
        )}
      </Field>
    </form>
  );
}

const archivedOptions = [
  { value: 'false', label: 'Not archived' },
  { value: 'true', label: 'Archived only' },
] as const;

export interface CallFiltersProps {
  query: CallFilters;
  /** The signed-in account's Aircall user, for "My calls" (absent when the account is not an Aircall user). */
  myUserId: number | undefined;
  directory: FilterDirectory;
  onChange: (update: Partial<CallFilters>) => void;
}

/** Every filter of the call list; each change goes to the URL (the route's search), from page 1. */
export function CallFiltersForm({ query, myUserId, directory, onChange }: CallFiltersProps) {
  const { missedCallReasons, callListQueryStrictSchema } = useContracts();
  // The BFF's own rule for the field, so the message beside it is the one the BFF would give.
  const ruleOf = (field: 'phoneNumber' | 'q' | 'topic') => (text: string) => {
    const result = callListQueryStrictSchema.shape[field].safeParse(text);
    if (result.success) return null;
    const rule = result.error.issues[0]?.message ?? 'is not valid';
    return `${rule.charAt(0).toUpperCase()}${rule.slice(1)}.`;
  };
  const selectedTags = query.tagIds ?? [];
  const toggleTag = (tagId: number, on: boolean) => {
    const next = on ? [...selectedTags, tagId] : selectedTags.filter((id) => id !== tagId);
    onChange({ tagIds: next.length > 0 ? next : undefined });
  };

  return (
    <div className="flex flex-col gap-4">
      {myUserId !== undefined && (
        <label className="flex items-center gap-2 text-sm font-medium">
          <input
            type="checkbox"
            className="size-4 accent-primary"
            checked={isMyCalls(query, myUserId)}
            onChange={(event) => onChange({ agentId: event.target.checked ? myUserId : undefined })}
          />
          My calls only
        </label>
      )}
      <DateRangeFilter range={query} onChange={onChange} />
      <DurationFilter range={query} onChange={onChange} />
      <OptionalSelect
        label="Direction"
        value={query.direction}
        options={[
          { value: 'inbound', label: 'Inbound' },
          { value: 'outbound', label: 'Outbound' },
        ]}
        onChange={(direction) => onChange({ direction })}
      />
      <OptionalSelect
        label="Type"
        value={query.type}
        options={Object.entries(callTypeLabels).map(([value, label]) => ({
          value: value as CallListQuery['type'] & string,
          label,
        }))}
        onChange={(type) => onChange({ type })}
      />
      <OptionalSelect
        label="Missed reason"
        value={query.missedReason}
        options={missedCallReasons.map((reason) => ({ value: reason, label: missedReasonLabel(reason) ?? reason }))}
        onChange={(missedReason) => onChange({ missedReason })}
      />
      <OptionalSelect
        label="Agent"
        value={query.agentId}
        options={directory.users?.map(({ id, name }) => ({ value: id, label: name }))}
        onChange={(agentId) => onChange({ agentId })}
      />
      <OptionalSelect
        label="Team"
        value={query.teamId}
        options={directory.teams?.map(({ id, name }) => ({ value: id, label: name }))}
        onChange={(teamId) => onChange({ teamId })}
      />
      <OptionalSelect
        label="Line"
        value={query.numberId}
        options={directory.numbers?.map(({ id, name }) => ({ value: id, label: name }))}
        onChange={(numberId) => onChange({ numberId })}
      />
      <OptionalSelect
        label="Archived"
        anyLabel="All calls"
        value={query.archived === undefined ? undefined : String(query.archived)}
        options={archivedOptions}
        onChange={(archived) => onChange({ archived: archived === undefined ? undefined : archived === 'true' })}
      />
      <fieldset className="flex flex-col gap-1.5 text-sm">
        <legend className="mb-1.5 font-medium">Tags</legend>
        {!directory.tags && <p className="text-muted-foreground">Loading…</p>}
        {directory.tags?.length === 0 && <p className="text-muted-foreground">No tags yet.</p>}
        <ul className="flex max-h-48 flex-col gap-1 overflow-y-auto">
          {directory.tags?.map((tag) => (
            <li key={tag.id}>
              <label className="flex items-center gap-2">
                <input
                  type="checkbox"
                  className="size-4 accent-primary"
                  checked={selectedTags.includes(tag.id)}
                  onChange={(event) => toggleTag(tag.id, event.target.checked)}
                />
                <TagChip tag={tag} />
              </label>
            </li>
          ))}
        </ul>
        {selectedTags.length > 1 && (
          <Field label="Calls carrying">
            {(control) => (
              <Select
                {...control}
                value={query.tagMatch ?? 'any'}
                onChange={(event) => onChange({ tagMatch: event.target.value === 'all' ? 'all' : 'any' })}
              >
                <option value="any">Any of these tags</option>
                <option value="all">All of these tags</option>
              </Select>
            )}
          </Field>
        )}
      </fieldset>
      <TextFilter
        label="Phone number"
        value={query.phoneNumber}
        placeholder="Digits, any format"
        check={ruleOf('phoneNumber')}
        onChange={(phoneNumber) => onChange({ phoneNumber })}
      />
      <TextFilter
        label="Search calls"
        value={query.q}
        placeholder="What was said, a comment, a name"
        check={ruleOf('q')}
        onChange={(q) => onChange({ q })}
      />
      <OptionalSelect
        label="Sentiment"
        value={query.sentiment}
        options={[
          { value: 'negative', label: 'Negative' },
          { value: 'neutral', label: 'Neutral' },
          { value: 'positive', label: 'Positive' },
        ]}
        onChange={(sentiment) => onChange({ sentiment })}
      />
      <TextFilter
        label="Topic"
        value={query.topic}
        placeholder="e.g. refund"
        check={ruleOf('topic')}
        onChange={(topic) => onChange({ topic })}
      />
    </div>
  );
}

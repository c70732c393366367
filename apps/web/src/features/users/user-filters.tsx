import type { Availability, Team, UserListQuery } from '@switchboard/contracts';
import { Search, X } from 'lucide-react';
import { useState } from 'react';
import { availabilityLabels, availabilityOrder } from '../../components/availability';
import { Input, Select } from '../../components/ui/input';

export type UserFilters = Pick<UserListQuery, 'q' | 'availability' | 'teamId'>;

/** Search by name or email, availability and team; each applied filter shows as a removable chip. */
export function UserFiltersBar({
  filters,
  teams,
  onChange,
}: {
  filters: UserFilters;
  teams: readonly Team[];
  onChange: (filters: Partial<UserFilters>) => void;
}) {
  const [text, setText] = useState(filters.q ?? '');
  return (
    <search aria-label="Filter users">
      <form
        className="flex flex-wrap items-center gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          onChange({ q: text.trim() || undefined });
        }}
      >
        <div className="relative w-64">
          <Search aria-hidden className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-muted-foreground" />
          <Input
            type="search"
            aria-label="Search users by name or email"
            placeholder="Name or email"
            value={text}
            onChange={(event) => setText(event.target.value)}
            className="pl-8"
          />
        </div>
        <Select
          aria-label="Availability"
          value={filters.availability ?? ''}
          onChange={(event) =>
            onChange({ availability: (event.target.value || undefined) as Availability | undefined })
          }
          className="max-w-44"
        >
          <option value="">Any availability</option>
          {availabilityOrder.map((availability) => (
            <option key={availability} value={availability}>
              {availabilityLabels[availability]}
            </option>
          ))}
        </Select>
        <Select
          aria-label="Team"
          value={filters.teamId ?? ''}
          onChange={(event) => onChange({ teamId: event.target.value ? Number(event.target.value) : undefined })}
          className="max-w-44"
        >
          <option value="">Any team</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </Select>
      </form>
    </search>
  );
}

function Chip({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <li className="inline-flex items-center gap-1 rounded-full border border-border bg-muted py-0.5 pr-1 pl-2.5 text-xs">
      {label}
      <button
        type="button"
        onClick={onRemove}
        aria-label={`Remove filter: ${label}`}
        className="rounded-full p-0.5 hover:bg-background focus-visible:outline-2 focus-visible:outline-ring"
      >
        <X aria-hidden className="size-3.5" />
      </button>
    </li>
  );
}

export function hasFilters({ q, availability, teamId }: UserFilters): boolean {
  return q !== undefined || availability !== undefined || teamId !== undefined;
}

export function UserFilterChips({
  filters,
  teamName,
  onChange,
}: {
  filters: UserFilters;
  teamName: string | undefined;
  onChange: (filters: Partial<UserFilters>) => void;
}) {
  if (!hasFilters(filters)) return null;
  return (
    <ul aria-label="Active filters" className="flex flex-wrap items-center gap-2">
      {filters.q !== undefined && <Chip label={`Matches “${filters.q}”`} onRemove={() => onChange({ q: undefined })} />}
      {filters.availability !== undefined && (
        <Chip label={availabilityLabels[filters.availability]} onRemove={() => onChange({ availability: undefined })} />
      )}
      {filters.teamId !== undefined && (
        <Chip label={`Team: ${teamName ?? filters.teamId}`} onRemove={() => onChange({ teamId: undefined })} />
      )}
    </ul>
  );
}

import type { AnalyticsQuery, Team } from '@switchboard/contracts';
import { useId } from 'react';
import { Input, Select } from '../../components/ui/input';
import { useClock } from '../../lib/clock';
import { lastDays } from './analytics-queries';

export type AnalyticsFilters = Pick<AnalyticsQuery, 'from' | 'to' | 'teamId' | 'direction'>;

const presets = [7, 30, 90] as const;

/** `YYYY-MM-DD` of a UNIX time, in the reader's time zone (what `<input type="date">` shows). */
function toDateInput(unixSeconds: number): string {
  const date = new Date(unixSeconds * 1000);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The start (or end) of a picked day, in the reader's time zone. */
function fromDateInput(value: string, endOfDay: boolean): number | undefined {
  const [year, month, day] = value.split('-').map(Number);
  if (!year || !month || !day) return undefined;
  const date = endOfDay ? new Date(year, month - 1, day, 23, 59, 59) : new Date(year, month - 1, day);
  return Math.floor(date.getTime() / 1000);
}

function LabelledControl({ label, children }: { label: string; children: (id: string) => React.ReactNode }) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-muted-foreground">
        {label}
      </label>
      {children(id)}
    </div>
  );
}

export function AnalyticsFiltersBar({
  filters,
  teams,
  onChange,
}: {
  filters: AnalyticsFilters;
  teams: readonly Team[];
  onChange: (filters: Partial<AnalyticsFilters>) => void;
}) {
  const now = useClock().now();
  const preset = presets.find((days) => {
    const range = lastDays(days, now);
    return range.from === filters.from && range.to === filters.to;
  });
  return (
    <search aria-label="Report filters" className="flex flex-wrap items-end gap-3">
      <LabelledControl label="Period">
        {(id) => (
          <Select
            id={id}
            className="max-w-40"
            value={preset ?? 'custom'}
            onChange={(event) => {
              const days = Number(event.target.value);
              if (days) onChange(lastDays(days, now));
            }}
          >
            {presets.map((days) => (
              <option key={days} value={days}>
                Last {days} days
              </option>
            ))}
            <option value="custom" disabled>
              Custom dates
            </option>
          </Select>
        )}
      </LabelledControl>
      <LabelledControl label="From">
        {(id) => (
          <Input
            id={id}
            type="date"
            className="max-w-40"
            value={toDateInput(filters.from)}
            max={toDateInput(filters.to)}
            onChange={(event) => {
              const from = fromDateInput(event.target.value, false);
              if (from !== undefined) onChange({ from });
            }}
          />
        )}
      </LabelledControl>
      <LabelledControl label="To">
        {(id) => (
          <Input
            id={id}
            type="date"
            className="max-w-40"
            value={toDateInput(filters.to)}
            min={toDateInput(filters.from)}
            onChange={(event) => {
              const to = fromDateInput(event.target.value, true);
              if (to !== undefined) onChange({ to });
            }}
          />
        )}
      </LabelledControl>
      <LabelledControl label="Team">
        {(id) => (
          <Select
            id={id}
            className="max-w-40"
            value={filters.teamId ?? ''}
            onChange={(event) => onChange({ teamId: event.target.value ? Number(event.target.value) : undefined })}
          >
            <option value="">All teams</option>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </Select>
        )}
      </LabelledControl>
      <LabelledControl label="Direction">
        {(id) => (
          <Select
            id={id}
            className="max-w-36"
            value={filters.direction ?? ''}
            onChange={(event) =>
              onChange({ direction: (event.target.value || undefined) as AnalyticsFilters['direction'] })
            }
          >
            <option value="">Both</option>
            <option value="inbound">Inbound</option>
            <option value="outbound">Outbound</option>
          </Select>
        )}
      </LabelledControl>
    </search>
  );
}

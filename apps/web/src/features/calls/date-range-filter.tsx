import type { CallListQuery } from '@switchboard/contracts';
import { X } from 'lucide-react';
import { useClock } from '../../lib/clock';
import { formatTimestamp } from './format';

export type DateRange = Pick<CallListQuery, 'from' | 'to'>;

const hour = 3600;
const presets = [
  { value: '1', label: 'Last 24 hours', days: 1 },
  { value: '7', label: 'Last 7 days', days: 7 },
  { value: '30', label: 'Last 30 days', days: 30 },
  // Aircall keeps three months of call history.
  { value: '90', label: 'Last 90 days', days: 90 },
] as const;

/** Preset starts are rounded to the hour, so the same preset picked again keeps the URL (and the cache key) stable. */
function presetStart(days: number, nowMs: number): number {
  return Math.floor((nowMs / 1000 - days * 24 * hour) / hour) * hour;
}

function describeRange({ from, to }: DateRange, nowMs: number): string {
  const preset = presets.find(({ days }) => to === undefined && from === presetStart(days, nowMs));
  if (preset) return preset.label;
  if (from !== undefined && to !== undefined) return `${formatTimestamp(from)} – ${formatTimestamp(to)}`;
  return from !== undefined ? `Since ${formatTimestamp(from)}` : `Until ${formatTimestamp(to ?? 0)}`;
}

export function isFiltered({ from, to }: DateRange): boolean {
  return from !== undefined || to !== undefined;
}

/** Preset date ranges for the call list; the chosen range shows as a removable chip. */
export function DateRangeFilter({ range, onChange }: { range: DateRange; onChange: (range: DateRange) => void }) {
  const now = useClock().now();
  const current = presets.find(({ days }) => range.to === undefined && range.from === presetStart(days, now));
  const value = current?.value ?? (isFiltered(range) ? 'custom' : 'any');
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="text-muted-foreground">Started</span>
      <select
        value={value}
        onChange={(event) => {
          const preset = presets.find((option) => option.value === event.target.value);
          onChange({ from: preset ? presetStart(preset.days, now) : undefined, to: undefined });
        }}
        className="h-8 rounded-md border border-border bg-background px-2 text-sm focus-visible:outline-2 focus-visible:outline-ring"
      >
        <option value="any">Any time</option>
        {presets.map(({ value, label }) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
        {value === 'custom' && (
          <option value="custom" disabled>
            Custom range
          </option>
        )}
      </select>
    </label>
  );
}

export function DateRangeChip({ range, onClear }: { range: DateRange; onClear: () => void }) {
  const now = useClock().now();
  if (!isFiltered(range)) return null;
  const description = describeRange(range, now);
  return (
    <span className="inline-flex items-center gap-1 rounded-full border border-border bg-muted py-0.5 pr-1 pl-2.5 text-xs">
      Started: {description}
      <button
        type="button"
        onClick={onClear}
        aria-label={`Remove filter: started ${description}`}
        className="rounded-full p-0.5 hover:bg-background focus-visible:outline-2 focus-visible:outline-ring"
      >
        <X className="size-3.5" aria-hidden />
      </button>
    </span>
  );
}

import type { CallListQuery } from '@switchboard/contracts';
import { useState } from 'react';
import { Field } from '../../components/ui/field';
import { Input, Select } from '../../components/ui/input';
import { useClock } from '../../lib/clock';
import { formatTimestamp } from '../../lib/format';

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

function presetOf({ from, to }: DateRange, nowMs: number) {
  return presets.find(({ days }) => to === undefined && from === presetStart(days, nowMs));
}

export function describeRange(range: DateRange, nowMs: number): string {
  const preset = presetOf(range, nowMs);
  if (preset) return preset.label;
  const { from, to } = range;
  if (from !== undefined && to !== undefined) return `${formatTimestamp(from)} – ${formatTimestamp(to)}`;
  return from !== undefined ? `since ${formatTimestamp(from)}` : `until ${formatTimestamp(to ?? 0)}`;
}

/** `datetime-local` values are local wall-clock times without a zone, which is what the agent means. */
function toLocalInput(unixSeconds: number | undefined): string {
  if (unixSeconds === undefined) return '';
  const date = new Date(unixSeconds * 1000);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

function fromLocalInput(value: string): number | undefined {
  const ms = new Date(value).getTime();
  return value === '' || Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
}

/** Preset date ranges, or a custom range of two local date-times. */
export function DateRangeFilter({ range, onChange }: { range: DateRange; onChange: (range: DateRange) => void }) {
  const now = useClock().now();
  const preset = presetOf(range, now);
  const ranged = range.from !== undefined || range.to !== undefined;
  // Picking "Custom range…" shows From and To even while the range still equals a preset (it starts from it).
  const [customPicked, setCustomPicked] = useState(false);
  const value = customPicked ? 'custom' : (preset?.value ?? (ranged ? 'custom' : 'any'));

  return (
    <div className="flex flex-col gap-2">
      <Field label="Started">
        {(control) => (
          <Select
            {...control}
            value={value}
            onChange={(event) => {
              const picked = presets.find((option) => option.value === event.target.value);
              setCustomPicked(event.target.value === 'custom');
              if (event.target.value !== 'custom') {
                onChange({ from: picked ? presetStart(picked.days, now) : undefined, to: undefined });
              }
            }}
          >
            <option value="any">Any time</option>
            {presets.map(({ value, label }) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
            <option value="custom">Custom range…</option>
          </Select>
        )}
      </Field>
      {value === 'custom' && (
        <div className="grid grid-cols-1 gap-2">
          <Field label="From">
            {(control) => (
              <Input
                {...control}
                type="datetime-local"
                value={toLocalInput(range.from)}
                onChange={(event) => onChange({ ...range, from: fromLocalInput(event.target.value) })}
              />
            )}
          </Field>
          <Field label="To">
            {(control) => (
              <Input
                {...control}
                type="datetime-local"
                value={toLocalInput(range.to)}
                min={toLocalInput(range.from)}
                onChange={(event) => onChange({ ...range, to: fromLocalInput(event.target.value) })}
              />
            )}
          </Field>
        </div>
      )}
    </div>
  );
}

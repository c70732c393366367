import type { CallListQuery } from '@switchboard/contracts';
import { Field } from '../../components/ui/field';
import { Select } from '../../components/ui/input';

export type DurationRange = Pick<CallListQuery, 'minDuration' | 'maxDuration'>;

const minute = 60;
/** Call lengths people look for: the quick hang-ups, the usual, the long ones. */
const presets = [
  { value: 'under-1', label: 'Under 1 min', range: { minDuration: undefined, maxDuration: minute - 1 } },
  { value: '1-5', label: '1 to 5 min', range: { minDuration: minute, maxDuration: 5 * minute } },
  { value: '5-15', label: '5 to 15 min', range: { minDuration: 5 * minute, maxDuration: 15 * minute } },
  { value: 'over-15', label: 'Over 15 min', range: { minDuration: 15 * minute, maxDuration: undefined } },
] as const;

const presetOf = ({ minDuration, maxDuration }: DurationRange) =>
  presets.find(({ range }) => range.minDuration === minDuration && range.maxDuration === maxDuration);

const minutes = (seconds: number) => {
  const value = Math.round((seconds / minute) * 10) / 10;
  return `${value} min`;
};

/** "1 to 5 min", or the bounds a link or hand-edited URL set. */
export function describeDuration(range: DurationRange): string {
  const preset = presetOf(range);
  if (preset) return preset.label;
  const { minDuration, maxDuration } = range;
  if (minDuration !== undefined && maxDuration !== undefined)
    return `${minutes(minDuration)} to ${minutes(maxDuration)}`;
  return minDuration !== undefined ? `at least ${minutes(minDuration)}` : `at most ${minutes(maxDuration ?? 0)}`;
}

/** How long the call lasted (Aircall's `duration`, ringing included). */
export function DurationFilter({
  range,
  onChange,
}: {
  range: DurationRange;
  onChange: (range: DurationRange) => void;
}) {
  const preset = presetOf(range);
  const other = preset === undefined && (range.minDuration !== undefined || range.maxDuration !== undefined);
  return (
    <Field label="Duration">
      {(control) => (
        <Select
          {...control}
          value={preset?.value ?? (other ? 'other' : 'any')}
          onChange={(event) => {
            const picked = presets.find((option) => option.value === event.target.value);
            onChange(picked ? { ...picked.range } : { minDuration: undefined, maxDuration: undefined });
          }}
        >
          <option value="any">Any length</option>
          {presets.map(({ value, label }) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
          {other && <option value="other">{describeDuration(range)}</option>}
        </Select>
      )}
    </Field>
  );
}

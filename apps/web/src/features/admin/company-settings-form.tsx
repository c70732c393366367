import type { CompanyResponse, CompanySettings, TileThresholds } from '@switchboard/contracts';
import { type BoardMetric, boardMetrics } from '@switchboard/contracts/values';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { Button } from '../../components/ui/button';
import { Field, FormError } from '../../components/ui/field';
import { Input, Select } from '../../components/ui/input';
import { ApiError, api, formErrorOf } from '../../lib/api-client';
import { formatTimestamp } from '../../lib/format';
import { notify } from '../../lib/notify';

/** Shares are typed as percentages; the API counts them from 0 to 1. */
const percentMetrics: ReadonlySet<BoardMetric> = new Set(['serviceLevel', 'abandonRate']);

const metricLabels: Record<BoardMetric, { label: string; unit: string }> = {
  serviceLevel: { label: 'Service level (lower is worse)', unit: '%' },
  asa: { label: 'Average speed of answer', unit: 'seconds' },
  aht: { label: 'Average handle time', unit: 'seconds' },
  abandonRate: { label: 'Abandon rate', unit: '%' },
  waiting: { label: 'Calls waiting', unit: 'calls' },
  longestWait: { label: 'Longest wait', unit: 'seconds' },
};

type FormValues = Omit<CompanySettings, 'thresholds'> & { thresholds: TileThresholds };

const scale = (metric: BoardMetric, value: number, toForm: boolean) => {
  if (!percentMetrics.has(metric)) return value;
  return toForm ? Math.round(value * 1000) / 10 : value / 100;
};

function convertThresholds(thresholds: TileThresholds, toForm: boolean): TileThresholds {
  return Object.fromEntries(
    boardMetrics.map((metric) => [
      metric,
      { warn: scale(metric, thresholds[metric].warn, toForm), alert: scale(metric, thresholds[metric].alert, toForm) },
    ]),
  ) as TileThresholds;
}

/** Every IANA zone the browser knows, the current one first if it is missing (an old browser). */
function timeZones(current: string): string[] {
  const known = Intl.supportedValuesOf('timeZone');
  return known.includes(current) ? known : [current, ...known];
}

/** The company's time zone, service-level threshold and the board's tile thresholds; every console follows a save. */
export function CompanySettingsForm({ company }: { company: CompanyResponse['company'] }) {
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (body: CompanySettings) => api('company.update', { body }),
    onSuccess: (answer) => {
      queryClient.setQueryData(['company'], answer);
      void queryClient.invalidateQueries({ queryKey: ['analytics'] });
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
      notify.success('Company settings saved.');
    },
  });
  const { register, handleSubmit } = useForm<FormValues>({
    defaultValues: {
      timeZone: company.timeZone,
      serviceLevelSeconds: company.serviceLevelSeconds,
      excludeShortAbandons: company.excludeShortAbandons,
      thresholds: convertThresholds(company.thresholds, true),
    },
  });
  const fieldErrors = save.error instanceof ApiError ? save.error.fieldErrors : {};
  const number = { valueAsNumber: true } as const;

  return (
    <form
      noValidate
      className="flex max-w-3xl flex-col gap-6"
      onSubmit={handleSubmit((values) =>
        save.mutate({ ...values, thresholds: convertThresholds(values.thresholds, false) }),
      )}
    >
      <p className="text-sm text-muted-foreground">
        {company.updatedAt === null
          ? 'Defaults: the time zone most of your numbers use, and a 20-second service level.'
          : `Last saved ${formatTimestamp(company.updatedAt)}.`}
      </p>
      <Field
        label="Time zone"
        hint="“Today”, days and hours on the board and in analytics are counted in it."
        error={fieldErrors.timeZone}
      >
        {(control) => (
          <Select {...control} {...register('timeZone')}>
            {timeZones(company.timeZone).map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field
        label="Service-level threshold (seconds)"
        hint="An inbound call answered within this many seconds counts toward the service level."
        error={fieldErrors.serviceLevelSeconds}
      >
        {(control) => (
          <Input {...control} type="number" min={1} max={600} {...register('serviceLevelSeconds', number)} />
        )}
      </Field>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" className="mt-0.5 size-4" {...register('excludeShortAbandons')} />
        <span>
          <span className="font-medium">Leave short abandons out</span>
          <span className="block text-muted-foreground">
            Callers who hung up within seconds count neither for nor against the service level and abandon rate.
          </span>
        </span>
      </label>
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 text-sm font-semibold">Board tile thresholds</legend>
        <p className="text-sm text-muted-foreground">A tile turns amber past “warning” and red past “alert”.</p>
        {boardMetrics.map((metric) => (
          <div key={metric} className="grid grid-cols-1 gap-3 sm:grid-cols-[1fr_9rem_9rem] sm:items-start">
            <p className="pt-7 text-sm font-medium max-sm:pt-0">{metricLabels[metric].label}</p>
            {(['warn', 'alert'] as const).map((level) => (
              <Field
                key={level}
                label={`${level === 'warn' ? 'Warning' : 'Alert'} (${metricLabels[metric].unit})`}
                error={fieldErrors[`thresholds.${metric}.${level}`]}
              >
                {(control) => (
                  <Input
                    {...control}
                    type="number"
                    step="any"
                    min={0}
                    aria-label={`${metricLabels[metric].label}: ${level === 'warn' ? 'warning' : 'alert'}`}
                    {...register(`thresholds.${metric}.${level}`, number)}
                  />
                )}
              </Field>
            ))}
          </div>
        ))}
      </fieldset>
      <FormError>{formErrorOf(save.error)}</FormError>
      <div>
        <Button type="submit" variant="primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save settings'}
        </Button>
      </div>
    </form>
  );
}

import { z } from 'zod';
import { timeZoneSchema } from './analytics';
import { admins, defineEndpoint, everyone } from './endpoint';
import { type BoardMetric, lowerIsWorse } from './values';

const share = z
  .number({ error: 'must be a share between 0 and 1' })
  .min(0, 'must be a share between 0 and 1')
  .max(1, 'must be a share between 0 and 1');
const seconds = z
  .number({ error: 'must be whole seconds' })
  .int('must be whole seconds')
  .min(0, 'must not be negative')
  .max(86_400, 'must be at most 86400 seconds (a day)');
const callCount = z
  .number({ error: 'must be a whole number of calls' })
  .int('must be a whole number of calls')
  .min(0, 'must not be negative')
  .max(10_000, 'must be at most 10000');

function limitsOf(value: z.ZodNumber, metric: BoardMetric) {
  const worse = lowerIsWorse[metric] ? 'at most' : 'at least';
  return z
    .strictObject({ warn: value, alert: value })
    .refine((pair) => (lowerIsWorse[metric] ? pair.alert <= pair.warn : pair.alert >= pair.warn), {
      message: `must be ${worse} warn (alert is the worse of the two)`,
      path: ['alert'],
    });
}

export const tileThresholdsSchema = z.strictObject({
  /** Share of inbound calls answered within the threshold: amber below `warn`, red below `alert`. */
  serviceLevel: limitsOf(share, 'serviceLevel'),
  /** Average speed of answer, seconds. */
  asa: limitsOf(seconds, 'asa'),
  /** Average handle time (talk plus wrap-up), seconds. */
  aht: limitsOf(seconds, 'aht'),
  abandonRate: limitsOf(share, 'abandonRate'),
  /** Callers waiting now. */
  waiting: limitsOf(callCount, 'waiting'),
  /** Seconds the longest-waiting caller has waited. */
  longestWait: limitsOf(seconds, 'longestWait'),
});
export type TileThresholds = z.infer<typeof tileThresholdsSchema>;

export const companySettingsSchema = z.strictObject({
  /** "Today", days and hours are counted in it, on the board and in analytics. */
  timeZone: timeZoneSchema,
  /** An inbound call answered within this many seconds counts toward the service level. */
  serviceLevelSeconds: z
    .number({ error: 'must be whole seconds' })
    .int('must be whole seconds')
    .min(1, 'must be at least 1 second')
    .max(600, 'must be at most 600 seconds'),
  /** Callers who hung up within Aircall's short-abandon window neither count against nor for the service level. */
  excludeShortAbandons: z.boolean({ error: 'must be true or false' }),
  thresholds: tileThresholdsSchema,
});
export type CompanySettings = z.infer<typeof companySettingsSchema>;

/** What a company starts with until an admin saves its own; the time zone then is the one most numbers use. */
export const defaultCompanySettings: Omit<CompanySettings, 'timeZone'> = {
  serviceLevelSeconds: 20,
  excludeShortAbandons: true,
  thresholds: {
    serviceLevel: { warn: 0.8, alert: 0.6 },
    asa: { warn: 20, alert: 45 },
    aht: { warn: 360, alert: 600 },
    abandonRate: { warn: 0.05, alert: 0.1 },
    waiting: { warn: 3, alert: 6 },
    longestWait: { warn: 60, alert: 120 },
  },
};

export const companyResponseSchema = z.object({
  company: companySettingsSchema.extend({
    /** When an admin last saved the settings, UNIX seconds; null while they are the defaults. */
    updatedAt: z.number().int().nonnegative().nullable(),
  }),
});
export type CompanyResponse = z.infer<typeof companyResponseSchema>;

export const companyEndpoints = [
  defineEndpoint({
    id: 'company.get',
    method: 'GET',
    path: '/api/company',
    response: companyResponseSchema,
    status: 200,
    roles: everyone,
    audit: false,
    lane: null,
    summary: 'The company’s settings: time zone, service-level threshold, board tile thresholds.',
  }),
  defineEndpoint({
    id: 'company.update',
    method: 'PUT',
    path: '/api/company',
    body: companySettingsSchema,
    response: companyResponseSchema,
    status: 200,
    roles: admins,
    audit: true,
    lane: null,
    summary: 'Replaces the company’s settings (stored by Switchboard only; Aircall never sees them).',
  }),
] as const;

import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

const requiredText = z.string({ error: 'is required' }).trim().min(1, 'is required');

const envShape = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  AIRCALL_API_ID: requiredText,
  AIRCALL_API_TOKEN: requiredText,
  AIRCALL_BASE_URL: z.url({ protocol: /^https?$/ }).default('https://api.aircall.io'),
  /** The company's Aircall rate limit (60 unless Aircall raised it for you); every instance shares it. */
  AIRCALL_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(60),
  /**
   * How long after its last renewal a dead instance's sync lease passes to another instance. Shorter takes over
   * sooner at the cost of a lease write every third of it.
   */
  /**
   * Which proxies' X-Forwarded-For / -Proto to believe (Express's `trust proxy`): `loopback` by default; behind a
   * load balancer, its address or subnet (e.g. `10.0.0.0/8`), so login throttling counts clients, not the balancer.
   */
  TRUST_PROXY: z.string().trim().min(1).default('loopback'),
  SYNC_LEASE_TTL_MS: z.coerce.number().int().min(1_000).max(600_000).default(15_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Directory of the built SPA; served when present. */
  WEB_DIST_DIR: optionalText,
  /** PostgreSQL (shared by every instance); without it an embedded PGlite in DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection string')
    .optional(),
  DATA_DIR: z.string().default('.data/pglite'),
  /** The console's public origin (HTTPS in production): cookies and the webhook URL derive from it. */
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Production on plain http (a trusted internal network): cookies then go without `Secure`. Off by default. */
  ALLOW_INSECURE_PUBLIC_URL: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  /** Comma-separated extra origins allowed to send mutations (e.g. a dev server). */
  TRUSTED_ORIGINS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    ),
});

/**
 * In production the session cookie must be `Secure`, which it is only under an https PUBLIC_URL: without one the BFF
 * refuses to start, unless told explicitly that the network is trusted.
 */
const envSchema = envShape.superRefine((env, context) => {
  if (env.NODE_ENV !== 'production' || env.ALLOW_INSECURE_PUBLIC_URL) return;
  if (!env.PUBLIC_URL?.startsWith('https://'))
    context.addIssue({
      code: 'custom',
      path: ['PUBLIC_URL'],
      message:
        'must be an https:// origin in production (cookies would go without Secure); set ALLOW_INSECURE_PUBLIC_URL=true on a trusted network',
    });
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

/** Parses the environment once at start-up; every problem is listed, never a value (they may be secrets). */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  return result.data;
}

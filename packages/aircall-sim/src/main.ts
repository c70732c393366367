// Standalone simulator: `pnpm --filter @switchboard/aircall-sim start`. Configuration: see README.md.
import { createSimulator, usersApisFromEnv } from './index';

const env = process.env;
const numberFrom = (name: string, fallback: number) => {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed)) throw new Error(`${name} must be a number, got "${value}"`);
  return parsed;
};

const simulator = createSimulator({
  seed: numberFrom('SIM_SEED', 1),
  credentials: {
    apiId: env.SIM_API_ID ?? 'sim-api-id',
    apiToken: env.SIM_API_TOKEN ?? 'sim-api-token',
  },
  rateLimit: env.SIM_RATE_LIMIT === 'off' ? false : { limit: numberFrom('SIM_RATE_LIMIT', 60), windowMs: 60_000 },
  backgroundCallsPerMinute: numberFrom('SIM_BACKGROUND_CALLS_PER_MINUTE', 2),
  sizes: { calls: numberFrom('SIM_CALLS', 20_000), contacts: numberFrom('SIM_CONTACTS', 1_000) },
  ...usersApisFromEnv(env),
});

const server = await simulator.listen({ port: numberFrom('PORT', 4010), host: env.HOST ?? '127.0.0.1' });
// The simulator's own throwaway credentials: printing them is what makes it usable.
console.log(`Aircall simulator listening on ${server.url}`);
console.log(`  api_id:    ${simulator.credentials.apiId}`);
console.log(`  api_token: ${simulator.credentials.apiToken}`);
console.log(`  try: curl -u ${simulator.credentials.apiId}:${simulator.credentials.apiToken} ${server.url}/v1/ping`);
console.log(`  control API: ${server.url}/__sim/state`);

const shutdown = () => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

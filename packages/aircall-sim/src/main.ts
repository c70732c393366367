// Standalone simulator: `pnpm --filter @switchboard/aircall-sim start`.
import { createSimulator } from './index';

const env = process.env;
const numberFrom = (value: string | undefined, fallback: number) => (value ? Number(value) : fallback);

const simulator = createSimulator({
  seed: numberFrom(env.SIM_SEED, 1),
  credentials: {
    apiId: env.SIM_API_ID ?? 'sim-api-id',
    apiToken: env.SIM_API_TOKEN ?? 'sim-api-token',
  },
  rateLimit: env.SIM_RATE_LIMIT === 'off' ? false : { limit: numberFrom(env.SIM_RATE_LIMIT, 60), windowMs: 60_000 },
});

const server = await simulator.listen({ port: numberFrom(env.PORT, 4010), host: env.HOST ?? '127.0.0.1' });
console.log(`Aircall simulator listening on ${server.url}`);
console.log(`  api_id:    ${simulator.credentials.apiId}`);
console.log(`  api_token: ${simulator.credentials.apiToken}`);
console.log(`  try: curl -u ${simulator.credentials.apiId}:${simulator.credentials.apiToken} ${server.url}/v1/ping`);

const shutdown = () => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

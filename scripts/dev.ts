/**
 * `pnpm dev`: the simulator (unless real Aircall credentials are set), the BFF pointed at it on an in-memory store,
 * and Vite's dev server proxying /api to the BFF — one process, one Ctrl-C.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAircallClient } from '@switchboard/aircall';
import { createSimulator, usersApisFromEnv } from '@switchboard/aircall-sim';
import {
  aircallBudgetOptions,
  createApp,
  createLogger,
  createStore,
  listen,
  startBackgroundWork,
} from '@switchboard/bff';
import { createServer } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const env = process.env;
const port = (name: string, fallback: number) => Number(env[name] ?? fallback);
const demoPassword = 'switchboard-demo';

async function startUpstream() {
  if (env.AIRCALL_API_ID && env.AIRCALL_API_TOKEN && env.AIRCALL_BASE_URL) {
    return { apiId: env.AIRCALL_API_ID, apiToken: env.AIRCALL_API_TOKEN, baseUrl: env.AIRCALL_BASE_URL, close() {} };
  }
  // A smaller company than the default keeps the first sync to a couple of minutes at 60 requests a minute.
  const simulator = createSimulator({
    sizes: { calls: port('SIM_CALLS', 5_000) },
    backgroundCallsPerMinute: port('SIM_BACKGROUND_CALLS_PER_MINUTE', 2),
    ...usersApisFromEnv(env),
  });
  const server = await simulator.listen({ port: port('SIM_PORT', 4010), host: '127.0.0.1' });
  return { ...simulator.credentials, baseUrl: server.url, simulated: true as const, close: server.close };
}

/** One account per role; the agent is an Aircall user of the simulated company, so "my campaign" works. */
async function createDemoAccounts(store: Awaited<ReturnType<typeof createStore>>, agentEmail: string) {
  const accounts = [
    { role: 'agent' as const, email: agentEmail },
    { role: 'supervisor' as const, email: 'supervisor@switchboard.local' },
    { role: 'admin' as const, email: 'admin@switchboard.local' },
  ];
  for (const account of accounts) await store.accounts.create({ ...account, password: demoPassword });
  return accounts;
}

async function firstSimulatedUserEmail(upstream: { apiId: string; apiToken: string; baseUrl: string }) {
  const aircall = createAircallClient({ ...upstream, budget: false });
  const { users } = await aircall.users.list({ per_page: 1 });
  return users[0]?.email ?? 'agent@switchboard.local';
}

async function main(): Promise<void> {
  const upstream = await startUpstream();
  const logger = createLogger({ level: env.LOG_LEVEL ?? 'info' });
  const store = await createStore({ databaseUrl: env.DATABASE_URL });
  const demoAccounts =
    'simulated' in upstream ? await createDemoAccounts(store, await firstSimulatedUserEmail(upstream)) : [];
  const aircall = createAircallClient({
    apiId: upstream.apiId,
    apiToken: upstream.apiToken,
    baseUrl: upstream.baseUrl,
    budget: aircallBudgetOptions(store),
  });
  const webPort = port('WEB_PORT', 5173);
  const bffPort = port('PORT', 3000);
  const app = createApp({
    store,
    aircall,
    logger,
    publicUrl: `http://localhost:${bffPort}`,
    trustedOrigins: [`http://localhost:${webPort}`],
  });
  const bff = await listen(app, { port: bffPort });
  const background = startBackgroundWork({ store, aircall, logger, clock: { now: Date.now } }, { publicUrl: bff.url });

  process.env.SWITCHBOARD_BFF_URL = bff.url;
  const vite = await createServer({
    root: path.join(root, 'apps/web'),
    configFile: path.join(root, 'apps/web/vite.config.ts'),
    server: { port: webPort, strictPort: true },
  });
  await vite.listen();
  const webUrl = vite.resolvedUrls?.local[0] ?? `http://localhost:${webPort}/`;

  console.log(
    [
      '',
      '  Switchboard is running',
      `  ➜ Open    ${webUrl}`,
      `  ➜ BFF     ${bff.url}  (API docs: ${bff.url}/api/docs)`,
      `  ➜ Aircall ${'simulated' in upstream ? `simulator at ${upstream.baseUrl}` : upstream.baseUrl}`,
      ...(demoAccounts.length > 0
        ? [
            '',
            `  Demo accounts (password "${demoPassword}"):`,
            ...demoAccounts.map((a) => `    ${a.role.padEnd(10)} ${a.email}`),
          ]
        : []),
      '',
    ].join('\n'),
  );

  const stop = async () => {
    await Promise.allSettled([vite.close(), bff.close(), background.stop(), upstream.close()]);
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAircallClient } from '@switchboard/aircall';
import { createApp } from './app';
import { EnvError, parseEnv } from './env';
import { createLogger } from './logger';
import { listen } from './server';
import { createStore } from './store';
import { startBackgroundWork } from './sync/background';
import { aircallBudgetOptions } from './sync/budget';

const defaultWebDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

async function main(): Promise<void> {
  const env = parseEnv();
  const logger = createLogger({ level: env.LOG_LEVEL });
  const store = await createStore({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  const aircall = createAircallClient({
    apiId: env.AIRCALL_API_ID,
    apiToken: env.AIRCALL_API_TOKEN,
    baseUrl: env.AIRCALL_BASE_URL,
    budget: aircallBudgetOptions(store, { limitPerMinute: env.AIRCALL_RATE_LIMIT_PER_MINUTE }),
  });
  const app = createApp({
    store,
    aircall,
    logger,
    publicUrl: env.PUBLIC_URL ?? 'http://localhost',
    trustedOrigins: env.TRUSTED_ORIGINS,
    // Aircall's media links are https; a simulator's are on its own http origin.
    mediaOrigins: env.AIRCALL_BASE_URL.startsWith('http:') ? [new URL(env.AIRCALL_BASE_URL).origin] : [],
    trustProxy: env.TRUST_PROXY,
    webDistDir: env.WEB_DIST_DIR ?? defaultWebDist,
  });
  const server = await listen(app, { port: env.PORT, host: env.HOST });
  logger.info({ url: server.url, store: store.driver, aircall: env.AIRCALL_BASE_URL }, 'Switchboard BFF listening');
  // Aircall must reach PUBLIC_URL for webhooks; without one (development) the address we listen on will do.
  const publicUrl = env.PUBLIC_URL ?? server.url;
  const background = startBackgroundWork(
    { store, aircall, logger, clock: { now: Date.now } },
    {
      publicUrl,
      leaseTtlMs: env.SYNC_LEASE_TTL_MS,
    },
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    // Stopping the background work also ends the open event streams, which would keep the server from closing.
    await Promise.all([server.close(), background.stop()]);
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
});

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAircallClient } from '@switchboard/aircall';
import { createApp } from './app';
import { EnvError, parseEnv } from './env';
import { createLogger } from './logger';
import { listen } from './server';

const defaultWebDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

async function main(): Promise<void> {
  const env = parseEnv();
  const logger = createLogger({ level: env.LOG_LEVEL });
  const aircall = createAircallClient({
    apiId: env.AIRCALL_API_ID,
    apiToken: env.AIRCALL_API_TOKEN,
    baseUrl: env.AIRCALL_BASE_URL,
  });
  const app = createApp({ aircall, logger, webDistDir: env.WEB_DIST_DIR ?? defaultWebDist });
  const server = await listen(app, { port: env.PORT, host: env.HOST });
  logger.info({ url: server.url, aircall: env.AIRCALL_BASE_URL }, 'Switchboard BFF listening');

  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
});

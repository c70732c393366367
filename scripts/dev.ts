/**
 * `pnpm dev`: the simulator (unless real Aircall credentials are set), the BFF pointed at it, and Vite's dev server
 * proxying /api to the BFF — one process, one Ctrl-C.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAircallClient } from '@switchboard/aircall';
import { createSimulator } from '@switchboard/aircall-sim';
import { createApp, createLogger, listen } from '@switchboard/bff';
import { createServer } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const env = process.env;
const port = (name: string, fallback: number) => Number(env[name] ?? fallback);

async function startUpstream() {
  if (env.AIRCALL_API_ID && env.AIRCALL_API_TOKEN && env.AIRCALL_BASE_URL) {
    return { apiId: env.AIRCALL_API_ID, apiToken: env.AIRCALL_API_TOKEN, baseUrl: env.AIRCALL_BASE_URL, close() {} };
  }
  const simulator = createSimulator();
  const server = await simulator.listen({ port: port('SIM_PORT', 4010), host: '127.0.0.1' });
  return { ...simulator.credentials, baseUrl: server.url, simulated: true, close: server.close };
}

async function main(): Promise<void> {
  const upstream = await startUpstream();
  const logger = createLogger({ level: env.LOG_LEVEL ?? 'info' });
  const aircall = createAircallClient({
    apiId: upstream.apiId,
    apiToken: upstream.apiToken,
    baseUrl: upstream.baseUrl,
  });
  const bff = await listen(createApp({ aircall, logger }), { port: port('PORT', 3000) });

  process.env.SWITCHBOARD_BFF_URL = bff.url;
  const vite = await createServer({
    root: path.join(root, 'apps/web'),
    configFile: path.join(root, 'apps/web/vite.config.ts'),
    server: { port: port('WEB_PORT', 5173), strictPort: true },
  });
  await vite.listen();
  const webUrl = vite.resolvedUrls?.local[0] ?? `http://localhost:${port('WEB_PORT', 5173)}/`;

  console.log(
    [
      '',
      '  Switchboard is running',
      `  ➜ Open   ${webUrl}`,
      `  ➜ BFF    ${bff.url}`,
      `  ➜ Aircall ${'simulated' in upstream ? `simulator at ${upstream.baseUrl}` : upstream.baseUrl}`,
      '',
    ].join('\n'),
  );

  const stop = async () => {
    await Promise.allSettled([vite.close(), bff.close(), upstream.close()]);
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

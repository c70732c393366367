/**
 * The call list under load: a page of 50 with three filters over 100,000 mirrored calls, measured from this process
 * against a server process of its own, beside `GET /api/health` of the same server (helmet, pino, router: what
 * every request costs) and a bare Express app answering the same bytes.
 */
import { benchCallsPath } from './scenarios';
import { httpLoad, startTarget } from './target';

export async function benchCallsList(options: {
  calls: number;
  connections: number;
  durationMs: number;
  databaseUrl?: string;
}) {
  const target = await startTarget({
    BENCH_SCENARIO: 'calls',
    BENCH_CALLS: String(options.calls),
    BENCH_DATABASE_URL: options.databaseUrl ?? '',
  });
  try {
    const headers = { cookie: target.cookie };
    const list = { url: `${target.url}${benchCallsPath}`, headers };
    const load = { connections: options.connections, durationMs: options.durationMs };
    // JIT, pools and caches warm before anything is measured.
    await httpLoad({ ...list, connections: 10, durationMs: 2_000 });
    const health = await httpLoad({ url: `${target.url}/api/health`, ...load });
    const ours = await httpLoad({ ...list, ...load });
    const oneConnection = await httpLoad({ ...list, connections: 1, durationMs: options.durationMs / 2 });
    const bare = await httpLoad({ url: `${target.bareUrl}/calls`, ...load });
    const sample = await fetch(list.url, { headers });
    const rows = ((await sample.json()) as { calls: unknown[] }).calls.length;
    return { ours, oneConnection, health, bare, rows };
  } finally {
    await target.stop();
  }
}

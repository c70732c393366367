/**
 * The calls list's text search over 100,000 mirrored calls with transcripts, one connection, PostgreSQL: each request
 * a page no cache has answered yet (the count is cached after the first), beside `GET /api/health` on one connection.
 */
import { benchSearchPath } from './scenarios';
import { httpLoad, startTarget } from './target';

export async function benchCallsSearch(options: { calls: number; durationMs: number; databaseUrl: string }) {
  const target = await startTarget({
    BENCH_SCENARIO: 'search',
    BENCH_CALLS: String(options.calls),
    BENCH_DATABASE_URL: options.databaseUrl,
  });
  try {
    const headers = { cookie: target.cookie };
    let page = 0;
    // Pages 1 to 100 hold matches; the run asks for fewer, so each is computed once.
    const search = {
      url: `${target.url}${benchSearchPath(1)}`,
      headers,
      path: () => benchSearchPath((page++ % 100) + 1),
    };
    const health = await httpLoad({ url: `${target.url}/api/health`, connections: 1, durationMs: options.durationMs });
    const ours = await httpLoad({ ...search, connections: 1, durationMs: options.durationMs });
    return { ours, health };
  } finally {
    await target.stop();
  }
}

/**
 * `pnpm --filter @switchboard/bff bench`: prints key=value figures, ours beside `GET /api/health` of the same server
 * in the same run. Each server is a process of its own; the load comes from this one (autocannon).
 * BENCH_SECONDS per measurement (10); BENCH_AGENT_SECONDS for the floor of agents (60, 0 skips it).
 */
import { scratchDatabase } from '../test/store/harness';
import { runAgentLoad } from './agents';
import { benchCallsList } from './calls-list';
import { benchCallsSearch } from './calls-search';
import { printFigures } from './load';
import { benchWebhookIntake } from './webhooks';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
/** The floor of 50 agents runs a minute by default: Aircall's limit is per minute. */
const agentSeconds = Number(process.env.BENCH_AGENT_SECONDS ?? 60);
const only = process.env.BENCH_ONLY; // 'calls' | 'search' | 'webhooks' | 'agents' while iterating

// PGlite (one process, the default) and PostgreSQL (several instances) answer the same queries; both are printed,
// each bench on a database of its own.
const databases = await Promise.all([scratchDatabase(), scratchDatabase(), scratchDatabase()]);
const drivers = (postgresUrl: string) =>
  [
    ['pglite', undefined],
    ['postgres', postgresUrl],
  ] as const;
try {
  for (const [driver, databaseUrl] of only && only !== 'calls' ? [] : drivers(databases[0].url)) {
    const list = await benchCallsList({ calls: 100_000, connections: 50, durationMs: seconds * 1000, databaseUrl });
    if (list.rows === 0) throw new Error('the filtered page is empty: the bench would measure nothing');
    // The older keys (no suffix for PGlite) stay for the scripts that read them.
    const legacy = driver === 'pglite' ? '' : `_${driver}`;
    printFigures({
      [`health_rps_${driver}`]: list.health.rps,
      [`calls_list_rps_${driver}`]: list.ours.rps,
      [`calls_list_vs_health_ratio_${driver}`]: list.ours.rps / list.health.rps,
      [`calls_list_p50_ms_1conn_${driver}`]: list.oneConnection.p50Ms,
      [`calls_list_p50_ms_${driver}`]: list.ours.p50Ms,
      [`calls_list_p99_ms_${driver}`]: list.ours.p99Ms,
      [`calls_list_errors_${driver}`]: list.ours.errors,
      [`bare_express_rps${legacy}`]: list.bare.rps,
      [`calls_list_vs_bare_ratio${legacy}`]: list.ours.rps / list.bare.rps,
    });
  }
  if (!only || only === 'search') {
    const search = await benchCallsSearch({
      calls: 100_000,
      durationMs: seconds * 1000,
      databaseUrl: databases[2].url,
    });
    if (search.ours.requests === 0) throw new Error('no search answered: the bench would measure nothing');
    printFigures({
      health_p50_ms_1conn_postgres: search.health.p50Ms,
      calls_search_p50_ms_postgres: search.ours.p50Ms,
      calls_search_p99_ms_postgres: search.ours.p99Ms,
      calls_search_errors_postgres: search.ours.errors,
    });
  }
  for (const [driver, databaseUrl] of only && only !== 'webhooks' ? [] : drivers(databases[1].url)) {
    const intake = await benchWebhookIntake({ databaseUrl, connections: 20, durationMs: seconds * 1000 });
    if (intake.errors > 0) throw new Error(`${intake.errors} webhook deliveries were refused on ${driver}`);
    printFigures({
      [`webhook_ack_p50_ms_${driver}`]: intake.ackP50Ms,
      [`webhook_ack_p99_ms_${driver}`]: intake.ackP99Ms,
      [`webhook_events_per_s_${driver}`]: intake.eventsPerS,
    });
  }
} finally {
  await Promise.all(databases.map((database) => database.drop()));
}

if (agentSeconds > 0 && (!only || only === 'agents')) {
  const floor = await runAgentLoad({ agents: 50, durationMs: agentSeconds * 1000, instances: 2, limitPerMinute: 60 });
  printFigures({ ...floor });
}

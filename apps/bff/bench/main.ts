/** `pnpm --filter @switchboard/bff bench`: prints key=value figures, ours beside a baseline, in one run. */
import { scratchDatabase } from '../test/store/harness';
import { runAgentLoad } from './agents';
import { benchCallsList } from './calls-list';
import { printFigures } from './load';
import { benchWebhookIntake } from './webhooks';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
/** The floor of 50 agents runs a minute by default: Aircall's limit is per minute. */
const agentSeconds = Number(process.env.BENCH_AGENT_SECONDS ?? 60);

// PGlite (one process, the default) and PostgreSQL (several instances) answer the same queries; both are printed,
// each bench on a database of its own.
const databases = await Promise.all([scratchDatabase(), scratchDatabase()]);
const drivers = (postgresUrl: string) =>
  [
    ['pglite', undefined],
    ['postgres', postgresUrl],
  ] as const;
try {
  for (const [driver, databaseUrl] of drivers(databases[0].url)) {
    const suffix = driver === 'pglite' ? '' : `_${driver}`;
    const list = await benchCallsList({ calls: 100_000, connections: 50, durationMs: seconds * 1000, databaseUrl });
    if (list.rows === 0) throw new Error('the filtered page is empty: the bench would measure nothing');
    printFigures({
      [`calls_list_p50_ms${suffix}`]: list.ours.p50Ms,
      [`calls_list_p99_ms${suffix}`]: list.ours.p99Ms,
      [`calls_list_rps${suffix}`]: list.ours.rps,
      [`calls_list_errors${suffix}`]: list.ours.errors,
      [`bare_express_rps${suffix}`]: list.baseline.rps,
      [`calls_list_vs_bare_ratio${suffix}`]: list.ours.rps / list.baseline.rps,
    });
  }
  for (const [driver, databaseUrl] of drivers(databases[1].url)) {
    const intake = await benchWebhookIntake({ databaseUrl, connections: 20, durationMs: seconds * 1000 });
    if (intake.errors > 0) throw new Error(`${intake.errors} webhook deliveries were refused on ${driver}`);
    printFigures({
      [`webhook_ack_p99_ms_${driver}`]: intake.ackP99Ms,
      [`webhook_events_per_s_${driver}`]: intake.eventsPerS,
    });
  }
} finally {
  await Promise.all(databases.map((database) => database.drop()));
}

const floor = await runAgentLoad({ agents: 50, durationMs: agentSeconds * 1000, instances: 2, limitPerMinute: 60 });
printFigures({ ...floor });

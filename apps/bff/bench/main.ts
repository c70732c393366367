/** `pnpm --filter @switchboard/bff bench`: prints key=value figures, ours beside a baseline, in one run. */
import { scratchDatabase } from '../test/store/harness';
import { runAgentLoad } from './agents';
import { benchCallsList } from './calls-list';
import { printFigures } from './load';
import { benchWebhookIntake } from './webhooks';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
/** The floor of 50 agents runs a minute by default: Aircall's limit is per minute. */
const agentSeconds = Number(process.env.BENCH_AGENT_SECONDS ?? 60);

const list = await benchCallsList({ calls: 100_000, connections: 50, durationMs: seconds * 1000 });
if (list.rows === 0) throw new Error('the filtered page is empty: the bench would measure nothing');
printFigures({
  calls_list_p50_ms: list.ours.p50Ms,
  calls_list_p99_ms: list.ours.p99Ms,
  calls_list_rps: list.ours.rps,
  calls_list_errors: list.ours.errors,
  bare_express_rps: list.baseline.rps,
  calls_list_vs_bare_ratio: list.ours.rps / list.baseline.rps,
});

const postgres = await scratchDatabase();
try {
  for (const [driver, databaseUrl] of [
    ['pglite', undefined],
    ['postgres', postgres.url],
  ] as const) {
    const intake = await benchWebhookIntake({ databaseUrl, connections: 20, durationMs: seconds * 1000 });
    if (intake.errors > 0) throw new Error(`${intake.errors} webhook deliveries were refused on ${driver}`);
    printFigures({
      [`webhook_ack_p99_ms_${driver}`]: intake.ackP99Ms,
      [`webhook_events_per_s_${driver}`]: intake.eventsPerS,
    });
  }
} finally {
  await postgres.drop();
}

const floor = await runAgentLoad({ agents: 50, durationMs: agentSeconds * 1000, instances: 2, limitPerMinute: 60 });
printFigures({ ...floor });

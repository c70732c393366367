/** `pnpm --filter @switchboard/bff bench`: prints key=value figures, ours beside a baseline, in one run. */
import { benchCallsList } from './calls-list';
import { printFigures } from './load';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);

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

/**
 * `pnpm bench:load` (a benchmark, not a test): 50 simulated agents browsing and acting for BENCH_MINUTES (5) across two
 * BFF instances on PostgreSQL, with the simulator at Aircall's real 60 requests a minute. Prints key=value lines and
 * writes them as a table at the top of bench/RESULTS.md with the date and the machine (the notes below it stay).
 */
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAgentLoad } from '../apps/bff/bench/agents';
import { printFigures } from '../apps/bff/bench/load';

const limitPerMinute = 60;
const setup = { agents: 50, instances: 2, minutes: Number(process.env.BENCH_MINUTES ?? 5) };

const figures = await runAgentLoad({
  agents: setup.agents,
  instances: setup.instances,
  durationMs: setup.minutes * 60_000,
  limitPerMinute,
});
printFigures({ ...figures });

const cpus = os.cpus();
const machine = `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.type()} ${os.release()}, Node ${process.version}`;
const withinLimit = figures.rate_limited === 0 && figures.upstream_per_min <= limitPerMinute;
const rows = Object.entries(figures).map(([key, value]) => `| \`${key}\` | ${Number(value.toFixed(2))} |`);
const results = `# Load benchmark (\`pnpm bench:load\`)

${setup.agents} simulated agents browsing and acting for ${setup.minutes} min across ${setup.instances} BFF instances on one
PostgreSQL; the simulator enforces Aircall's ${limitPerMinute} requests per minute; an inbound call every 3 s.

- Date: ${new Date().toISOString()}
- Machine: ${machine}
- Verdict: ${withinLimit ? `0 rate-limited, upstream at or under ${limitPerMinute}/min` : 'OVER THE LIMIT'}

| figure | value |
| --- | --- |
${rows.join('\n')}

\`upstream_per_min\` is the busiest rolling minute of requests the simulator received from both instances together;
\`rate_limited\` the 429s it answered; \`api_*\` every request the browsers made (mirror reads and Aircall actions);
\`webhook_to_browser_*\` from placing a call to each browser's first \`call.upserted\` for it, whichever instance the
webhook reached. \`fair_action_*\`: a supervisor's single comment, every 6 s, while another agent's 80 comments sent at
once wait for the same lane.
`;
const resultsFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'RESULTS.md');
/** Where the notes kept across runs begin (what cost what, and how it was measured). */
const notesHeading = '\n## ';
const previous = await readFile(resultsFile, 'utf8').catch(() => '');
const notesAt = previous.indexOf(notesHeading);
await writeFile(resultsFile, notesAt < 0 ? results : results + previous.slice(notesAt));
if (!withinLimit) {
  console.error(`over the company limit: ${figures.upstream_per_min}/min, ${figures.rate_limited} rate-limited`);
  process.exitCode = 1;
}

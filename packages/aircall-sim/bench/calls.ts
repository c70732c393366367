// Throughput of `GET /v1/calls?per_page=50` on the standalone server (rate limiting off), measured like autocannon:
// several concurrent workers on keep-alive connections (Node's fetch is undici, which pools and keeps them alive).
// Env: BENCH_DURATION_MS (default 5000), BENCH_CONNECTIONS (default 16).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const durationMs = Number(process.env.BENCH_DURATION_MS ?? 5_000);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);
const warmupMs = 1_000;

const server = spawn(fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url)), ['src/main.ts'], {
  cwd: fileURLToPath(new URL('..', import.meta.url)),
  env: { ...process.env, PORT: '0', SIM_RATE_LIMIT: 'off', SIM_BACKGROUND_CALLS_PER_MINUTE: '0' },
  stdio: ['ignore', 'pipe', 'inherit'],
});

const baseUrl = await new Promise<string>((resolve, reject) => {
  let output = '';
  server.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    const match = /listening on (http:\/\/\S+)/.exec(output);
    if (match?.[1]) resolve(match[1]);
  });
  server.once('exit', (code) => reject(new Error(`simulator exited with ${code}`)));
});

const target = `${baseUrl}/v1/calls?per_page=50`;
const headers = { Authorization: `Basic ${Buffer.from('sim-api-id:sim-api-token').toString('base64')}` };

/** Requests completed by one worker until `until`; any non-200 answer aborts the bench. */
async function worker(until: number): Promise<number> {
  let completed = 0;
  while (performance.now() < until) {
    const response = await fetch(target, { headers });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`unexpected status ${response.status}`);
    completed++;
  }
  return completed;
}

try {
  const run = async (ms: number) => {
    const until = performance.now() + ms;
    const counts = await Promise.all(Array.from({ length: connections }, () => worker(until)));
    return counts.reduce((sum, n) => sum + n, 0);
  };
  await run(warmupMs);
  const started = performance.now();
  const completed = await run(durationMs);
  const seconds = (performance.now() - started) / 1000;
  console.log(`requests_per_s=${Math.round(completed / seconds)}`);
} finally {
  server.kill('SIGTERM');
}

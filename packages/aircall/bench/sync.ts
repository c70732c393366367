/**
 * Sync benchmark: a background sync pages through every call of the standalone simulator as fast as the budget
 * allows, under a real (scaled) rate limit, while a live-lane request arrives every few seconds.
 *
 *   pnpm --filter @switchboard/aircall bench        (BENCH_SECONDS=40 by default)
 *
 * Prints, last: sync_ratio (calls per minute achieved ÷ (50 × limit per minute); goal ≥ 0.95), rate_limited
 * (429s received; goal 0) and live_wait_ms_p95 (queueing of live requests behind the sync; goal ≤ 2000).
 */
import { createSimulator } from '@switchboard/aircall-sim';
import { createAircallClient } from '../src';

const LIMIT = 600;
const WINDOW_MS = 10_000;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 40);
const LIVE_EVERY_MS = 2_000;

const simulator = createSimulator({ rateLimit: { limit: LIMIT, windowMs: WINDOW_MS }, sizes: { calls: 20_000 } });
const server = await simulator.listen({ port: 0 });

let rateLimited = 0;
let requests = 0;
const liveWaits: number[] = [];
const client = createAircallClient({
  ...simulator.credentials,
  baseUrl: server.url,
  budget: { limit: LIMIT, windowMs: WINDOW_MS },
  hooks: {
    onRequest: (event) => {
      requests += 1;
      if (event.lane === 'live') liveWaits.push(event.budgetWaitMs);
    },
    onResponse: (event) => {
      if (event.status === 429) rateLimited += 1;
    },
  },
});

const stop = new AbortController();
const startedAt = Date.now();
let stoppedAt = 0;
setTimeout(() => {
  stoppedAt = Date.now();
  stop.abort(new Error('bench over'));
}, SECONDS * 1_000);

async function sync(): Promise<number> {
  let calls = 0;
  let passes = 0;
  try {
    while (!stop.signal.aborted) {
      for await (const _call of client.calls.listAll({}, { signal: stop.signal })) calls += 1;
      passes += 1;
    }
  } catch (error) {
    if (!stop.signal.aborted) throw error;
  }
  console.log(`sync: ${calls} calls in ${passes} full passes and a partial one`);
  return calls;
}

async function liveTraffic(): Promise<void> {
  const { calls } = await client.calls.list({ per_page: 50 }, { lane: 'live' });
  for (let i = 0; !stop.signal.aborted; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, LIVE_EVERY_MS).unref());
    const call = calls[i % calls.length];
    if (call && !stop.signal.aborted) await client.calls.get(call.id, {}, { lane: 'live' });
  }
}

const [synced] = await Promise.all([sync(), liveTraffic()]);
const elapsedMinutes = (stoppedAt - startedAt) / 60_000;
await server.close();

const limitPerMinute = LIMIT * (60_000 / WINDOW_MS);
const sorted = [...liveWaits].sort((a, b) => a - b);
const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? 0;
console.log(
  `limit: ${LIMIT} per ${WINDOW_MS / 1000} s; ran ${(elapsedMinutes * 60).toFixed(1)} s; live requests: ${liveWaits.length}; requests: ${requests}`,
);
console.log(`sync_ratio=${(synced / elapsedMinutes / (50 * limitPerMinute)).toFixed(3)}`);
console.log(`rate_limited=${rateLimited}`);
console.log(`live_wait_ms_p95=${Math.round(p95)}`);

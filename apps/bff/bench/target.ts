/**
 * Starts `bench/server.ts` as a process of its own and drives it with autocannon from this one: the load generator
 * never competes with the server for its event loop, and every figure can sit beside `GET /api/health` of the
 * same process in the same run.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { BenchServerReady } from './scenarios';

const bffRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface BenchTarget extends BenchServerReady {
  /** Asks the server process a question (see `BenchQuestion`). */
  ask(question: 'pendingWebhooks'): Promise<number>;
  stop(): Promise<void>;
}

export function startTarget(env: Record<string, string>): Promise<BenchTarget> {
  // BENCH_PROFILE_DIR=<dir>: the server writes a CPU profile there when it stops (open it in Chrome's DevTools).
  const profile = process.env.BENCH_PROFILE_DIR
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`]
    : [];
  const child: ChildProcess = spawn(process.execPath, [...profile, '--import', 'tsx', 'bench/server.ts'], {
    cwd: bffRoot,
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const answers = new Map<number, (value: number) => void>();
  let asked = 0;
  child.on('message', (message: { id: number; answer: number }) => {
    answers.get(message.id)?.(message.answer);
    answers.delete(message.id);
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.once('exit', (code) => reject(new Error(`the bench server exited with ${code}:\n${output}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((candidate) => candidate.startsWith('{"ready"'));
      if (!line) return;
      const { ready } = JSON.parse(line) as { ready: BenchServerReady };
      resolve({
        ...ready,
        ask: (ask) =>
          new Promise((answer) => {
            const id = ++asked;
            answers.set(id, answer);
            child.send({ id, ask });
          }),
        async stop() {
          child.removeAllListeners('exit');
          const exited = new Promise((done) => child.once('exit', done));
          child.disconnect();
          const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
          await exited;
          clearTimeout(killer);
          process.off('exit', killOnExit);
        },
      });
    });
  });
}

export interface HttpLoad {
  requests: number;
  errors: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
}

/** A closed loop of `connections` keep-alive connections for `durationMs`; only 2xx answers count as done. */
export async function httpLoad(options: {
  url: string;
  connections: number;
  durationMs: number;
  headers?: Record<string, string>;
  method?: 'GET' | 'POST';
  /** A fresh body for every request (e.g. distinct webhook deliveries). */
  body?: () => string;
  /** A fresh path (and query) for every request, on the url's origin (e.g. pages no cache has seen). */
  path?: () => string;
}): Promise<HttpLoad> {
  const { body, path } = options;
  const fresh = body || path;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationMs / 1000,
    headers: options.headers,
    method: options.method ?? 'GET',
    requests: fresh
      ? [
          {
            setupRequest: (request) => ({
              ...request,
              ...(body && { body: body() }),
              ...(path && { path: path() }),
            }),
          },
        ]
      : undefined,
  });
  const elapsedS = result.duration;
  const errors = result.errors + result.timeouts + result.non2xx;
  return {
    requests: result['2xx'],
    errors,
    rps: result['2xx'] / elapsedS,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
  };
}

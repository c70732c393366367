/**
 * Switchboard as production runs it, on this machine: BFF processes (src/main.ts, each its own OS process on a real
 * port) sharing one scratch PostgreSQL database, in front of a simulator whose every `/v1` request is counted.
 * Used by the multi-instance test and by the load benches.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer, type IncomingMessage } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSimulator, type Simulator, type SimulatorOptions } from '@switchboard/aircall-sim';
import { csrfHeaderName, type Role } from '@switchboard/contracts';
import { createStore, type Store, testScryptCost } from '../../src/store';
import { scratchDatabase } from '../store/harness';

const bffRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const clusterPassword = 'cluster password, long enough';

/** One `/v1` request as the simulator answered it. */
export interface UpstreamRequest {
  at: number;
  method: string;
  path: string;
  status: number;
}

export interface CountedSimulator {
  simulator: Simulator;
  url: string;
  /** Every `/v1` request answered so far, stamped on arrival (the control API is not counted: Aircall has none). */
  requests: UpstreamRequest[];
  /** The control API (`/__sim/…`): GET without a body, POST with one. */
  control<T>(path: string, body?: unknown): Promise<T>;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length > 0 ? Buffer.concat(chunks) : undefined;
}

/**
 * The simulator on a real port, answering through a thin HTTP front that records each request: the company's
 * upstream traffic as Aircall would count it. A connection-reset fault (sim.fetch rejecting) drops the socket.
 */
export async function startCountedSimulator(options: SimulatorOptions = {}): Promise<CountedSimulator> {
  const simulator = createSimulator(options);
  const requests: UpstreamRequest[] = [];
  const server = createServer(async (req, res) => {
    const arrivedAt = Date.now();
    const aborted = new AbortController();
    res.on('close', () => aborted.abort());
    try {
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
      const answer = await simulator.fetch(`${origin}${req.url ?? '/'}`, {
        method: req.method,
        headers,
        body: await readBody(req),
        signal: aborted.signal,
      });
      const body = Buffer.from(await answer.arrayBuffer());
      if (req.url?.startsWith('/v1/')) {
        requests.push({ at: arrivedAt, method: req.method ?? 'GET', path: req.url, status: answer.status });
      }
      res.writeHead(answer.status, Object.fromEntries(answer.headers));
      res.end(body);
    } catch {
      req.socket.destroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the simulator front has no TCP address');
  const origin = `http://127.0.0.1:${address.port}`;

  return {
    simulator,
    url: origin,
    requests,
    async control<T>(controlPath: string, body?: unknown): Promise<T> {
      const res = await simulator.fetch(`${origin}/__sim${controlPath}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`sim control ${controlPath}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Most requests in any `windowMs` (a rolling window, as Aircall counts). */
export function peakInWindow(requests: readonly UpstreamRequest[], windowMs: number): number {
  const times = requests.map((request) => request.at).sort((a, b) => a - b);
  let peak = 0;
  for (let first = 0, last = 0; last < times.length; last++) {
    while ((times[last] as number) - (times[first] as number) >= windowMs) first++;
    peak = Math.max(peak, last - first + 1);
  }
  return peak;
}

export interface BffProcess {
  url: string;
  pid: number;
  /** What the process printed so far (its JSON log lines). */
  output(): string;
  /** Whether it is still running. */
  alive(): boolean;
  /** SIGKILL: dies at once, holding its lease, as a crashed machine would. */
  kill(): Promise<void>;
  /** SIGTERM: graceful shutdown. */
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Starts `src/main.ts` as its own process and resolves once its log says where it listens. */
export function startBff(env: Record<string, string>, timeoutMs = 60_000): Promise<BffProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: bffRoot,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      ALLOW_INSECURE_PUBLIC_URL: 'true',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  // Should this process crash, its instances must not outlive it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the BFF did not listen within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`the BFF exited with ${code} before listening:\n${output}`));
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /"url":"(http:\/\/127\.0\.0\.1:\d+)".*"msg":"Switchboard BFF listening"/.exec(output)?.[1];
      if (!url || child.pid === undefined) return;
      clearTimeout(timer);
      child.off('exit', onExit);
      resolve({
        url,
        pid: child.pid,
        output: () => output,
        alive: () => child.exitCode === null && child.signalCode === null,
        async kill() {
          child.kill('SIGKILL');
          await exited(child);
        },
        async stop() {
          const done = exited(child);
          child.kill('SIGTERM');
          const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
          await done;
          clearTimeout(killer);
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
  });
}

/** A signed-in browser: its cookie, and fetch with the CSRF header that every change needs. */
export interface Browser {
  baseUrl: string;
  cookie: string;
  api(path: string, init?: { method?: string; body?: unknown; signal?: AbortSignal }): Promise<Response>;
}

export function browser(baseUrl: string, cookie: string): Browser {
  return {
    baseUrl,
    cookie,
    api: (apiPath, init = {}) =>
      fetch(`${baseUrl}${apiPath}`, {
        method: init.method ?? 'GET',
        headers: {
          cookie,
          [csrfHeaderName]: '1',
          ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: init.signal,
      }),
  };
}

export async function signIn(baseUrl: string, email: string, password = clusterPassword): Promise<Browser> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [csrfHeaderName]: '1' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`sign-in of ${email} failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((header) => header.includes('sb_session='));
  if (!cookie) throw new Error('sign-in set no session cookie');
  return browser(baseUrl, cookie.split(';')[0] as string);
}

/** One server-sent event as a browser's EventSource would hand it over, with when it arrived. */
export interface ReceivedEvent {
  id: string | undefined;
  type: string;
  data: unknown;
  receivedAt: number;
}

/** `GET /api/events` read the way EventSource does: frames split on blank lines, comments skipped. */
export async function openEventStream(session: Browser, onEvent: (event: ReceivedEvent) => void) {
  const closing = new AbortController();
  const res = await fetch(`${session.baseUrl}/api/events`, {
    headers: { cookie: session.cookie, accept: 'text/event-stream' },
    signal: closing.signal,
  });
  if (!res.ok || !res.body) throw new Error(`event stream refused: ${res.status}`);
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  const reading = (async () => {
    let buffered = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffered += value;
      for (let end = buffered.indexOf('\n\n'); end >= 0; end = buffered.indexOf('\n\n')) {
        const frame = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        const fields = new Map<string, string>();
        for (const line of frame.split('\n')) {
          const colon = line.indexOf(':');
          if (colon > 0) fields.set(line.slice(0, colon), line.slice(colon + 1).trimStart());
        }
        const data = fields.get('data');
        if (data === undefined) continue;
        onEvent({
          id: fields.get('id'),
          type: fields.get('event') ?? 'message',
          data: JSON.parse(data),
          receivedAt: Date.now(),
        });
      }
    }
  })().catch(() => undefined); // ends with the abort below
  return {
    async close(): Promise<void> {
      closing.abort();
      await reading;
    },
  };
}

export interface ClusterOptions {
  instances: number;
  /** The company's limit: the simulator enforces it and every instance budgets for it. */
  limitPerMinute: number;
  sim?: Omit<SimulatorOptions, 'rateLimit'>;
  /** Extra environment for every instance. */
  env?: Record<string, string>;
  /** Runs on the migrated database before any instance starts (e.g. to fill the mirror as a past sync would). */
  prepare?: (store: Store) => Promise<void>;
}

/**
 * The simulator (counted), a scratch database, and `instances` BFF processes on it; `store` is the test's own
 * connection to that database (accounts, leases, the webhook registration).
 */
export async function startCluster(options: ClusterOptions) {
  const sim = await startCountedSimulator({
    ...options.sim,
    rateLimit: { limit: options.limitPerMinute, windowMs: 60_000 },
  });
  const database = await scratchDatabase();
  // Migrates the database before the instances start, so they never race to.
  const store: Store = await createStore({ databaseUrl: database.url, passwordCost: testScryptCost, poolSize: 2 });
  const env = {
    DATABASE_URL: database.url,
    AIRCALL_API_ID: sim.simulator.credentials.apiId,
    AIRCALL_API_TOKEN: sim.simulator.credentials.apiToken,
    AIRCALL_BASE_URL: sim.url,
    AIRCALL_RATE_LIMIT_PER_MINUTE: String(options.limitPerMinute),
    ...options.env,
  };
  const instances: BffProcess[] = [];
  let accounts = 0;

  async function close(): Promise<void> {
    await Promise.all(instances.map((instance) => instance.stop()));
    await store.close();
    await database.drop();
    await sim.close();
  }

  try {
    await options.prepare?.(store);
  } catch (error) {
    await close();
    throw error;
  }
  const started = await Promise.allSettled(Array.from({ length: options.instances }, () => startBff(env)));
  for (const outcome of started) if (outcome.status === 'fulfilled') instances.push(outcome.value);
  const failure = started.find((outcome) => outcome.status === 'rejected');
  if (failure) {
    await close(); // stops the ones that did start
    throw failure.reason;
  }

  return {
    sim,
    store,
    instances,
    /** A new account with this role, signed in on `instance`. */
    async signIn(instance: BffProcess, role: Role, aircallUserId: number | null = null) {
      const email = `${role}${++accounts}@cluster.test`;
      const account = await store.accounts.create({ email, password: clusterPassword, role, aircallUserId });
      return { account, browser: await signIn(instance.url, email) };
    },
    /** The instance holding the sync lease (its holder id carries the pid), if any. */
    async leader(): Promise<BffProcess | undefined> {
      const lease = await store.leases.holder('sync');
      return instances.find((instance) => lease?.holderId.split(':')[1] === String(instance.pid));
    },
    close,
  };
}

export type Cluster = Awaited<ReturnType<typeof startCluster>>;

/** Polls `probe` until it answers something truthy; rejects after `timeoutMs` (a bound on a hang, not a measure). */
export async function eventually<T>(probe: () => Promise<T | undefined | false>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await probe();
    if (answer) return answer;
    if (Date.now() > deadline) throw new Error(`still not true after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

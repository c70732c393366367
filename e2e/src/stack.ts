import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createStore } from '@switchboard/bff';
import { repoRoot, type StartedProcess, startProcess } from './processes';

export const simCredentials = { apiId: 'e2e-api-id', apiToken: 'e2e-api-token' };

export type Role = 'agent' | 'supervisor' | 'admin';
/** One dashboard account per role, written to the BFF's store before it starts. */
export const accounts: Record<Role, { email: string; password: string }> = {
  agent: { email: 'agent@e2e.test', password: 'agent-password-e2e' },
  supervisor: { email: 'supervisor@e2e.test', password: 'supervisor-password-e2e' },
  admin: { email: 'admin@e2e.test', password: 'admin-password-e2e' },
};

/**
 * The BFF's test cost for scrypt: hashes carry their cost, so the BFF verifies them as it would its own, and each
 * sign-in takes milliseconds instead of a second of CPU.
 */
const e2eScryptCost = { N: 2 ** 10, r: 8, p: 1 };

export interface Stack {
  simUrl: string;
  bffUrl: string;
  /** Authenticated GET against the simulator's Aircall API, to learn what it seeded. */
  aircall<T>(pathAndQuery: string): Promise<T>;
  /** The simulator's control API (`/__sim/…`): what callers and agents do on their phones. */
  simControl<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', route: string, body?: unknown): Promise<T>;
  /** What the BFF printed so far (request logs, sync, webhooks): to read when a journey fails. */
  bffOutput(): string;
  stop(): Promise<void>;
}

/**
 * Writes the role accounts with the BFF's own store (what its accounts CLI does), in this process: one store opening
 * instead of one process per account. PGlite has one owner at a time, so this ends before the BFF starts.
 */
async function createAccounts(dataDir: string): Promise<void> {
  const store = await createStore({ dataDir, passwordCost: e2eScryptCost });
  try {
    for (const [role, account] of Object.entries(accounts) as [Role, (typeof accounts)[Role]][]) {
      await store.accounts.create({ ...account, role });
    }
  } finally {
    await store.close();
  }
}

async function expectOk(res: Response, what: string): Promise<unknown> {
  if (!res.ok) throw new Error(`simulator answered ${res.status} to ${what}: ${await res.text()}`);
  return res.status === 204 ? undefined : res.json();
}

export interface StackOptions {
  /** The BFF's share of Aircall's rate limit, per minute: a low one makes the first import last long enough to watch. */
  aircallRateLimitPerMinute?: number;
}

/** The whole product on free ports: the simulator, and one BFF serving the built SPA and /api. */
export async function startStack({ aircallRateLimitPerMinute = 6000 }: StackOptions = {}): Promise<Stack> {
  const webDist = path.join(repoRoot, 'apps/web/dist');
  if (!existsSync(path.join(webDist, 'index.html'))) {
    throw new Error('apps/web/dist is missing: run `pnpm build` before the e2e tests');
  }
  const started: StartedProcess[] = [];
  const dataDir = mkdtempSync(path.join(tmpdir(), 'switchboard-e2e-'));
  const stop = async () => {
    await Promise.all(started.map((process) => process.stop()));
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const [simulator, accountsWritten] = await Promise.allSettled([
      startProcess('simulator', {
        cwd: 'packages/aircall-sim',
        entry: 'src/main.ts',
        // A small company and a raised limit: these journeys test the console, the budget has its own tests.
        env: {
          PORT: '0',
          SIM_API_ID: simCredentials.apiId,
          SIM_API_TOKEN: simCredentials.apiToken,
          SIM_CALLS: '600',
          SIM_CONTACTS: '50',
          SIM_RATE_LIMIT: '6000',
          SIM_BACKGROUND_CALLS_PER_MINUTE: '0',
        },
      }),
      createAccounts(dataDir),
    ]);
    if (simulator.status === 'fulfilled') started.push(simulator.value);
    if (accountsWritten.status === 'rejected') throw accountsWritten.reason;
    if (simulator.status === 'rejected') throw simulator.reason;
    const sim = simulator.value;
    const bff = await startProcess('bff', {
      cwd: 'apps/bff',
      entry: 'src/main.ts',
      env: {
        NODE_ENV: 'production',
        // The stack runs on loopback over plain http: production's https requirement is waived for it.
        ALLOW_INSECURE_PUBLIC_URL: 'true',
        PORT: '0',
        HOST: '127.0.0.1',
        AIRCALL_API_ID: simCredentials.apiId,
        AIRCALL_API_TOKEN: simCredentials.apiToken,
        AIRCALL_BASE_URL: sim.url,
        AIRCALL_RATE_LIMIT_PER_MINUTE: String(aircallRateLimitPerMinute),
        WEB_DIST_DIR: webDist,
        DATA_DIR: dataDir,
      },
    });
    started.push(bff);
    const authorization = `Basic ${Buffer.from(`${simCredentials.apiId}:${simCredentials.apiToken}`).toString('base64')}`;
    return {
      simUrl: sim.url,
      bffUrl: bff.url,
      async aircall<T>(pathAndQuery: string) {
        const res = await fetch(`${sim.url}${pathAndQuery}`, { headers: { authorization } });
        return (await expectOk(res, pathAndQuery)) as T;
      },
      async simControl<T>(method: string, route: string, body?: unknown) {
        const res = await fetch(`${sim.url}/__sim${route}`, {
          method,
          headers: body === undefined ? {} : { 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        return (await expectOk(res, `${method} /__sim${route}`)) as T;
      },
      bffOutput: bff.output,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

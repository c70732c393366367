import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot, runToCompletion, type StartedProcess, startProcess } from './processes';

export const simCredentials = { apiId: 'e2e-api-id', apiToken: 'e2e-api-token' };

export type Role = 'agent' | 'supervisor' | 'admin';
/** One dashboard account per role, created with the BFF's own CLI before it starts. */
export const accounts: Record<Role, { email: string; password: string }> = {
  agent: { email: 'agent@e2e.test', password: 'agent-password-e2e' },
  supervisor: { email: 'supervisor@e2e.test', password: 'supervisor-password-e2e' },
  admin: { email: 'admin@e2e.test', password: 'admin-password-e2e' },
};

export interface Stack {
  simUrl: string;
  bffUrl: string;
  /** Authenticated GET against the simulator, to learn what it seeded. */
  aircall<T>(pathAndQuery: string): Promise<T>;
  stop(): Promise<void>;
}

/** The whole product on free ports: the simulator, and one BFF serving the built SPA and /api. */
export async function startStack(): Promise<Stack> {
  const webDist = path.join(repoRoot, 'apps/web/dist');
  if (!existsSync(path.join(webDist, 'index.html'))) {
    throw new Error('apps/web/dist is missing: run `pnpm build` before the e2e tests');
  }
  const started: StartedProcess[] = [];
  const dataDir = mkdtempSync(path.join(tmpdir(), 'switchboard-e2e-'));
  try {
    for (const [role, account] of Object.entries(accounts)) {
      await runToCompletion('accounts CLI', {
        cwd: 'apps/bff',
        entry: 'src/cli/accounts.ts',
        args: ['create', '--email', account.email, '--role', role, '--password', account.password],
        env: { DATA_DIR: dataDir },
      });
    }
    const sim = await startProcess('simulator', {
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
    });
    started.push(sim);
    const bff = await startProcess('bff', {
      cwd: 'apps/bff',
      entry: 'src/main.ts',
      env: {
        NODE_ENV: 'production',
        PORT: '0',
        HOST: '127.0.0.1',
        AIRCALL_API_ID: simCredentials.apiId,
        AIRCALL_API_TOKEN: simCredentials.apiToken,
        AIRCALL_BASE_URL: sim.url,
        AIRCALL_RATE_LIMIT_PER_MINUTE: '6000',
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
        if (!res.ok) throw new Error(`simulator answered ${res.status} to ${pathAndQuery}`);
        return (await res.json()) as T;
      },
      stop: async () => {
        await stopAll(started);
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await stopAll(started);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

async function stopAll(processes: StartedProcess[]): Promise<void> {
  await Promise.all(processes.map((process) => process.stop()));
}

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createStore, testScryptCost } from '../src/store';

const dataDir = mkdtempSync(path.join(tmpdir(), 'switchboard-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** The CLI as an operator runs it: its own process, password on stdin. */
function accountsCli(args: string[], stdin = '') {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/accounts.ts', ...args], {
    cwd: path.resolve(import.meta.dirname, '..'),
    env: { ...process.env, DATA_DIR: dataDir },
    input: stdin,
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('accounts CLI', () => {
  it('creates an account with the password read from stdin, which then signs in', async () => {
    const created = accountsCli(
      ['create', '--email', 'Ops@Example.com', '--role', 'admin'],
      'a long enough password\n',
    );
    expect(created).toMatchObject({ status: 0 });
    expect(created.output).toContain('Created admin account');
    expect(created.output).not.toContain('a long enough password');

    const store = await createStore({ dataDir, passwordCost: testScryptCost });
    try {
      const check = await store.accounts.verifyCredentials('ops@example.com', 'a long enough password');
      expect(check).toMatchObject({ ok: true, account: { role: 'admin' } });
    } finally {
      await store.close();
    }
  });

  it('refuses a taken email, and names each bad option with its rule', () => {
    const taken = accountsCli([
      'create',
      '--email',
      'ops@example.com',
      '--role',
      'agent',
      '--password',
      'another long one',
    ]);
    expect(taken.status).toBe(1);
    expect(taken.output).toContain('already exists');

    const bad = accountsCli(['create', '--email', 'not-an-email', '--role', 'boss', '--password', 'short']);
    expect(bad.status).toBe(2);
    expect(bad.output).toMatch(/--email: /);
    expect(bad.output).toContain('--role: must be one of agent, supervisor, admin');
    expect(bad.output).toContain('--password: must be at least 12 characters');
  });
});

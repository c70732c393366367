import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * The repository's own Biome configuration (root + apps/web), copied beside probe files laid out like apps/web/src,
 * so the lint rule that keeps features apart is checked on imports that break it and on imports that do not.
 */
const repo = resolve(import.meta.dirname, '../../..');
const biome = join(repo, 'node_modules/.bin/biome');
let sandbox: string;

beforeAll(() => {
  sandbox = mkdtempSync(join(tmpdir(), 'feature-boundaries-'));
  const root = JSON.parse(readFileSync(join(repo, 'biome.json'), 'utf8'));
  delete root.$schema;
  root.vcs = { enabled: false };
  writeFileSync(join(sandbox, 'biome.json'), JSON.stringify(root));
  const web = JSON.parse(readFileSync(join(repo, 'apps/web/biome.json'), 'utf8'));
  delete web.$schema;
  mkdirSync(join(sandbox, 'apps/web'), { recursive: true });
  writeFileSync(join(sandbox, 'apps/web/biome.json'), JSON.stringify(web));
});
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

async function lint(path: string, specifier: string): Promise<{ ok: boolean; output: string }> {
  const file = join(sandbox, 'apps/web', path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `import { x } from '${specifier}';\n\nexport const y = x;\n`);
  try {
    const { stdout, stderr } = await promisify(execFile)(biome, ['lint', '--colors=off', file], { cwd: sandbox });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: stdout + stderr };
  } finally {
    rmSync(file);
  }
}

describe('Biome keeps features apart', () => {
  it.each([
    ['src/features/calls/calls-table.tsx', '../transfer/transfer-dialog'],
    ['src/features/calls/detail/call-facts.tsx', '../../users/status'],
    ['src/features/calls/detail/deeper/x.tsx', '../../../board/board'],
    ['src/features/admin/audit-log.tsx', '../../features/calls/format'],
    ['src/lib/format.ts', '../features/calls/call-status'],
    ['src/components/ui/button.tsx', '../../features/shell/theme'],
  ])('%s may not import %s', async (path, specifier) => {
    const result = await lint(path, specifier);
    expect(result.ok).toBe(false);
    expect(result.output).toContain('noRestrictedImports');
  });

  it.each([
    ['src/features/calls/calls-table.tsx', './call-status'],
    ['src/features/calls/calls-table.tsx', '../../components/page-header'],
    ['src/features/calls/calls-table.tsx', '../../lib/format'],
    ['src/features/calls/detail/call-facts.tsx', '../call-status'],
    ['src/features/calls/detail/call-facts.tsx', '../../../lib/format'],
    ['src/routes/calls/index.tsx', '../../features/calls/calls-table'],
    ['src/routes/calls/index.tsx', '../../features/transfer/transfer-dialog'],
  ])('%s may import %s', async (path, specifier) => {
    const result = await lint(path, specifier);
    expect(result.output).not.toContain('noRestrictedImports');
    expect(result.ok).toBe(true);
  });
});

/**
 * `npm run token` (app/token-cli.ts) as a developer calls it: help, a wrong option, a good call. Never a stack trace.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { verifyToken } from '../../infra/auth.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'app/token-cli.ts', ...args], { cwd: ROOT, env: { ...process.env, NODE_ENV: 'development' } });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run token', () => {
  it('prints its usage for --help, and refuses an unknown option with the usage, not a stack trace', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--role');
    const bad = await run('--bogus');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Unknown option '--bogus'");
    expect(bad.stderr).toContain('--role');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  it('mints a token the platform accepts', async () => {
    const ok = await run('--role', 'ORG_ADMIN', '--org', 'a1b2c3d4e5f6a1b2c3d4e5f6', '--sub', 'alice');
    expect(ok.code).toBe(0);
    const actor = await verifyToken(ok.stdout.trim(), { users: 'only' });
    expect(actor).toMatchObject({ id: 'alice', org: 'a1b2c3d4e5f6a1b2c3d4e5f6', roles: ['ORG_ADMIN'] });
  });
});

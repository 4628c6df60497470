/**
 * The demo platform as `npm start` runs it, for the console's browser tests: its own process (every service, the
 * gateway, the console at /, embedded defaults: in-app notifications only, no SMTP), the demo data seeded, on the
 * run's MongoDB. Started once per test file by the first `openConsole()` (test/helpers/browser.ts); every console suite
 * is in test/browser/console.spec.ts, so once per run. No vitest runtime imports here.
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../../infra/ports.js';
import { awaitOutput, stopChild } from '../../infra/child-output.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** A development identity the platform offers on its sign-in screen (GET /console/dev-identities). */
export interface Identity {
  label: string;
  token: string;
  org?: string | null;
}

export interface DemoPlatform {
  /** http://127.0.0.1:<port>, without a trailing slash. */
  base: string;
  identities: Identity[];
  /** The platform's last output (50 KB at most), for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/** Builds the console when console/dist is missing or older than its sources, as `npm start` does (vite; can take a minute). */
export async function buildConsoleIfStale(): Promise<void> {
  const { stdout, stderr } = await promisify(execFile)(process.execPath, [path.join(ROOT, 'console/build-if-stale.mjs')], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
  process.stdout.write(stdout + stderr);
}

/**
 * Spawns `node --import tsx app/platform.ts` (what `npm start` runs) on a free port, in a fresh Moleculer namespace and
 * database prefix on `mongoUrl` — or, without one, on its own embedded database as `npm start` on a fresh machine does
 * (then the other test files' load on the run's shared emulator never slows the console's steps) — and resolves once
 * the banner says the demo data is seeded ("Mint another").
 * Rejects with the platform's last output when it exits or is not up within `timeoutMs` (default 240 s).
 */
export async function startDemoPlatform(opts: { mongoUrl?: string; timeoutMs?: number }): Promise<DemoPlatform> {
  const timeoutMs = opts.timeoutMs ?? 240_000;
  const port = await freePort();
  const id = `demo${process.pid}${Date.now().toString(36)}`;
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), NODE_ENV: 'development', LOG_LEVEL: 'warn', MOLECULER_NAMESPACE: id, MONGO_DB_PREFIX: id, MONGO_URL: opts.mongoUrl, NATS_URL: '' };
  if (!opts.mongoUrl) delete env.MONGO_URL; // the platform starts its own embedded database
  delete env.SMTP_URL; // embedded defaults: in-app notifications only (notifications.spec.ts checks the settings say so)
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'app/platform.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = () => stopChild(child, 10_000);
  // The banner ends with "Mint another" once the demo data is seeded.
  const up = awaitOutput(child, (out) => (out.includes('Mint another') ? /GraphQL API \+ GraphiQL: (http:\/\/[^\s]+)\/graphql/.exec(out)?.[1] : undefined), { what: 'the demo platform', timeoutMs });
  const base = await up.ready.catch(async (err: unknown) => {
    await stop();
    throw err;
  });
  const res = await fetch(`${base}/console/dev-identities`);
  const identities = ((await res.json()) as { identities: Identity[] }).identities;
  return { base, identities, output: up.output, stop };
}

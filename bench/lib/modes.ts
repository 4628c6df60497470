/**
 * The three deployment modes, each started as real processes from the project's own entry points:
 *  (a) everything in one process on Moleculer's in-process transport (app/platform.ts, as `npm start`);
 *  (b) each service in its own process over NATS, plus the gateway process;
 *  (c) two replicas of each service over NATS, and two of the gateway (BENCH_GATEWAYS, default 2), each on its own
 *      port: the load generator spreads its connections over them as a load balancer in front of the replicas would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../../infra/ports.js';
import { stopChild } from '../../infra/child-output.js';
import { SERVICE_NAMES } from '../../app/services.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** SIGTERM (graceful drain), then SIGKILL after 8 s for any process still running. */
export function stopProcesses(children: ChildProcess[]): Promise<void[]> {
  return Promise.all(children.map((c) => stopChild(c, 8_000)));
}

export type Mode = 'a' | 'b' | 'c';
export const MODE_LABEL: Record<Mode, string> = {
  a: '(a) one process, in-process transport',
  b: '(b) one process per service, NATS',
  c: '(c) two replicas per service and of the gateway, NATS',
};

export interface RunningMode {
  /** The first gateway's URL. */
  url: string;
  /** Every gateway's URL (one in modes (a) and (b)). */
  urls: string[];
  processes: number;
  /** Each process with what it runs ('gateway' or a service's name), for the CPU split by role. */
  roles: { role: string; pid: number }[];
  stop(): Promise<void>;
}

function start(script: string, args: string[], env: Record<string, string | undefined>): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, script), ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return child;
}

async function waitReady(url: string, timeoutMs = 240_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const r = await fetch(`${url}/readyz`);
      if (r.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not become ready within ${timeoutMs} ms`);
}

export async function startMode(mode: Mode, env: { natsUrl: string; mongoUrl: string; prefix: string; namespace: string; extra?: Record<string, string> }): Promise<RunningMode> {
  const gateways = mode === 'c' ? Number(process.env.BENCH_GATEWAYS ?? 2) : 1;
  const ports: number[] = [];
  for (let i = 0; i < gateways; i++) ports.push(await freePort());
  const port = ports[0];
  // NATS_INSECURE: the bench's private nats-server is plain (no nkeys, no TLS); the figures are for that link.
  const common = { MONGO_URL: env.mongoUrl, MONGO_DB_PREFIX: env.prefix, MOLECULER_NAMESPACE: `${env.namespace}-${mode}`, SEED_DEMO: 'false', NODE_ENV: 'development', NATS_INSECURE: 'true', ...env.extra };
  const children: ChildProcess[] = [];
  const roles: { role: string; child: ChildProcess }[] = [];
  const add = (role: string, child: ChildProcess) => {
    children.push(child);
    roles.push({ role, child });
  };
  if (mode === 'a') {
    add('platform', start('app/platform.ts', [], { ...common, PORT: String(port), NATS_URL: '' }));
  } else {
    const replicas = mode === 'c' ? 2 : 1;
    for (const name of SERVICE_NAMES) for (let i = 0; i < replicas; i++) add(name, start('app/run-service.ts', [name], { ...common, NATS_URL: env.natsUrl, NODE_ID: `${name}-${i + 1}` }));
    ports.forEach((p, i) => add('gateway', start('app/gateway.ts', [], { ...common, NATS_URL: env.natsUrl, PORT: String(p), NODE_ID: `gateway-${i + 1}` })));
  }
  const urls = ports.map((p) => `http://127.0.0.1:${p}`);
  const url = urls[0];
  for (const u of urls) await waitReady(u);
  if (mode !== 'a') {
    // Every replica must be discovered by the gateway before measuring, or the first seconds hit one node only.
    await new Promise((r) => setTimeout(r, 3_000));
  }
  return {
    url,
    urls,
    processes: children.length,
    roles: roles.filter((r) => typeof r.child.pid === 'number').map((r) => ({ role: r.role, pid: r.child.pid! })),
    async stop() {
      await stopProcesses(children);
    },
  };
}

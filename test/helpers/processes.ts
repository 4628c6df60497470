/** Services as separate OS processes (for fault drills: a process can be killed like a crashed container). */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface ServiceProcess {
  name: string;
  nodeID: string;
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
  kill(signal: NodeJS.Signals): Promise<number | null>;
}

export function spawnService(services: string[], nodeID: string, env: Record<string, string>): ServiceProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'app/run-service.ts'), ...services], {
    cwd: ROOT,
    env: { ...process.env, ...env, NODE_ID: nodeID, NODE_ENV: 'test', LOG_LEVEL: env.LOG_LEVEL ?? 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (b: Buffer) => (out = (out + b.toString()).slice(-20_000)));
  child.stderr?.on('data', (b: Buffer) => (out = (out + b.toString()).slice(-20_000)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    name: services.join('+'),
    nodeID,
    child,
    output: () => out,
    exited,
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** The structured (JSON) log lines a service process wrote, parsed; assert on their fields, not on their `msg`. */
export function logRecords(proc: ServiceProcess): Record<string, unknown>[] {
  return proc
    .output()
    .split('\n')
    .flatMap((line) => {
      try {
        const r: unknown = JSON.parse(line);
        return typeof r === 'object' && r !== null ? [r as Record<string, unknown>] : [];
      } catch {
        return []; // not JSON, or cut at the front of the kept output
      }
    });
}

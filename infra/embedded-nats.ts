import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { freePort } from './ports.js';

/** A private nats-server on a free loopback port, for tests, benchmarks and fault drills. */
export interface EmbeddedNats {
  url: string;
  port: number;
  stop(): Promise<void>;
  /** Kill and start again on the same port (NATS restart drills). */
  restart(): Promise<void>;
}

/** The platform's NATS server settings (max_payload), shared by every configuration. */
export const NATS_CONF = fileURLToPath(new URL('./nats.conf', import.meta.url));

const CANDIDATES = [process.env.NATS_SERVER_BIN, '/usr/sbin/nats-server', '/usr/bin/nats-server', '/usr/local/bin/nats-server'];

export function natsBinary(): string {
  const bin = CANDIDATES.find((c): c is string => !!c && existsSync(c));
  if (!bin) throw new Error('nats-server is not installed (looked in /usr/sbin, /usr/bin, /usr/local/bin; set NATS_SERVER_BIN). Install it with `apt-get install -y nats-server`, or set NATS_URL.');
  return bin;
}

function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const sock = net.connect(port, '127.0.0.1');
      sock.once('connect', () => {
        sock.destroy();
        resolve();
      });
      sock.once('error', () => {
        sock.destroy();
        if (Date.now() > deadline) reject(new Error(`nats-server did not listen on ${port} within ${timeoutMs} ms`));
        else setTimeout(attempt, 20);
      });
    };
    attempt();
  });
}

export async function startEmbeddedNats(): Promise<EmbeddedNats> {
  const bin = natsBinary();
  const port = await freePort();
  let child: ChildProcess;
  const launch = async () => {
    // infra/nats.conf sets max_payload on purpose (the same file docker-compose mounts); flags override the rest.
    child = spawn(bin, ['-c', NATS_CONF, '-a', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
    await waitForPort(port, 10_000);
  };
  const kill = () =>
    new Promise<void>((resolve) => {
      if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  await launch();
  return {
    url: `nats://127.0.0.1:${port}`,
    port,
    stop: kill,
    async restart() {
      await kill();
      await launch();
    },
  };
}

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { freePort } from './ports.js';

/** A private nats-server on a free loopback port, for tests, benchmarks and fault drills. */
export interface EmbeddedNats {
  url: string;
  port: number;
  /** The server process's id (a new one after `restart()`; the bench samples its CPU). */
  readonly pid: number | undefined;
  stop(): Promise<void>;
  /** Kill and start again on the same port (NATS restart drills). */
  restart(): Promise<void>;
  /** Reloads the configuration file (SIGHUP, as `nats-server --signal reload`): credentials and certificates rotate. */
  reload(): void;
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

export interface EmbeddedNatsOptions {
  /** A nats-server configuration file (e.g. the generated secure one); it must listen on `port`. */
  configFile?: string;
  /** The port (default: a free one; required with `configFile`). */
  port?: number;
  /** The URL clients use (default `nats://127.0.0.1:<port>`; `tls://localhost:<port>` for a TLS configuration). */
  url?: string;
}

/** Starts a private nats-server (plain on loopback, or with `configFile`); `restart()` keeps its port. */
export async function startEmbeddedNats(opts: EmbeddedNatsOptions = {}): Promise<EmbeddedNats> {
  const bin = natsBinary();
  const port = opts.port ?? (await freePort());
  let child: ChildProcess;
  const launch = async () => {
    // infra/nats.conf sets max_payload on purpose (the same file docker-compose mounts); a generated secure configuration
    // (app/nats-config.ts) sets it too. Flags override the rest.
    const args = opts.configFile ? ['-c', opts.configFile] : ['-c', NATS_CONF, '-a', '127.0.0.1', '-p', String(port)];
    child = spawn(bin, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (b: Buffer) => (stderr = (stderr + b.toString()).slice(-4_000)));
    try {
      await waitForPort(port, 10_000);
    } catch (err) {
      throw new Error(`${(err as Error).message}${stderr ? `: ${stderr.trim()}` : ''}`);
    }
  };
  const kill = () =>
    new Promise<void>((resolve) => {
      if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  await launch();
  return {
    url: opts.url ?? `nats://127.0.0.1:${port}`,
    port,
    get pid() {
      return child.pid;
    },
    stop: kill,
    async restart() {
      await kill();
      await launch();
    },
    reload() {
      child.kill('SIGHUP');
    },
  };
}

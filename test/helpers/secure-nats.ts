/**
 * A private nats-server running the GENERATED secure configuration (app/nats-config.ts): a CA and server
 * certificate made for this run with openssl, one nkey per bus identity, the subject permissions from the
 * contracts. Everything is written to a fresh temporary directory (never into the source tree) and removed on stop.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { connect, nkeyAuthenticator, type ConnectionOptions, type NatsConnection } from 'nats';
import { generateNatsConfig, type GeneratedNatsConfig } from '../../app/nats-config.js';
import { startEmbeddedNats, type EmbeddedNats } from '../../infra/embedded-nats.js';
import { freePort } from '../../infra/ports.js';
import type { NatsTransport } from '../../infra/nats-transport.js';
import { identityForServices } from '../../infra/bus-identity.js';

export interface SecureNats {
  /** `tls://localhost:<port>`: clients verify the server certificate against the run's CA and this host name. */
  url: string;
  port: number;
  /** The monitoring endpoint (`http://127.0.0.1:<port>`: /connz, /varz). */
  monitorUrl: string;
  namespace: string;
  server: EmbeddedNats;
  generated: GeneratedNatsConfig;
  /** How a broker of `identity` connects (its nkey seed, the CA). */
  transport(identity: string): NatsTransport;
  /** The environment of a child process of `identity` (`npm run service` / `npm run gateway`). */
  env(identity: string): Record<string, string>;
  /** The environment of `npm run service -- <services…>` (the identity of those services). */
  serviceEnv(services: readonly string[]): Record<string, string>;
  /** A raw NATS client: with `identity`'s nkey, or with no credentials at all (`null`), over verified TLS. */
  rawClient(identity: string | null, extra?: Partial<ConnectionOptions>): Promise<NatsConnection>;
  stop(): Promise<void>;
}

/** Generates the configuration for `namespace` (with extra group identities) and starts a server on it. */
export async function startSecureNats(opts: { namespace: string; groups?: string[][] }): Promise<SecureNats> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cej-nats-'));
  const port = await freePort();
  const monitorPort = await freePort();
  const generated = generateNatsConfig({
    outDir: dir,
    namespace: opts.namespace,
    hosts: ['localhost', '127.0.0.1'],
    listen: `127.0.0.1:${port}`,
    monitor: `127.0.0.1:${monitorPort}`,
    groups: opts.groups,
  });
  const url = `tls://localhost:${port}`;
  const server = await startEmbeddedNats({ configFile: generated.configFile, port, url });
  const seedOf = (identity: string) => generated.identities[identity]?.seed ?? (() => { throw new Error(`no identity ${identity}`); })();
  return {
    url,
    port,
    monitorUrl: `http://127.0.0.1:${monitorPort}`,
    namespace: opts.namespace,
    server,
    generated,
    transport: (identity) => ({ natsUrl: url, identity, nkeySeed: seedOf(identity), tlsCaFile: generated.caFile }),
    env: (identity) => ({ NATS_URL: url, ...generated.env(identity) }),
    serviceEnv: (services) => ({ NATS_URL: url, ...generated.env(identityForServices(services)) }),
    rawClient: (identity, extra = {}) =>
      connect({
        servers: `localhost:${port}`,
        tls: { caFile: generated.caFile },
        ...(identity ? { authenticator: nkeyAuthenticator(new TextEncoder().encode(seedOf(identity))) } : {}),
        reconnect: false,
        ...extra,
      }),
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

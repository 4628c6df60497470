/**
 * The fault drills' shared setup (was copied in three specs): a fresh database prefix and Moleculer namespace with
 * fast heartbeats for this process and the service processes it spawns (processes.ts), a gateway broker and the
 * HTTP gateway once the services (and enough replicas) are available, and the teardown.
 *
 *   const env = drillEnv({ requestTimeoutMs: 6000 });                 // before spawning: the children's env
 *   procs = [spawnService(['organizations'], 'organizations-1', env), …];
 *   ({ client, gateway } = await startDrillGateway({ nodeID: 'gateway-fault', services: ['organizations'], replicas: { organizations: 2 } }));
 *   afterAll(() => stopDrill({ client, gateway }, procs));
 */
import type { ServiceBroker } from 'moleculer';
import { isolateEnv, type TestPlatform } from './platform.js';
import { sleep } from './load.js';
import type { ServiceProcess } from './processes.js';
import { createBroker } from '../../infra/broker.js';
import { config, resetConfig } from '../../infra/env.js';
import { mintToken } from '../../infra/auth.js';
import { startGateway, type Gateway } from '../../gateway/server.js';
import type { NatsTransport } from '../../infra/nats-transport.js';
import { startSecureNats, type SecureNats } from './secure-nats.js';

/** Heartbeat every 1 s, a node declared gone after 3 s: a killed replica is noticed within a drill. */
const HEARTBEATS = { HEARTBEAT_INTERVAL_S: '1', HEARTBEAT_TIMEOUT_S: '3' };

/**
 * Isolates the drill (isolateEnv) and sets the heartbeats and `requestTimeoutMs` (ms) for this process; `natsUrl`
 * replaces the run's NATS server (a drill that restarts its own). Returns the environment for spawned services.
 */
export function drillEnv(opts: { requestTimeoutMs: number; natsUrl?: string }): Record<string, string> {
  const { prefix, namespace } = isolateEnv();
  if (opts.natsUrl) process.env.NATS_URL = opts.natsUrl;
  const timing = { ...HEARTBEATS, REQUEST_TIMEOUT_MS: String(opts.requestTimeoutMs) };
  Object.assign(process.env, timing);
  resetConfig();
  const cfg = config();
  return { NATS_URL: cfg.natsUrl!, MONGO_URL: cfg.mongoUrl!, MONGO_DB_PREFIX: prefix, MOLECULER_NAMESPACE: namespace, ...timing };
}

/**
 * A drill on the SECURED bus: drillEnv, then a private nats-server on the generated configuration for this drill's
 * namespace (TLS, one nkey per identity, permissions from the contracts; `groups` names processes that run several
 * services). `envFor(services)` is a spawned process's environment with its identity's credentials; pass
 * `nats.transport('gateway')` to startDrillGateway; stop `nats` after the drill.
 */
export async function secureDrill(opts: { requestTimeoutMs: number; groups?: string[][] }): Promise<{ nats: SecureNats; env: Record<string, string>; envFor(services: string[]): Record<string, string> }> {
  const base = drillEnv({ requestTimeoutMs: opts.requestTimeoutMs });
  const nats = await startSecureNats({ namespace: base.MOLECULER_NAMESPACE, groups: opts.groups });
  process.env.NATS_URL = nats.url;
  resetConfig();
  const env = { ...base, NATS_URL: nats.url };
  return { nats, env, envFor: (services) => ({ ...env, ...nats.serviceEnv(services) }) };
}

/** How many nodes offering `service` the broker currently sees as available. */
export function availableNodes(client: ServiceBroker, service: string): number {
  const list = client.registry.getServiceList({ onlyAvailable: true, withActions: false }) as { name: string }[];
  return list.filter((s) => s.name === service).length;
}

/** The gateway side of a drill: a broker with no services (the bus client) and the HTTP gateway on a free port. */
export interface DrillGateway {
  client: ServiceBroker;
  gateway: Gateway;
}

/**
 * Starts the gateway broker `nodeID` on the drill's NATS, waits for `services` (`waitMs`, default 60 s) and for
 * `replicas` nodes of each service named there (up to 30 s more), then the HTTP gateway, whose readiness requires
 * `requiredServices` (default: `services`).
 */
export async function startDrillGateway(opts: { nodeID: string; services: string[]; replicas?: Record<string, number>; requiredServices?: string[]; waitMs?: number; transport?: NatsTransport }): Promise<DrillGateway> {
  const client = createBroker({ nodeID: opts.nodeID, transport: opts.transport ?? { natsUrl: config().natsUrl!, identity: 'gateway' } });
  await client.start();
  await client.waitForServices(opts.services, opts.waitMs ?? 60_000);
  const replicas = Object.entries(opts.replicas ?? {});
  for (let i = 0; i < 150 && replicas.some(([s, n]) => availableNodes(client, s) < n); i++) await sleep(200);
  const gateway = await startGateway({ broker: client, port: 0, host: '127.0.0.1', requiredServices: opts.requiredServices ?? opts.services });
  return { client, gateway };
}

/** Stops the gateway and its broker (what was started) and kills every service process at once. */
export async function stopDrill(d: Partial<DrillGateway>, procs: ServiceProcess[]): Promise<void> {
  await d.gateway?.stop();
  await d.client?.stop();
  await Promise.all(procs.map((p) => p.kill('SIGKILL')));
}

/** A platform admin's token (verified by the gateway and the services like any other). */
export const drillAdminToken = (): Promise<string> => mintToken({ sub: 'admin', roles: ['PLATFORM_ADMIN'] });

/** The bus as test/helpers/fixtures.ts needs it (`call` with a token, a platform admin's token), over `client`. */
export function drillBus(client: ServiceBroker): Pick<TestPlatform, 'call' | 'adminToken'> {
  let admin: Promise<string> | undefined;
  return {
    call: (action, params, token) => client.call(action, params, { meta: token ? { token } : {} }) as Promise<never>,
    adminToken: () => (admin ??= drillAdminToken()),
  };
}

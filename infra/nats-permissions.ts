/**
 * NATS subject permissions for each bus identity, computed from the services' bus contracts (what each owns and
 * whom it calls) and from the events each service handles, and the nats-server configuration that enforces them.
 * Pure: app/nats-config.ts gathers the inputs and writes the files.
 *
 * Subjects (infra/nats-transport.ts): `<P>.<CMD>.<toIdentity>.<instance>.<fromIdentity>` for node-addressed packets,
 * `<P>.<CMD>.<fromIdentity>` for broadcasts, where `<P>` is `MOL-<namespace>`. Every identity publishes only
 * subjects ending in its own name (so the receiver knows, from NATS, who sent a packet) and subscribes only to
 * subjects addressed to itself. Beyond discovery (INFO, DISCOVER, HEARTBEAT, DISCONNECT, PING, PONG, which every
 * node needs), an identity may publish:
 * - requests (REQ) only to the identities hosting the services it calls (its contracts' `calls`; the gateway: all);
 * - replies (RES) only to the identities that call one of its services;
 * - events (EVENT) only to the identities that handle an event its services own.
 * An identity that hosts no service (the gateway) subscribes to no requests: it asks, reads its own replies, and takes
 * the events its near cache watches (`<service>.cacheStale`, `gatewayListens`; infra/read-cache.ts) — nothing else.
 */
import { GATEWAY_IDENTITY, ownerOf, servicesOfIdentity, type BusContract } from './bus-identity.js';

/** What the permissions are computed from. */
export interface BusTopology {
  contracts: readonly BusContract[];
  /** The events each service handles, by service (its ServiceSchema's `events` keys). */
  listens: Readonly<Record<string, readonly string[]>>;
  /** The events the gateway handles: its near cache's `<service>.cacheStale` (infra/near-cache.ts `nearCacheEvents`). */
  gatewayListens?: readonly string[];
}

export interface SubjectPermissions {
  publish: string[];
  subscribe: string[];
}

/** Moleculer's subject prefix for a namespace (`MOL-<ns>`, or `MOL` without one). */
export function subjectPrefix(namespace: string): string {
  return namespace ? `MOL-${namespace}` : 'MOL';
}

const BROADCASTS = ['DISCOVER', 'INFO', 'HEARTBEAT', 'DISCONNECT', 'PING'] as const;
const TARGETED_DISCOVERY = ['DISCOVER', 'INFO', 'PING', 'PONG'] as const;

/** The services an identity calls: its contracts' `calls` and its own services; the gateway calls every service. */
export function callsOf(identity: string, topology: BusTopology): Set<string> {
  if (identity === GATEWAY_IDENTITY) return new Set(topology.contracts.map((c) => c.service));
  const own = servicesOfIdentity(identity);
  const calls = new Set(own);
  for (const c of topology.contracts) if (own.includes(c.service)) for (const t of c.calls) calls.add(t);
  return calls;
}

/** The events an identity handles: its services', or the gateway's own. */
function handledBy(identity: string, topology: BusTopology): readonly string[] {
  if (identity === GATEWAY_IDENTITY) return topology.gatewayListens ?? [];
  return servicesOfIdentity(identity).flatMap((s) => topology.listens[s] ?? []);
}

/** Whether an identity handles an event owned by one of `owners`. */
function listensTo(identity: string, owners: readonly string[], topology: BusTopology): boolean {
  return handledBy(identity, topology).some((e) => owners.includes(ownerOf(e)));
}

const overlaps = (a: Iterable<string>, b: readonly string[]) => [...a].some((x) => b.includes(x));

/** The subjects `identity` may publish and subscribe to, among `identities` (sorted, without duplicates). */
export function permissionsFor(identity: string, identities: readonly string[], topology: BusTopology, namespace: string): SubjectPermissions {
  const P = subjectPrefix(namespace);
  const own = servicesOfIdentity(identity);
  const publish = [...BROADCASTS.map((c) => `${P}.${c}.${identity}`), ...TARGETED_DISCOVERY.map((c) => `${P}.${c}.*.*.${identity}`)];
  const subscribe = [...BROADCASTS.map((c) => `${P}.${c}.*`), ...TARGETED_DISCOVERY.map((c) => `${P}.${c}.${identity}.*.*`), `${P}.RES.${identity}.*.*`];
  const calls = callsOf(identity, topology);
  for (const other of identities) {
    const theirs = servicesOfIdentity(other);
    if (overlaps(calls, theirs)) publish.push(`${P}.REQ.${other}.*.${identity}`);
    if (own.length && overlaps(callsOf(other, topology), own)) publish.push(`${P}.RES.${other}.*.${identity}`);
    if (own.length && listensTo(other, own, topology)) publish.push(`${P}.EVENT.${other}.*.${identity}`);
  }
  if (own.length) subscribe.push(`${P}.REQ.${identity}.*.*`);
  if (own.length || handledBy(identity, topology).length) subscribe.push(`${P}.EVENT.${identity}.*.*`);
  return { publish: [...new Set(publish)].sort(), subscribe: [...new Set(subscribe)].sort() };
}

/** One authenticated identity of the server configuration. */
export interface ServerUser {
  identity: string;
  /** The identity's public nkey (`U…`): the server keeps no secret. */
  publicKey: string;
  permissions: SubjectPermissions;
}

export interface ServerConfigOptions {
  /** `host:port` the server listens on. */
  listen: string;
  /** `host:port` of the monitoring endpoint (/varz, /connz), or none. */
  monitor?: string;
  /** Paths as the server sees them (inside its container in docker-compose). */
  tls: { certFile: string; keyFile: string };
  users: readonly ServerUser[];
}

const q = (s: string) => JSON.stringify(s);
const list = (xs: readonly string[], indent: string) => `[\n${xs.map((x) => `${indent}  ${q(x)}`).join(',\n')}\n${indent}]`;

/**
 * The nats-server configuration: TLS required for every client, nkey authentication, and per-identity permissions
 * (publish and subscribe allow lists: everything else is denied). No user, no password, no anonymous access.
 */
export function renderServerConfig(o: ServerConfigOptions): string {
  const users = o.users
    .map(
      (u) => `    # ${u.identity}
    {
      nkey: ${q(u.publicKey)}
      permissions: {
        publish: { allow: ${list(u.permissions.publish, '        ')} }
        subscribe: { allow: ${list(u.permissions.subscribe, '        ')} }
      }
    }`,
    )
    .join('\n');
  return `# Generated by \`npm run nats:config\` from the services' bus contracts. Do not edit: re-run the generator.
listen: ${q(o.listen)}
${o.monitor ? `http: ${q(o.monitor)}\n` : ''}
# The largest message NATS carries, set on purpose (as in infra/nats.conf): 1 MB; lists are paged on the bus below it
# and a larger reply is refused before it is sent (infra/payload-guard.ts, RESPONSE_TOO_LARGE).
max_payload: 1048576

# Every client connection is TLS (the clients verify this certificate and its host name).
tls {
  cert_file: ${q(o.tls.certFile)}
  key_file: ${q(o.tls.keyFile)}
  timeout: 2
}

# One nkey per bus identity (the server holds public keys only); each may publish and subscribe only where listed.
authorization {
  timeout: 2
  users: [
${users}
  ]
}
`;
}

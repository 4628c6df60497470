/**
 * `npm run nats:config`: writes the NATS server configuration and the credentials of every bus identity, from the
 * services' bus contracts (app/services.ts `BUS_CONTRACTS`) and the events their schemas handle.
 *
 *   npm run nats:config -- [--out deploy/nats] [--namespace cej] [--host nats --host localhost --host 127.0.0.1]
 *                          [--listen 0.0.0.0:4222] [--monitor 0.0.0.0:8222] [--server-dir /etc/nats]
 *                          [--group grants,grantStandings] [--rotate <identity>|all] [--rotate-tls] [--rotate-ca]
 *                          [--mongo-host mongo]
 *
 * Writes into `--out` (default deploy/nats, git- and docker-ignored):
 *   nats-server.conf          listen, TLS, one nkey user per identity with its publish/subscribe allow lists
 *   tls/ca.pem                the CA the clients verify the server with (public; NATS_TLS_CA_FILE)
 *   tls/ca.key                the CA's private key (secret: keep it off the servers; needed only to re-issue)
 *   tls/server.pem, .key      the server's certificate (subjectAltName = the --host names) and key (secret)
 *   tls/mongo.pem             with --mongo-host: MongoDB's certificate and key in one file (mongod's
 *                             --tlsCertificateKeyFile; secret), for a MONGO_URL with tls=true&tlsCAFile=<ca.pem>
 *   credentials/<id>.env      NATS_IDENTITY and NATS_NKEY_SEED of one identity (secret: that process's only)
 *   identities.json           public keys, services and permissions of every identity (for review)
 * Re-running keeps existing seeds, CA and server certificate unless asked to rotate them (README, Operations).
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { nkeys } from 'nats';
import { GATEWAY_IDENTITY, identityForServices } from '../infra/bus-identity.js';
import { permissionsFor, renderServerConfig, type BusTopology, type SubjectPermissions } from '../infra/nats-permissions.js';
import { ensureCa, ensureServerCert } from '../infra/tls-certs.js';
import { BUS_CONTRACTS, SERVICES, SERVICE_NAMES, handledEvents } from './services.js';
import { nearCacheEvents } from '../infra/near-cache.js';

export interface NatsConfigOptions {
  outDir: string;
  /** The Moleculer namespace (MOLECULER_NAMESPACE) the permissions are written for. */
  namespace: string;
  /** Host names and IP addresses the server certificate is valid for (clients verify the one they dial). */
  hosts: readonly string[];
  /** `host:port` the server listens on. */
  listen: string;
  /** `host:port` of nats-server's monitoring endpoint, or none. */
  monitor?: string;
  /** Where the server will find `outDir` (the config refers to its TLS files there); default `outDir`. */
  serverDir?: string;
  /** Identities for processes that run several services, e.g. `[['grants', 'grantStandings']]`. */
  groups?: readonly (readonly string[])[];
  /** Identities whose nkeys are replaced (`'all'` for every one). */
  rotate?: readonly string[];
  /** Issue a new server certificate (same CA). */
  rotateTls?: boolean;
  /** Make a new CA (and so a new server certificate); every client then needs the new ca.pem. */
  rotateCa?: boolean;
  /** Also issue MongoDB's certificate for these host names (`tls/mongo.pem`, certificate and key in one file). */
  mongoHosts?: readonly string[];
}

export interface GeneratedIdentity {
  identity: string;
  services: string[];
  publicKey: string;
  seed: string;
  envFile: string;
  permissions: SubjectPermissions;
}

export interface GeneratedNatsConfig {
  configFile: string;
  caFile: string;
  identities: Record<string, GeneratedIdentity>;
  /** The environment a process of `identity` needs (NATS_IDENTITY, NATS_NKEY_SEED, NATS_TLS_CA_FILE). */
  env(identity: string): Record<string, string>;
}

/** The bus as the contracts and service schemas declare it. */
export function busTopology(): BusTopology {
  return { contracts: BUS_CONTRACTS, listens: Object.fromEntries(SERVICE_NAMES.map((n) => [n, handledEvents(SERVICES[n])])), gatewayListens: nearCacheEvents(BUS_CONTRACTS) };
}

/** The identities of a deployment: the gateway, each service alone, and the groups asked for. */
export function deploymentIdentities(groups: readonly (readonly string[])[] = []): string[] {
  for (const g of groups) {
    const unknown = g.filter((s) => !SERVICES[s]);
    if (unknown.length) throw new Error(`unknown service(s) in group: ${unknown.join(', ')}`);
  }
  return [...new Set([GATEWAY_IDENTITY, ...SERVICE_NAMES, ...groups.map((g) => identityForServices(g))])];
}

function readSeed(envFile: string): string | undefined {
  if (!existsSync(envFile)) return undefined;
  return /^NATS_NKEY_SEED=(SU[A-Z2-7]{56})$/m.exec(readFileSync(envFile, 'utf8'))?.[1];
}

/** Writes the configuration and credentials (see the module comment) and returns what was written. */
export function generateNatsConfig(o: NatsConfigOptions): GeneratedNatsConfig {
  const outDir = path.resolve(o.outDir);
  const serverDir = o.serverDir ?? outDir;
  const tlsDir = path.join(outDir, 'tls');
  const credDir = path.join(outDir, 'credentials');
  mkdirSync(credDir, { recursive: true, mode: 0o700 });
  const ca = ensureCa(tlsDir, { rotate: o.rotateCa });
  ensureServerCert(tlsDir, ca, o.hosts, { rotate: o.rotateTls || o.rotateCa });
  if (o.mongoHosts?.length) {
    const mongo = ensureServerCert(tlsDir, ca, o.mongoHosts, { name: 'mongo-server', rotate: o.rotateTls || o.rotateCa, clientAuth: true });
    writeFileSync(path.join(tlsDir, 'mongo.pem'), readFileSync(mongo.certFile, 'utf8') + readFileSync(mongo.keyFile, 'utf8'), { mode: 0o600 });
  }

  const topology = busTopology();
  const names = deploymentIdentities(o.groups);
  const rotateAll = o.rotate?.includes('all');
  const identities: Record<string, GeneratedIdentity> = {};
  for (const identity of names) {
    const envFile = path.join(credDir, `${identity}.env`);
    const kept = rotateAll || o.rotate?.includes(identity) ? undefined : readSeed(envFile);
    const pair = kept ? nkeys.fromSeed(new TextEncoder().encode(kept)) : nkeys.createUser();
    const seed = new TextDecoder().decode(pair.getSeed());
    writeFileSync(envFile, `# NATS credentials of the bus identity "${identity}" (generated by npm run nats:config). SECRET: give it to that process only.\nNATS_IDENTITY=${identity}\nNATS_NKEY_SEED=${seed}\n`, { mode: 0o600 });
    chmodSync(envFile, 0o600);
    identities[identity] = {
      identity,
      services: identity === GATEWAY_IDENTITY ? [] : identity.split('+'),
      publicKey: pair.getPublicKey(),
      seed,
      envFile,
      permissions: permissionsFor(identity, names, topology, o.namespace),
    };
  }

  const configFile = path.join(outDir, 'nats-server.conf');
  writeFileSync(
    configFile,
    renderServerConfig({
      listen: o.listen,
      monitor: o.monitor,
      tls: { certFile: path.join(serverDir, 'tls', 'server.pem'), keyFile: path.join(serverDir, 'tls', 'server.key') },
      users: names.map((n) => ({ identity: n, publicKey: identities[n].publicKey, permissions: identities[n].permissions })),
    }),
  );
  const publicView = Object.fromEntries(names.map((n) => [n, { services: identities[n].services, publicKey: identities[n].publicKey, permissions: identities[n].permissions }]));
  writeFileSync(path.join(outDir, 'identities.json'), `${JSON.stringify({ namespace: o.namespace, hosts: o.hosts, identities: publicView }, null, 2)}\n`);
  return {
    configFile,
    caFile: ca.caFile,
    identities,
    env(identity) {
      const id = identities[identity];
      if (!id) throw new Error(`no generated identity ${identity} (known: ${names.join(', ')})`);
      return { NATS_IDENTITY: identity, NATS_NKEY_SEED: id.seed, NATS_TLS_CA_FILE: ca.caFile };
    },
  };
}

/** The command line (see the module comment). */
function main(): void {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: 'deploy/nats' },
      namespace: { type: 'string', default: process.env.MOLECULER_NAMESPACE ?? 'cej' },
      host: { type: 'string', multiple: true },
      listen: { type: 'string', default: '0.0.0.0:4222' },
      monitor: { type: 'string' },
      'server-dir': { type: 'string' },
      group: { type: 'string', multiple: true },
      rotate: { type: 'string', multiple: true },
      'rotate-tls': { type: 'boolean', default: false },
      'rotate-ca': { type: 'boolean', default: false },
      'mongo-host': { type: 'string', multiple: true },
    },
  });
  const generated = generateNatsConfig({
    outDir: values.out!,
    namespace: values.namespace!,
    hosts: values.host?.length ? values.host : ['nats', 'localhost', '127.0.0.1'],
    listen: values.listen!,
    monitor: values.monitor,
    serverDir: values['server-dir'],
    groups: (values.group ?? []).map((g) => g.split(',').map((s) => s.trim()).filter(Boolean)),
    rotate: values.rotate,
    rotateTls: values['rotate-tls'],
    rotateCa: values['rotate-ca'],
    mongoHosts: values['mongo-host'],
  });
  const lines = [
    `NATS configuration written: ${generated.configFile}`,
    `CA certificate (give to every process as NATS_TLS_CA_FILE): ${generated.caFile}`,
    ...Object.values(generated.identities).map((i) => `  ${i.identity.padEnd(16)} ${i.publicKey}  ${i.envFile}`),
    'Reload a running server after a change: nats-server --signal reload (or docker compose kill -s HUP nats).',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();

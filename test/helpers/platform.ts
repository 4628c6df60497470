/**
 * A real platform for integration and end-to-end tests: each service on its own broker (and as many
 * replicas as asked), all talking over the run's real NATS server, a gateway broker with the HTTP gateway
 * on a free port, and a fresh database prefix and Moleculer namespace so test files never see each other.
 */
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import type { ServiceBroker, ServiceSchema } from 'moleculer';
import { resetConfig } from '../../infra/env.js';
import { createBroker } from '../../infra/broker.js';
import { GATEWAY_IDENTITY } from '../../infra/bus-identity.js';
import type { SecureNats } from './secure-nats.js';
import { SERVICES } from '../../app/services.js';
import { mintToken, type Role } from '../../infra/auth.js';
import { startGateway, type Gateway } from '../../gateway/server.js';
import { gatewayRoutes } from '../../gateway/routes.js';
import { withCheckCharacter } from '../../services/organizations/organizations.contract.js';

export interface TestPlatformOptions {
  services: string[];
  /** Replicas per service (default 1 each). */
  replicas?: Record<string, number>;
  /** Start the HTTP gateway (default true). */
  gateway?: boolean;
  /** How many gateways, each its own broker and HTTP server, as replicas behind a load balancer (default 1). */
  gateways?: number;
  /** 'nats' (default): real NATS between separate brokers; 'local': one broker, no transporter. */
  transport?: 'nats' | 'local';
  /**
   * A private nats-server on the generated secure configuration (test/helpers/secure-nats.ts): every broker then
   * connects with its identity's nkey over verified TLS, in that configuration's namespace. Default: the run's
   * shared plain NATS server (identities claimed, not authenticated).
   */
  nats?: SecureNats;
}

export interface GqlResult<T = any> {
  status: number;
  body: { data?: T; errors?: { message: string; path?: string[]; extensions?: { code?: string; [k: string]: unknown } }[]; extensions?: Record<string, unknown> };
}

export interface TestPlatform {
  url: string;
  /** Every gateway's URL (`url` is the first). */
  urls: string[];
  /** Every gateway's broker (`client` is the first). */
  gatewayBrokers: ServiceBroker[];
  gateway?: Gateway;
  /** A broker with no services: a bus client, like anything else on NATS. */
  client: ServiceBroker;
  serviceBrokers: ServiceBroker[];
  token(roles: Role[], org?: string, sub?: string): Promise<string>;
  adminToken(): Promise<string>;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string, headers?: Record<string, string>): Promise<GqlResult<T>>;
  /** The same through gateway number `index` (0 = `url`). */
  gqlOn<T = any>(index: number, query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>>;
  call<T = any>(action: string, params: Record<string, unknown>, token?: string): Promise<T>;
  /**
   * Starts one more node over the run's NATS hosting `schema`, as the bus identity of that service (a node only
   * announces services its identity hosts), stopped with the platform.
   */
  addNode(schema: ServiceSchema): Promise<ServiceBroker>;
  stop(): Promise<void>;
}

const CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** A fresh valid unified social credit code (GB 32100). */
export function creditCode(prefix = '91', region = '450200'): string {
  const bytes = randomBytes(9);
  const body = [...bytes].map((b) => CODE_ALPHABET[b % 31]).join('');
  return withCheckCharacter(`${prefix}${region}${body}`);
}

export function isolateEnv(): { prefix: string; namespace: string } {
  const id = randomBytes(4).toString('hex');
  process.env.NATS_URL = inject('natsUrl');
  process.env.MONGO_URL = inject('mongoUrl');
  process.env.MONGO_DB_PREFIX = `t${id}`;
  process.env.MOLECULER_NAMESPACE = `t-${id}`;
  resetConfig();
  return { prefix: `t${id}`, namespace: `t-${id}` };
}

export async function startTestPlatform(opts: TestPlatformOptions): Promise<TestPlatform> {
  isolateEnv();
  const natsUrl = opts.nats?.url ?? inject('natsUrl');
  if (opts.nats) {
    process.env.MOLECULER_NAMESPACE = opts.nats.namespace;
    process.env.NATS_URL = natsUrl;
    resetConfig();
  }
  const transport = (identity: string) => opts.nats?.transport(identity) ?? { natsUrl, identity };
  const serviceBrokers: ServiceBroker[] = [];
  let client: ServiceBroker;
  if (opts.transport === 'local') {
    client = createBroker({ nodeID: 'local', transport: 'local' });
    for (const name of opts.services) client.createService(SERVICES[name]);
    await client.start();
  } else {
    for (const name of opts.services) {
      const n = opts.replicas?.[name] ?? 1;
      for (let i = 0; i < n; i++) {
        const b = createBroker({ nodeID: `${name}-${i + 1}`, transport: transport(name) });
        b.createService(SERVICES[name]);
        serviceBrokers.push(b);
      }
    }
    client = createBroker({ nodeID: 'gateway', transport: transport(GATEWAY_IDENTITY) });
    await Promise.all(serviceBrokers.map((b) => b.start()));
    await client.start();
    await client.waitForServices(opts.services, 20_000);
    // Every node, not only the client, must know every service before a test calls: a service that calls another
    // (listings → cooperation) would otherwise answer "not found" from a node that has not yet heard its peer.
    await Promise.all(serviceBrokers.map((b) => b.waitForServices(opts.services, 20_000)));
  }
  let gateway: Gateway | undefined;
  const more: { broker: ServiceBroker; gateway: Gateway }[] = [];
  if (opts.gateway !== false) {
    gateway = await startGateway({ broker: client, port: 0, host: '127.0.0.1', requiredServices: opts.services, routes: gatewayRoutes(client) });
    for (let i = 2; i <= (opts.gateways ?? 1) && opts.transport !== 'local'; i++) {
      const broker = createBroker({ nodeID: `gateway-${i}`, transport: transport(GATEWAY_IDENTITY) });
      await broker.start();
      await broker.waitForServices(opts.services, 20_000);
      more.push({ broker, gateway: await startGateway({ broker, port: 0, host: '127.0.0.1', requiredServices: opts.services, routes: gatewayRoutes(broker) }) });
    }
  }
  const url = gateway?.url ?? '';
  const urls = [url, ...more.map((m) => m.gateway.url)];
  const post = async (at: string, query: string, variables?: Record<string, unknown>, token?: string, headers?: Record<string, string>): Promise<GqlResult> => {
    const res = await fetch(`${at}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    let body: GqlResult['body'];
    try {
      body = JSON.parse(text);
    } catch {
      body = { errors: [{ message: text }] };
    }
    return { status: res.status, body };
  };
  let admin: string | undefined;
  const platform: TestPlatform = {
    url,
    urls,
    gatewayBrokers: [client, ...more.map((m) => m.broker)],
    gateway,
    client,
    serviceBrokers,
    token: (roles, org, sub) => mintToken({ sub: sub ?? `user-${randomBytes(3).toString('hex')}`, roles, org, expiresIn: '1h' }),
    adminToken: async () => (admin ??= await mintToken({ sub: 'test-platform-admin', roles: ['PLATFORM_ADMIN'], expiresIn: '1h' })),
    gql: (query, variables, token, headers) => post(url, query, variables, token, headers),
    gqlOn: (index, query, variables, token) => post(urls[index], query, variables, token),
    call: (action, params, token) => client.call(action, params, { meta: token ? { token } : {} }) as Promise<any>,
    async addNode(schema) {
      const b = createBroker({ nodeID: `${schema.name}-extra`, transport: transport(schema.name) });
      b.createService(schema);
      serviceBrokers.push(b);
      await b.start();
      return b;
    },
    async stop() {
      await gateway?.stop();
      for (const m of more) {
        await m.gateway.stop();
        await m.broker.stop();
      }
      await client.stop();
      await Promise.all(serviceBrokers.map((b) => b.stop()));
    },
  };
  return platform;
}

/** The `extensions.code` of each error, for assertions that do not depend on message text. */
export const codes = (r: GqlResult) => (r.body.errors ?? []).map((e) => e.extensions?.code);

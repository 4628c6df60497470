/**
 * In-process gateway tests (`yoga.fetch`, no socket): the real gateway yoga with all its plugins in front of a
 * real `ServiceBroker({ logger: false })` on which each test registers tiny services of its own — nothing mocked.
 * `probeSchema` is a small schema whose resolvers call the bus through the request's caller exactly as the
 * domain resolvers do, so the plugins and the error mapping are tested without depending on any domain's fields.
 */
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { ServiceBroker, type Context, type ServiceSchema } from 'moleculer';
import { ErrorCode, appError } from '../../infra/errors.js';
import type { CallMeta } from '../../infra/auth.js';
import { createGatewayYoga, type GatewayYoga, type GatewayYogaOptions } from '../../gateway/server.js';
import type { GatewayContext } from '../../gateway/context.js';
import type { RequestIdServerContext } from '../../gateway/plugins/use-request-id.js';

/** A started broker without transporter, logger or middlewares, with the given services. Stop it after the tests. */
export async function testBus(...services: ServiceSchema[]): Promise<ServiceBroker> {
  const broker = new ServiceBroker({ logger: false });
  for (const s of services) broker.createService(s);
  await broker.start();
  return broker;
}

/**
 * Throws what `what` names: an `ErrorCode` → that coded bus error (`data` = `{ reason: 'PROBE', code }`), anything
 * else → a plain Error whose message holds a "secret" that must never reach a client.
 */
export function throwFor(what: string): never {
  if ((Object.values(ErrorCode) as string[]).includes(what)) throw appError(what as ErrorCode, `refused (${what})`, { reason: 'PROBE', code: what });
  throw new Error(`unexpected: mongodb://admin:hunter2@db (${what})`);
}

/** The secret in `throwFor`'s unexpected errors: no response may contain it. */
export const LEAKED_SECRET = 'hunter2';

/** The service behind `probeSchema`. */
export const probeService: ServiceSchema = {
  name: 'probe',
  actions: {
    echo: (ctx: Context<unknown, CallMeta>) => ({ metaRequestId: ctx.meta.requestId ?? null, callRequestId: ctx.requestID ?? null, token: ctx.meta.token ?? null }),
    fail: { params: { code: 'string' }, handler: (ctx: Context<{ code: string }>) => throwFor(ctx.params.code) },
    strict: { params: { id: { type: 'string', length: 24 } }, handler: () => 'ok' },
    health: () => ({ mongo: 'up' }),
  },
};

/** What `probe.echo` answers: what the action saw of the call (request id in meta and as the call's id, token). */
export interface EchoDto {
  metaRequestId: string | null;
  callRequestId: string | null;
  token: string | null;
}

/**
 * A small schema over the bus:
 * - `echo`: `probe.echo` (what the service saw of the call);
 * - `fail(code)`: `probe.fail` (the service throws what `code` names);
 * - `strict(id)`: `probe.strict`, whose params need a 24-character id (Moleculer's validator);
 * - `gone`: an action no service offers;
 * - `broken`: a resolver that throws a TypeError itself (no bus involved);
 * - `items`: a list of lists, for depth and cost limits.
 */
export function probeSchema(): GraphQLSchema {
  return makeExecutableSchema<GatewayContext>({
    typeDefs: /* GraphQL */ `
      type Echo { metaRequestId: String, callRequestId: String, token: String }
      type Item { id: ID!, children: [Item!]! }
      type Query {
        echo: Echo
        fail(code: String!): String
        strict(id: String!): String
        gone: String
        broken: String
        items: [Item!]!
      }
    `,
    resolvers: {
      Query: {
        echo: (_: unknown, __: unknown, ctx: GatewayContext) => ctx.call<EchoDto>('probe.echo'),
        fail: (_: unknown, { code }: { code: string }, ctx: GatewayContext) => ctx.call<string>('probe.fail', { code }),
        strict: (_: unknown, { id }: { id: string }, ctx: GatewayContext) => ctx.call<string>('probe.strict', { id }),
        gone: (_: unknown, __: unknown, ctx: GatewayContext) => ctx.call<string>('nowhere.toBeFound'),
        broken: () => (null as unknown as { x: { y: string } }).x.y,
        items: () => [{ id: '1', children: [] }],
      },
    },
  });
}

/** The gateway yoga over `broker`: the probe schema, no readiness requirement, no rate limits unless given. */
export function testGateway(broker: ServiceBroker, opts: Partial<GatewayYogaOptions> = {}): GatewayYoga {
  return createGatewayYoga({
    broker,
    requiredServices: [],
    schema: probeSchema(),
    production: false,
    rateLimit: { perTokenPerMinute: 0, perIpPerMinute: 0 },
    ...opts,
  });
}

export interface FetchResult<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  text: string;
  /** The JSON body, when it is JSON. */
  body: T & { errors?: { message: string; path?: string[]; extensions?: { code?: string; [k: string]: unknown } }[] };
}

/** A request to the yoga, as node's HTTP server would hand it over (a declared body length, a peer address). */
export async function send(
  yoga: GatewayYoga,
  path: string,
  init: { method?: string; body?: string; headers?: Record<string, string>; ip?: string; serverRequestId?: string } = {},
): Promise<FetchResult> {
  const headers: Record<string, string> = { ...(init.body !== undefined ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(init.body)) } : {}), ...init.headers };
  const serverContext = { req: { socket: { remoteAddress: init.ip ?? '127.0.0.1' } }, ...(init.serverRequestId ? { requestId: init.serverRequestId } : {}) } as RequestIdServerContext;
  const res = await yoga.fetch(`http://gateway.test${path}`, { method: init.method ?? (init.body !== undefined ? 'POST' : 'GET'), headers, body: init.body }, serverContext);
  const text = await res.text();
  let body: FetchResult['body'];
  try {
    body = JSON.parse(text);
  } catch {
    body = {} as FetchResult['body'];
  }
  return { status: res.status, headers: res.headers, text, body };
}

/** POST /graphql. */
export function gql(yoga: GatewayYoga, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<FetchResult> {
  return send(yoga, '/graphql', { body: JSON.stringify({ query, variables }), headers });
}

import { ServiceBroker, type BrokerOptions, type Middleware, type Context } from 'moleculer';
import { ConfigError, config } from './env.js';
import { logger, pinoOptions, requestScope } from './logger.js';
import { systemToken, verifyToken, type Actor, type CallMeta } from './auth.js';
import { forbidden, unauthenticated } from './errors.js';
import { AS_SERVICE, type SystemCallingOptions } from './caller.js';
import { GATEWAY_IDENTITY, identityOfNode, nodeIdFor, ownerOf, servicesOfIdentity } from './bus-identity.js';
import { IdentityNatsTransporter, type NatsTransport } from './nats-transport.js';
import { recordRefusal } from './bus-refusals.js';

/** What the auth middleware keeps about a verified call (in `ctx.locals`). */
interface VerifiedLocals {
  actor?: Actor;
  /** The token the actor was verified from: only this one may be re-minted for onward calls. */
  verifiedToken?: string;
}
import { payloadGuard } from './payload-guard.js';
import { PreserializedJsonSerializer } from './preserialized.js';
import { msg } from './message-registry.js';
import { cacherOptions, readCacheMiddleware } from './read-cache.js';
import { nearCacheService, pauseNearCache } from './near-cache.js';

/**
 * The bus's trust rules, on every node:
 * - **Incoming calls** run inside a request scope (log lines carry the request id) and must carry a bearer token
 *   in `meta.token`, verified here: a user token, or an internal token minted for *this* action's service (its
 *   audience). Claims in meta are never trusted. Moleculer's own `$node.*` actions need an internal token too.
 * - **Outgoing calls** made on a service's own behalf (`asSystem`, infra/caller.ts) get a fresh internal token for
 *   the callee alone; a call made while serving an internal token forwards the same subject with a token re-minted
 *   for the next callee (an internal token is never passed on as received).
 * - **Events** are handled only when emitted by the service that owns them (`organizations.*` by `organizations`):
 *   a remote emitter is the NATS-verified identity of the sending node (infra/nats-transport.ts); a local emit must
 *   come from a node that hosts the owner. Anything else is refused (logged, counted, not handled).
 */
export const authMiddleware: Middleware = {
  localAction(next, action) {
    const service = (action.service as { name?: string } | undefined)?.name ?? ownerOf(String(action.name));
    const internal = String(action.name).startsWith('$');
    return async function authenticated(ctx: Context<unknown, CallMeta>) {
      return requestScope.run({ requestId: ctx.requestID ?? ctx.id, action: action.name }, async () => {
        const token = ctx.meta?.token;
        if (typeof token !== 'string' || token.length === 0) throw unauthenticated();
        const actor = await verifyToken(token, { audience: service });
        if (internal && !actor.system) throw forbidden(msg('infra.internalAction', { action: String(action.name) }));
        Object.assign(ctx.locals as VerifiedLocals, { actor, verifiedToken: token });
        return (next as unknown as (c: Context) => Promise<unknown>)(ctx);
      });
    } as never;
  },
  call(next: ServiceBroker['call']) {
    return function call(actionName: string, params: unknown, opts: SystemCallingOptions = {}) {
      const actAs = systemSubject(opts);
      if (!actAs) return next(actionName, params, opts);
      // Minting is asynchronous, so Moleculer does not merge this call's meta back into the caller's: the internal
      // token never leaks into the parent context, where a later "as the user" call would forward it.
      // Moleculer merges the sub-call's meta into the caller's when it answers: the internal token minted for the
      // callee is taken out of it first, so the caller keeps the token it was called with.
      const strip = (inner: Promise<unknown>) => {
        const sub = (inner as { ctx?: Context<unknown, CallMeta> }).ctx;
        if (sub?.meta) delete sub.meta.token;
      };
      const minted = systemToken(actAs, ownerOf(actionName)).then((token) => {
        const inner = next(actionName, params, { ...opts, meta: { ...opts.meta, token } }) as Promise<unknown>;
        return inner.then(
          (res) => {
            strip(inner);
            return res;
          },
          (err: unknown) => {
            strip(inner);
            throw err;
          },
        );
      });
      // Moleculer 0.15 wraps call middlewares in `interceptCallMiddleware`, which sets `promise.ctx` to the result of the
      // LAST `next()` made through this middleware chain — synchronously, while our `next()` only runs once the token is
      // minted. Under concurrency that is another call's context, whose meta (another audience's token, another
      // request's) Context.call would then merge into the caller's. A minted call has no context to merge: pin it.
      Object.defineProperty(minted, 'ctx', { configurable: true, get: () => undefined, set: () => undefined });
      return minted;
    } as never;
  },
  localEvent(next, event) {
    const name = String(event.name);
    return function scoped(ctx: Context) {
      return requestScope.run({ requestId: ctx.requestID ?? ctx.id, action: `event:${name}` }, () => {
        // The event as emitted (a handler may subscribe a pattern such as `projects.*`).
        const emitted = ctx.eventName ?? name;
        const refusal = emitterRefusal(ctx, emitted);
        if (refusal) {
          recordRefusal('event', `${emitted}: ${refusal}`);
          logger().warn({ event: emitted, emitterNode: ctx.nodeID, refusal }, 'event refused');
          return Promise.resolve(); // handled, by refusing: the middlewares around expect a promise
        }
        return (next as unknown as (c: Context) => unknown)(ctx);
      });
    } as never;
  },
};

/** The subject an outgoing call acts as on its own behalf, or undefined for a call made as the user. */
function systemSubject(opts: SystemCallingOptions): string | undefined {
  if (opts[AS_SERVICE]) return `service:${opts[AS_SERVICE]}`;
  const parent = opts.parentCtx as Context<unknown, CallMeta> | undefined;
  const locals = parent?.locals as VerifiedLocals | undefined;
  if (!locals?.actor?.system) return undefined;
  const travelling = (opts.meta as CallMeta | undefined)?.token ?? parent?.meta?.token;
  return travelling === locals.verifiedToken ? locals.actor.id : undefined;
}

/** Why an event may not be handled (its emitter is missing or does not own it), or null when it may. */
function emitterRefusal(ctx: Context, eventName: string): string | null {
  const owner = ownerOf(eventName);
  const broker = ctx.broker;
  if (!ctx.nodeID) return 'no emitter';
  if (ctx.nodeID === broker.nodeID) {
    return owner.startsWith('$') || broker.getLocalService(owner) ? null : `emitted on this node, which does not host ${owner}`;
  }
  if (owner.startsWith('$')) return 'internal events are local only';
  const identity = identityOfNode(ctx.nodeID);
  if (!identity) return `emitter node ${ctx.nodeID} has no identity`;
  return servicesOfIdentity(identity).includes(owner) ? null : `emitted by ${identity}, not by its owner ${owner}`;
}

/** Refuses to start a node whose services its bus identity does not cover (NATS would refuse their traffic). */
function identityCovers(identity: string): Middleware {
  return {
    starting(broker: ServiceBroker) {
      const hosted = servicesOfIdentity(identity);
      const local = (broker.services as { name: string }[]).map((s) => s.name).filter((n) => !n.startsWith('$'));
      const uncovered = local.filter((n) => !hosted.includes(n));
      if (uncovered.length) throw new ConfigError([`the bus identity ${identity} does not cover the service(s) ${uncovered.join(', ')} (NATS_IDENTITY)`]);
    },
  } as Middleware;
}

export interface BrokerSetup {
  /** The node id; over NATS it is prefixed with the identity (`<identity>.<nodeID>`) unless it already is. */
  nodeID?: string;
  /** 'local' = no transporter (all services in one process); otherwise NATS as a bus identity (infra/nats-transport.ts). */
  transport: 'local' | NatsTransport;
  /** Extra broker options (tests use this for short timeouts). */
  overrides?: Partial<BrokerOptions>;
}

export function brokerOptions(setup: BrokerSetup): BrokerOptions {
  const cfg = config();
  const nats = setup.transport === 'local' ? null : setup.transport;
  let nodeID = setup.nodeID;
  if (nats && (!nodeID || identityOfNode(nodeID) !== nats.identity)) nodeID = nodeIdFor(nats.identity, nodeID ?? `${process.pid}`);
  return {
    namespace: process.env.MOLECULER_NAMESPACE ?? 'cej',
    nodeID,
    transporter: nats ? new IdentityNatsTransporter(nats) : null,
    // JSON on the bus; a cached answer's known JSON is spliced in instead of serialized again (infra/preserialized.ts).
    serializer: new PreserializedJsonSerializer(),
    logger: { type: 'Pino', options: { pino: { options: pinoOptions(cfg.logLevel) } } },
    logLevel: cfg.logLevel === 'silent' ? 'fatal' : (cfg.logLevel as 'info'),
    // Never wait forever; a call that times out is answered with SERVICE_UNAVAILABLE by the gateway.
    requestTimeout: cfg.requestTimeoutMs,
    // Retries are off by default: only idempotent read actions opt in (see their `retryPolicy`).
    retryPolicy: { enabled: false, retries: 3, delay: 50, maxDelay: 500, factor: 2, check: (err) => !!(err as { retryable?: boolean }).retryable },
    // Stop calling an endpoint that fails half of its recent calls; probe again after 5 s.
    circuitBreaker: {
      enabled: true,
      threshold: 0.5,
      minRequestCount: 20,
      windowTime: 30,
      halfOpenTime: 5_000,
      check: (err) => (err as { code?: number }).code === undefined || ((err as { code: number }).code >= 500 && (err as { type?: string }).type !== 'INTERNAL'),
    },
    // Each action runs at most 64 calls at once per node and queues 1,000 more; beyond that callers get an error at once.
    bulkhead: { enabled: true, concurrency: 64, maxQueueSize: 1_000 },
    // Graceful shutdown: on SIGTERM stop taking calls and wait (up to 10 s) for in-flight ones.
    tracking: { enabled: true, shutdownTimeout: 10_000 },
    heartbeatInterval: cfg.heartbeatIntervalS,
    heartbeatTimeout: cfg.heartbeatTimeoutS,
    registry: { strategy: 'RoundRobin', preferLocal: true },
    tracing: cfg.tracing ? { enabled: true, exporter: cfg.tracing === 'console' ? 'Console' : { type: 'Event', options: {} } } : false,
    // The read cache (infra/read-cache.ts): Moleculer's cacher, used by our own middleware, which is registered first so
    // that it runs inside the auth middleware (on a verified caller). No action declares Moleculer's `cache` option.
    cacher: cacherOptions(),
    middlewares: nats ? [readCacheMiddleware, authMiddleware, identityCovers(nats.identity), payloadGuard(), freshAfterReconnect] : [readCacheMiddleware, authMiddleware, payloadGuard()],
    ...setup.overrides,
  };
}

/**
 * A broker as `brokerOptions` says; on the gateway's identity over NATS, with a read cache configured, it also keeps
 * the near cache (infra/near-cache.ts `nearCacheService`: cached reads answered without a bus round trip).
 */
export function createBroker(setup: BrokerSetup): ServiceBroker {
  const broker = new ServiceBroker(brokerOptions(setup));
  if (setup.transport !== 'local' && setup.transport.identity === GATEWAY_IDENTITY && broker.cacher) broker.createService(nearCacheService());
  return broker;
}

/**
 * After a NATS outage this node may have missed `<service>.cacheStale` broadcasts: what it cached before is not served,
 * and a near cache rests until the others have rediscovered it (infra/near-cache.ts `pauseNearCache`).
 */
const freshAfterReconnect = {
  started(broker: ServiceBroker) {
    onTransportReconnect(broker, () => pauseNearCache(broker));
  },
} as Middleware;

/**
 * Calls `cb` each time this node's NATS connection comes back after an outage. Moleculer's NATS transporter
 * lets the client reconnect by itself without telling the broker, so services that keep projections fed by
 * (non-durable) events listen to the client's own status stream to know when to catch up.
 */
export function onTransportReconnect(broker: ServiceBroker, cb: () => void): void {
  const client = (broker as unknown as { transit?: { tx?: { client?: { status?: () => AsyncIterable<{ type: string }> } } } }).transit?.tx?.client;
  if (!client?.status) return; // in-process transport: nothing to reconnect
  void (async () => {
    for await (const s of client.status!()) if (s.type === 'reconnect') cb();
  })().catch(() => undefined);
}

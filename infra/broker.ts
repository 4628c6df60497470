import { ServiceBroker, type BrokerOptions, type Middleware, type Context } from 'moleculer';
import { config } from './env.js';
import { pinoOptions, requestScope } from './logger.js';
import { verifyToken, type Actor, type CallMeta } from './auth.js';
import { unauthenticated } from './errors.js';
import { payloadGuard } from './payload-guard.js';

/**
 * Runs every action inside a request scope (so log lines carry the request id) and verifies the caller's
 * bearer token. Authorization lives in the services because anything on the bus can call an action:
 * the token travels in `meta.token` and every node verifies it itself; claims in meta are never trusted.
 */
export const authMiddleware: Middleware = {
  localAction(next, action) {
    if (action.name?.startsWith('$')) return next; // Moleculer's internal $node.* actions
    return async function authenticated(ctx: Context<unknown, CallMeta>) {
      return requestScope.run({ requestId: ctx.requestID ?? ctx.id, action: action.name }, async () => {
        const token = ctx.meta?.token;
        if (typeof token !== 'string' || token.length === 0) throw unauthenticated();
        (ctx.locals as { actor?: Actor }).actor = await verifyToken(token);
        return (next as unknown as (c: Context) => Promise<unknown>)(ctx);
      });
    } as never;
  },
  localEvent(next, event) {
    return function scoped(ctx: Context) {
      return requestScope.run({ requestId: ctx.requestID ?? ctx.id, action: `event:${event.name}` }, () => (next as unknown as (c: Context) => unknown)(ctx));
    } as never;
  },
};

export interface BrokerSetup {
  nodeID?: string;
  /** 'local' = no transporter (all services in one process); otherwise a NATS URL. */
  transport: 'local' | { natsUrl: string };
  /** Extra broker options (tests use this for short timeouts). */
  overrides?: Partial<BrokerOptions>;
}

export function brokerOptions(setup: BrokerSetup): BrokerOptions {
  const cfg = config();
  return {
    namespace: process.env.MOLECULER_NAMESPACE ?? 'cej',
    nodeID: setup.nodeID,
    transporter:
      setup.transport === 'local'
        ? null
        : {
            type: 'NATS',
            options: {
              url: setup.transport.natsUrl,
              ...(cfg.natsUser ? { user: cfg.natsUser, pass: cfg.natsPass } : {}),
              // Reconnect forever: a NATS restart must not need a restart of any service.
              maxReconnectAttempts: -1,
              reconnectTimeWait: 250,
            },
          },
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
    middlewares: [authMiddleware, payloadGuard()],
    ...setup.overrides,
  };
}

export function createBroker(setup: BrokerSetup): ServiceBroker {
  return new ServiceBroker(brokerOptions(setup));
}

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

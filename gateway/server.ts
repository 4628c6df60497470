/**
 * The gateway, composed: one yoga instance whose plugins (gateway/plugins/, one file each) do everything — request
 * id, body and rate limits, health, metrics, plain-HTTP routes, query limits, error masking — and a node HTTP
 * server in front of it that opens the request's log scope.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createYoga, type CORSOptions, type YogaServerInstance } from 'graphql-yoga';
import { Redis } from 'ioredis';
import { createInMemoryAPQStore, useAPQ } from '@graphql-yoga/plugin-apq';
import type { GraphQLSchema } from 'graphql';
import type { ServiceBroker } from 'moleculer';
import { config } from '../infra/env.js';
import { logger, requestScope } from '../infra/logger.js';
import { buildGatewaySchema } from './schema.js';
import { buildContext, type GatewayContext } from './context.js';
import { watchRoundTrip } from './metrics.js';
import { useRequestId, requestIdFrom, type RequestIdServerContext } from './plugins/use-request-id.js';
import { useBodyLimit } from './plugins/use-body-limit.js';
import { useRateLimit, type RateLimitOptions } from './plugins/use-rate-limit.js';
import { useHealth } from './plugins/use-health.js';
import { useMetrics } from './plugins/use-metrics.js';
import { useRoutes, rootRedirect, type Route } from './plugins/use-routes.js';
import { useLimits, type LimitOptions } from './plugins/use-limits.js';
import { fieldWeights } from './field-weights.js';
import { resolvers } from './resolvers/index.js';
import { redisAPQStore } from './rate-limit.js';
import { useCallCount } from './plugins/use-call-count.js';
import { useErrorMasking } from './plugins/use-error-masking.js';
import { useHttpPolicy } from './plugins/use-http-policy.js';
import { renderGraphiQL, useGraphiQLAssets } from './plugins/use-graphiql-assets.js';

export type { Route, RouteRequest } from './plugins/use-routes.js';

export interface GatewayYogaOptions {
  broker: ServiceBroker;
  /** Services that must be reachable for /readyz to answer 200. */
  requiredServices: string[];
  /** Plain-HTTP routes beside /graphql (gateway/routes.ts), tried in order. */
  routes?: Route[];
  /** Base URL clients reach the gateway at (calendar feed links); read at each request. */
  publicUrl?: () => string;
  /** The executable schema (default: schemas/*.graphql with the gateway's resolvers; tests give a tiny one). */
  schema?: GraphQLSchema;
  /** Overrides of the configured limits (tests). */
  rateLimit?: Partial<RateLimitOptions>;
  limits?: Partial<LimitOptions>;
  maxBodyBytes?: number;
  production?: boolean;
  /** Overrides CORS_ORIGINS (tests). */
  corsOrigins?: string[];
  /** Overrides METRICS_TOKEN (tests). */
  metricsToken?: string;
}

/**
 * CORS for one request: an origin in `allowed` (or any, with `*` — development only) gets the usual answer for
 * bearer-token calls (no credentials: the API uses no cookies); any other origin gets no CORS headers at all, so
 * the browser refuses to hand the answer to the page.
 */
export function corsFor(origin: string | null, allowed: readonly string[]): CORSOptions | false {
  if (!origin || !(allowed.includes('*') || allowed.includes(origin))) return false;
  return {
    origin: [origin],
    methods: ['GET', 'POST'],
    allowedHeaders: ['authorization', 'content-type', 'x-request-id', 'x-debug-calls', 'x-lang', 'accept-language'],
    exposedHeaders: ['x-request-id', 'retry-after'],
    credentials: false,
    maxAge: 600,
  };
}

export type GatewayYoga = YogaServerInstance<RequestIdServerContext, GatewayContext>;

/** The gateway's yoga instance, without a network listener: `startGateway` serves it; tests call `yoga.fetch`. */
export function createGatewayYoga(opts: GatewayYogaOptions): GatewayYoga {
  const cfg = config();
  const log = logger().child({ component: 'gateway' });
  const production = opts.production ?? cfg.nodeEnv === 'production';
  // REDIS_URL: one connection per gateway for its shared state (rate limits, APQ), closed with the gateway.
  const redis = cfg.redisUrl ? new Redis(cfg.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 2 }) : undefined;
  const sharedPrefix = `cej-${process.env.MOLECULER_NAMESPACE ?? 'cej'}-gw-`;
  const yoga = createYoga<RequestIdServerContext, GatewayContext>({
    schema: opts.schema ?? buildGatewaySchema(),
    graphqlEndpoint: '/graphql',
    graphiql: production ? false : { title: '产教联盟 Platform API', defaultQuery: '{ me { id roles organization { name } } }' },
    // GraphiQL from the installed package, never a CDN (plugins/use-graphiql-assets.ts serves its files).
    renderGraphiQL,
    landingPage: false,
    // Only application/json POSTs and GETs are executed (plugins/use-http-policy.ts); no multipart uploads.
    multipart: false,
    // Browsers may call the API cross-origin only from the configured origins (CORS_ORIGINS); no cookies are used.
    cors: (request) => corsFor(request.headers.get('origin'), opts.corsOrigins ?? cfg.corsOrigins),
    // useErrorMasking() is the masking: unexpected errors never leak, in development too.
    maskedErrors: false,
    logging: {
      debug: (...a) => log.debug(a.map(String).join(' ')),
      info: (...a) => log.info(a.map(String).join(' ')),
      warn: (...a) => log.warn(a.map(String).join(' ')),
      error: (...a) => log.error(a.map(String).join(' ')),
    },
    context: ({ request }) => buildContext(opts.broker, request, opts.publicUrl?.() ?? cfg.publicUrl ?? ''),
    plugins: [
      useRequestId(),
      useHttpPolicy(),
      useBodyLimit(opts.maxBodyBytes ?? cfg.maxBodyBytes),
      useRateLimit({ perTokenPerMinute: cfg.rateLimitPerMinute, perIpPerMinute: cfg.rateLimitIpPerMinute, ...(redis ? { redis: { client: redis, prefix: sharedPrefix } } : {}), ...opts.rateLimit }),
      useHealth(opts.broker, opts.requiredServices),
      useMetrics({ token: opts.metricsToken ?? cfg.metricsToken, off: production }),
      useGraphiQLAssets(!production),
      useRoutes([...(opts.routes ?? []), ...(production ? [] : [rootRedirect])]),
      // Automatic persisted queries (the Apollo APQ protocol): clients send a query's SHA-256 and the text only
      // once, and may then use GET requests that CDNs and browsers can cache.
      // With REDIS_URL the store (and the rate limits) are shared by every gateway replica.
      useAPQ({ store: redis ? redisAPQStore(redis, sharedPrefix) : createInMemoryAPQStore({ max: 5_000 }) }),
      useLimits({
        maxDepth: cfg.maxQueryDepth,
        maxCost: cfg.maxQueryCost,
        maxTokens: cfg.maxQueryTokens,
        maxNesting: cfg.maxQueryNesting,
        weights: opts.schema ? {} : fieldWeights(resolvers),
        noIntrospection: production,
        ...opts.limits,
      }),
      useCallCount(!production),
      useErrorMasking({ hideSuggestions: production }),
    ],
  });
  if (redis) sharedConnections.set(yoga, redis);
  return yoga;
}

/** The Redis connection of a gateway (REDIS_URL), closed by `Gateway.stop()`. */
const sharedConnections = new WeakMap<object, Redis>();

export interface GatewayOptions extends Omit<GatewayYogaOptions, 'publicUrl'> {
  port?: number;
  host?: string;
}

export interface Gateway {
  url: string;
  server: http.Server;
  yoga: GatewayYoga;
  stop(): Promise<void>;
}

/** Serves the gateway over HTTP on `port` (0: a free one) until `stop()`. */
export async function startGateway(opts: GatewayOptions): Promise<Gateway> {
  const cfg = config();
  let publicUrl = cfg.publicUrl ?? '';
  const yoga = createGatewayYoga({ ...opts, publicUrl: () => publicUrl });
  const stopPinging = watchRoundTrip(opts.broker);
  // The request id is chosen once, here, so the log scope around the whole request (every line written while
  // answering it, here and in the services) and the id the plugins echo and pass on are the same.
  // Slow clients (slowloris): all headers within HTTP_HEADERS_TIMEOUT_MS and the whole request within
  // HTTP_REQUEST_TIMEOUT_MS, else 408 and the connection is closed. Node checks these timers only every
  // `connectionsCheckingInterval` (30 s by default, which let a slow sender outlive the limit): check every second.
  const server = http.createServer(
    {
      headersTimeout: cfg.httpHeadersTimeoutMs,
      requestTimeout: cfg.httpRequestTimeoutMs,
      connectionsCheckingInterval: Math.min(1_000, Math.max(100, Math.floor(cfg.httpHeadersTimeoutMs / 4))),
    },
    (req, res) => {
      const requestId = requestIdFrom(req.headers['x-request-id']);
      void requestScope.run({ requestId }, () => yoga(req, res, { requestId }));
    },
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? cfg.port, opts.host ?? cfg.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  if (!publicUrl) publicUrl = `http://localhost:${port}`;
  return {
    url,
    server,
    yoga,
    async stop() {
      stopPinging();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 5_000).unref();
      });
      await sharedConnections.get(yoga)?.quit().catch(() => undefined);
    },
  };
}

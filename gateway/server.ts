/**
 * The gateway, composed: one yoga instance whose plugins (gateway/plugins/, one file each) do everything — request
 * id, body and rate limits, health, metrics, plain-HTTP routes, query limits, error masking — and a node HTTP
 * server in front of it that opens the request's log scope.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
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
import { useCallCount } from './plugins/use-call-count.js';
import { useErrorMasking } from './plugins/use-error-masking.js';

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
}

export type GatewayYoga = YogaServerInstance<RequestIdServerContext, GatewayContext>;

/** The gateway's yoga instance, without a network listener: `startGateway` serves it; tests call `yoga.fetch`. */
export function createGatewayYoga(opts: GatewayYogaOptions): GatewayYoga {
  const cfg = config();
  const log = logger().child({ component: 'gateway' });
  const production = opts.production ?? cfg.nodeEnv === 'production';
  return createYoga<RequestIdServerContext, GatewayContext>({
    schema: opts.schema ?? buildGatewaySchema(),
    graphqlEndpoint: '/graphql',
    graphiql: production ? false : { title: '产教联盟 Platform API', defaultQuery: '{ me { id roles organization { name } } }' },
    landingPage: false,
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
      useBodyLimit(opts.maxBodyBytes ?? cfg.maxBodyBytes),
      useRateLimit({ perTokenPerMinute: cfg.rateLimitPerMinute, perIpPerMinute: cfg.rateLimitIpPerMinute, ...opts.rateLimit }),
      useHealth(opts.broker, opts.requiredServices),
      useMetrics(),
      useRoutes([...(opts.routes ?? []), ...(production ? [] : [rootRedirect])]),
      // Automatic persisted queries (the Apollo APQ protocol): clients send a query's SHA-256 and the text only
      // once, and may then use GET requests that CDNs and browsers can cache.
      useAPQ({ store: createInMemoryAPQStore({ max: 5_000 }) }),
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
      useErrorMasking(),
    ],
  });
}

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
  const server = http.createServer((req, res) => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    void requestScope.run({ requestId }, () => yoga(req, res, { requestId }));
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? cfg.port, opts.host ?? '0.0.0.0', () => resolve());
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
    },
  };
}

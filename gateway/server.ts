import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createYoga, type Plugin } from 'graphql-yoga';
import { createInMemoryAPQStore, useAPQ } from '@graphql-yoga/plugin-apq';
import { GraphQLError, NoSchemaIntrospectionCustomRule, type DocumentNode } from 'graphql';
import type { ServiceBroker } from 'moleculer';
import { config } from '../infra/env.js';
import { logger, requestScope } from '../infra/logger.js';
import { systemToken } from '../infra/auth.js';
import { buildGatewaySchema } from './schema.js';
import { buildContext, type GatewayContext } from './context.js';
import { costLimitRule, depthLimitRule } from './limits.js';
import { graphqlDuration, graphqlRequests, metricsRoute, rateLimited, watchRoundTrip } from './metrics.js';
import { RateLimiter } from './rate-limit.js';
import { bearerToken, requestIdFrom } from './context.js';

/** A plain-HTTP route beside /graphql (health, calendar feeds, metrics). Returns false when it does not match. */
export type Route = (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => Promise<boolean> | boolean;

export interface GatewayOptions {
  broker: ServiceBroker;
  port?: number;
  host?: string;
  /** Services that must be reachable for /readyz to answer 200. */
  requiredServices: string[];
  routes?: Route[];
}

export interface Gateway {
  url: string;
  server: http.Server;
  yoga: ReturnType<typeof createYoga<Record<string, unknown>, GatewayContext>>;
  stop(): Promise<void>;
}

function json(res: http.ServerResponse, status: number, body: unknown): true {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
  return true;
}

/** Liveness and readiness: ready means NATS connected, every required service discovered and its MongoDB reachable. */
function healthRoutes(broker: ServiceBroker, required: string[]): Route {
  return async (req, res, url) => {
    if (url.pathname === '/healthz') return json(res, 200, { status: 'ok' });
    if (url.pathname !== '/readyz') return false;
    const checks: Record<string, string> = {};
    const transit = (broker as unknown as { transit?: { connected: boolean } }).transit;
    checks.transport = !transit ? 'in-process' : transit.connected ? 'connected' : 'disconnected';
    const token = await systemToken('gateway');
    await Promise.all(
      required.map(async (name) => {
        try {
          const h = (await broker.call(`${name}.health`, {}, { meta: { token }, timeout: 2_000 })) as { mongo: string };
          checks[name] = h.mongo === 'up' ? 'up' : `mongo ${h.mongo}`;
        } catch (err) {
          checks[name] = `unavailable (${(err as { type?: string }).type ?? (err as Error).message})`;
        }
      }),
    );
    const ready = checks.transport !== 'disconnected' && required.every((n) => checks[n] === 'up');
    return json(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', checks });
  };
}

export async function startGateway(opts: GatewayOptions): Promise<Gateway> {
  const cfg = config();
  const log = logger().child({ component: 'gateway' });
  const production = cfg.nodeEnv === 'production';
  const schema = buildGatewaySchema();
  let publicUrl = cfg.publicUrl ?? '';

  const validationRules: Plugin = {
    onValidate({ addValidationRule }) {
      addValidationRule(depthLimitRule(cfg.maxQueryDepth));
      addValidationRule(costLimitRule(cfg.maxQueryCost));
      if (production) addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };

  // Outside production, `x-debug-calls: 1` adds the number of broker calls the request made to `extensions`:
  // the tests and the benchmark use it to prove that DataLoader batching keeps it constant.
  const callCount: Plugin<GatewayContext> = {
    onExecute({ args }) {
      const ctx = args.contextValue as GatewayContext & { request?: Request };
      if (production || ctx.request?.headers.get('x-debug-calls') !== '1') return;
      return {
        onExecuteDone({ result, setResult }) {
          if ('data' in result || 'errors' in result) {
            setResult({ ...result, extensions: { ...(result.extensions ?? {}), calls: ctx.counter.calls, callsByAction: ctx.counter.byAction } });
          }
        },
      };
    },
  };

  // Every error a client sees carries a code: graphql-js leaves variable-coercion errors without one
  // (they are bad input), and yoga's masked unexpected errors get our INTERNAL code.
  const errorCodes: Plugin = {
    onResultProcess({ result, setResult }) {
      const withCodes = (r: { errors?: readonly GraphQLError[] }) => {
        if (!r.errors?.length) return r;
        return {
          ...r,
          errors: r.errors.map((e) => {
            const code = e.extensions?.code;
            if (code && code !== 'INTERNAL_SERVER_ERROR') return e;
            const fixed = code === 'INTERNAL_SERVER_ERROR' ? 'INTERNAL' : 'BAD_USER_INPUT';
            return new GraphQLError(e.message, { nodes: e.nodes, path: e.path, originalError: e.originalError, extensions: { ...e.extensions, code: fixed } });
          }),
        };
      };
      if (Array.isArray(result)) setResult(result.map((r) => withCodes(r as never)) as never);
      else if (result && typeof result === 'object' && 'errors' in result) setResult(withCodes(result as never) as never);
    },
  };

  const operationMetrics: Plugin<GatewayContext> = {
    onExecute({ args }) {
      const op = (args.document as DocumentNode).definitions.find((d) => d.kind === 'OperationDefinition');
      const operation = args.operationName ?? (op && 'name' in op ? op.name?.value : undefined) ?? 'anonymous';
      const type = op && 'operation' in op ? op.operation : 'query';
      const end = graphqlDuration.startTimer({ operation, type });
      return {
        onExecuteDone({ result }) {
          end();
          const errors = 'errors' in result ? result.errors : undefined;
          graphqlRequests.inc({ operation, type, outcome: errors?.length ? String(errors[0].extensions?.code ?? 'INTERNAL') : 'ok' });
        },
      };
    },
  };

  const yoga = createYoga<Record<string, unknown>, GatewayContext>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: production ? false : { title: '产教联盟 Platform API', defaultQuery: '{ me { id roles organization { name } } }' },
    landingPage: false,
    // Never leak internals: unexpected errors are masked, in development too.
    maskedErrors: { isDev: false },
    logging: {
      debug: (...a) => log.debug(a.map(String).join(' ')),
      info: (...a) => log.info(a.map(String).join(' ')),
      warn: (...a) => log.warn(a.map(String).join(' ')),
      error: (...a) => log.error(a.map(String).join(' ')),
    },
    context: ({ request }) => buildContext(opts.broker, request, publicUrl),
    // Automatic persisted queries (the Apollo APQ protocol): clients send a query's SHA-256 and the text only once,
    // and may then use GET requests that CDNs and browsers can cache.
    plugins: [useAPQ({ store: createInMemoryAPQStore({ max: 5_000 }) }), validationRules, callCount, errorCodes, operationMetrics],
  });

  const routes: Route[] = [healthRoutes(opts.broker, opts.requiredServices), metricsRoute(), ...(opts.routes ?? [])];
  const limiter = new RateLimiter(cfg.rateLimitPerMinute, cfg.rateLimitIpPerMinute);
  const stopPinging = watchRoundTrip(opts.broker);
  const unlimited = new Set(['/healthz', '/readyz', '/metrics']);

  const server = http.createServer((req, res) => {
    // One request id per HTTP request (the caller's x-request-id if it sent a sane one): every log line written
    // while handling it, here and in every service it calls, carries it; the client gets it back in a header.
    const requestId = requestIdFrom(req.headers['x-request-id']);
    res.setHeader('x-request-id', requestId);
    void requestScope.run({ requestId }, () => handle(req, res));
  });
  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const declared = Number(req.headers['content-length'] ?? 0);
      // Bodies must declare their length so the limit holds before anything is read.
      if (req.method === 'POST' && req.headers['content-length'] === undefined) {
        json(res, 411, { errors: [{ message: 'A request body needs a Content-Length header.', extensions: { code: 'BAD_USER_INPUT' } }] });
        return;
      }
      if (declared > cfg.maxBodyBytes) {
        json(res, 413, { errors: [{ message: `Request body over ${cfg.maxBodyBytes} bytes.`, extensions: { code: 'BAD_USER_INPUT' } }] });
        return;
      }
      if (limiter.enabled && !unlimited.has(url.pathname)) {
        const ip = req.socket.remoteAddress ?? 'unknown';
        const decision = limiter.check(ip, bearerToken((req.headers.authorization as string | undefined) ?? null));
        if (!decision.allowed) {
          rateLimited.inc({ limit: decision.limit ?? 'ip' });
          res.setHeader('retry-after', String(decision.retryAfterSeconds));
          json(res, 429, { errors: [{ message: `Too many requests (per ${decision.limit}); retry in ${decision.retryAfterSeconds} s.`, extensions: { code: 'RATE_LIMITED' } }] });
          return;
        }
      }
      for (const route of routes) if (await route(req, res, url)) return;
      if (url.pathname === '/' && req.method === 'GET' && !production) {
        res.writeHead(302, { location: '/graphql' });
        res.end();
        return;
      }
      await yoga.handle(req, res);
    } catch (err) {
      log.error({ err }, 'unhandled error in HTTP handler');
      if (!res.headersSent) json(res, 500, { errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL' } }] });
      else res.end();
    }
  };
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

import { createHash, timingSafeEqual } from 'node:crypto';
import type { DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from '../../infra/errors.js';
import { codedError, httpErrorResponse } from '../errors.js';
import { graphqlDuration, graphqlRequests, registry } from '../metrics.js';
import { msg } from '../../infra/message-registry.js';
import { localeOf } from '../locale.js';

/** Who may read /metrics: `token` set → only `Authorization: Bearer <token>`; unset → anyone, unless `off`. */
export interface MetricsAccess {
  token?: string;
  /** No token and production: /metrics answers 404 (the operations list is not public). */
  off?: boolean;
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Compares the bearer token with the configured one in constant time. */
function bearerMatches(header: string | null, token: string): boolean {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return !!m && timingSafeEqual(digest(m[1]), digest(token));
}

/**
 * Prometheus metrics: every GraphQL operation is counted and timed by operation name, type and outcome (`ok` or
 * its first error's code), and GET `path` (default /metrics) answers the registry (gateway/metrics.ts), which
 * also holds the broker-call metrics (gateway/call.ts) and the NATS round trip. With a token (METRICS_TOKEN) the
 * scrape must send it as a bearer (401 UNAUTHENTICATED otherwise); production without one serves no /metrics.
 */
export function useMetrics(access: MetricsAccess = {}, path = '/metrics'): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname !== path) return;
      if (!access.token && access.off) {
        endResponse(httpErrorResponse(codedError(ErrorCode.NOT_FOUND, msg('gateway.notFound')), {}, localeOf(request)));
        return;
      }
      if (access.token && !bearerMatches(request.headers.get('authorization'), access.token)) {
        endResponse(httpErrorResponse(codedError(ErrorCode.UNAUTHENTICATED, msg('gateway.metricsToken')), { 'www-authenticate': 'Bearer' }, localeOf(request)));
        return;
      }
      try {
        endResponse(new Response(await registry.metrics(), { status: 200, headers: { 'content-type': registry.contentType } }));
      } catch (err) {
        endResponse(httpErrorResponse(err, {}, localeOf(request)));
      }
    },
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
}

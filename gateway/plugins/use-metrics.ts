import type { DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { httpErrorResponse } from '../errors.js';
import { graphqlDuration, graphqlRequests, registry } from '../metrics.js';

/**
 * Prometheus metrics: every GraphQL operation is counted and timed by operation name, type and outcome (`ok` or
 * its first error's code), and GET `path` (default /metrics) answers the registry (gateway/metrics.ts), which
 * also holds the broker-call metrics (gateway/call.ts) and the NATS round trip.
 */
export function useMetrics(path = '/metrics'): Plugin {
  return {
    async onRequest({ url, endResponse }) {
      if (url.pathname !== path) return;
      try {
        endResponse(new Response(await registry.metrics(), { status: 200, headers: { 'content-type': registry.contentType } }));
      } catch (err) {
        endResponse(httpErrorResponse(err));
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

import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ServiceBroker } from 'moleculer';

/**
 * Prometheus metrics served at /metrics: GraphQL operations (rate, errors, latency by operation name),
 * broker calls as the gateway sees them (per action, including the NATS hop), and the NATS round trip
 * to every node, measured by a periodic Moleculer ping.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'cej_gateway_' });

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const graphqlRequests = new Counter({
  name: 'cej_graphql_requests_total',
  help: 'GraphQL operations by operation name, type and outcome (ok or the first error code).',
  labelNames: ['operation', 'type', 'outcome'] as const,
  registers: [registry],
});
export const graphqlDuration = new Histogram({
  name: 'cej_graphql_request_duration_seconds',
  help: 'GraphQL operation latency by operation name.',
  labelNames: ['operation', 'type'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [registry],
});
export const actionCalls = new Counter({
  name: 'cej_action_calls_total',
  help: 'Broker calls made by the gateway, by action and outcome (ok or error code).',
  labelNames: ['action', 'outcome'] as const,
  registers: [registry],
});
export const actionDuration = new Histogram({
  name: 'cej_action_call_duration_seconds',
  help: 'Broker call latency as the gateway sees it (includes the NATS round trip), by action.',
  labelNames: ['action'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [registry],
});
export const natsRoundTrip = new Gauge({
  name: 'cej_nats_round_trip_seconds',
  help: 'Last measured request-reply round trip over the transporter to each node (Moleculer ping).',
  labelNames: ['node'] as const,
  registers: [registry],
});
export const rateLimited = new Counter({
  name: 'cej_rate_limited_total',
  help: 'Requests answered 429, by limit (token or ip).',
  labelNames: ['limit'] as const,
  registers: [registry],
});

/** Pings every remote node every `intervalMs` and records the round trip. Returns a stop function. */
export function watchRoundTrip(broker: ServiceBroker, intervalMs = 10_000): () => void {
  const tick = async () => {
    try {
      const res = (await broker.ping(undefined, 2_000)) as unknown as Record<string, { elapsedTime: number } | null>;
      for (const [node, pong] of Object.entries(res ?? {})) if (pong) natsRoundTrip.set({ node }, pong.elapsedTime / 1000);
    } catch {
      // no remote nodes (in-process transport) or a ping timed out: nothing to record
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}

/** Operations counted by name and outcome, broker calls by action; GET /metrics answers the registry. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceBroker } from 'moleculer';
import { gql, probeService, send, testBus, testGateway } from '../../test/helpers/gateway.js';

let broker: ServiceBroker;
beforeAll(async () => {
  broker = await testBus(probeService);
});
afterAll(async () => broker?.stop());

/** The value of one sample line of the Prometheus text, 0 when absent. */
const sample = (text: string, line: string) => Number(text.split('\n').find((l) => l.startsWith(`${line} `))?.split(' ')[1] ?? 0);

describe('useMetrics', () => {
  it('counts operations by name and outcome (ok or the first error code) and broker calls by action', async () => {
    const yoga = testGateway(broker);
    const before = (await send(yoga, '/metrics')).text;
    expect((await gql(yoga, 'query MetricsOk { echo { metaRequestId } }')).body.errors).toBeUndefined();
    expect((await gql(yoga, 'query MetricsRefused { fail(code: "FORBIDDEN") }')).body.errors).toHaveLength(1);
    const r = await send(yoga, '/metrics');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('text/plain');
    const ok = 'cej_graphql_requests_total{operation="MetricsOk",type="query",outcome="ok"}';
    const refused = 'cej_graphql_requests_total{operation="MetricsRefused",type="query",outcome="FORBIDDEN"}';
    expect(sample(r.text, ok) - sample(before, ok)).toBe(1);
    expect(sample(r.text, refused) - sample(before, refused)).toBe(1);
    const calls = 'cej_action_calls_total{action="probe.fail",outcome="FORBIDDEN"}';
    expect(sample(r.text, calls) - sample(before, calls)).toBe(1);
  });
});

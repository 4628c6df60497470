/** Rate limits per IP and per token, answered 429 RATE_LIMITED with retry-after; health probes are never limited. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceBroker } from 'moleculer';
import { ErrorCode } from '../../infra/errors.js';
import { probeService, send, testBus, testGateway } from '../../test/helpers/gateway.js';

let broker: ServiceBroker;
beforeAll(async () => {
  broker = await testBus(probeService);
});
afterAll(async () => broker?.stop());

const query = JSON.stringify({ query: '{ echo { metaRequestId } }' });

describe('useRateLimit', () => {
  it('answers the request over the per-IP limit 429 RATE_LIMITED with retry-after, and not another IP', async () => {
    const now = 120_000 + 15_000;
    const yoga = testGateway(broker, { rateLimit: { perIpPerMinute: 2, perTokenPerMinute: 0, now: () => now } });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await send(yoga, '/graphql', { body: query, ip: '10.0.0.1' })).status);
    expect(statuses).toEqual([200, 200, 429]);
    const limited = await send(yoga, '/graphql', { body: query, ip: '10.0.0.1' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('45');
    expect(limited.body.errors).toHaveLength(1);
    expect(limited.body.errors![0].extensions?.code).toBe(ErrorCode.RATE_LIMITED);
    expect((await send(yoga, '/graphql', { body: query, ip: '10.0.0.2' })).status).toBe(200);
  });

  it('limits per bearer token across IPs', async () => {
    const yoga = testGateway(broker, { rateLimit: { perIpPerMinute: 0, perTokenPerMinute: 1, now: () => 60_000 } });
    const auth = { authorization: 'Bearer tok-1' };
    // The limit counts the raw bearer token (no verification); /healthz is never counted.
    expect((await send(yoga, '/healthz', { headers: auth, ip: '10.0.0.3' })).status).toBe(200);
    const first = await send(yoga, '/no/such/path', { headers: auth, ip: '10.0.0.3' });
    expect(first.status).toBe(404);
    const second = await send(yoga, '/no/such/path', { headers: auth, ip: '10.0.0.4' });
    expect(second.status).toBe(429);
    expect(second.body.errors![0].extensions?.code).toBe(ErrorCode.RATE_LIMITED);
  });

  it('never limits /healthz, /readyz and /metrics', async () => {
    const yoga = testGateway(broker, { rateLimit: { perIpPerMinute: 1, perTokenPerMinute: 0, now: () => 0 } });
    for (const path of ['/healthz', '/healthz', '/metrics', '/metrics', '/readyz', '/readyz']) expect((await send(yoga, path, { ip: '10.0.0.5' })).status).toBe(200);
  });
});

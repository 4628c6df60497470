/** `x-debug-calls: 1` adds the request's broker calls to `extensions`, outside production only. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceBroker } from 'moleculer';
import { gql, probeService, testBus, testGateway } from '../../test/helpers/gateway.js';

let broker: ServiceBroker;
beforeAll(async () => {
  broker = await testBus(probeService);
});
afterAll(async () => broker?.stop());

const QUERY = '{ a: echo { metaRequestId } b: echo { metaRequestId } c: fail(code: "NOT_FOUND") }';

describe('useCallCount', () => {
  it('reports the calls in total and by action when asked', async () => {
    const r = await gql(testGateway(broker), QUERY, undefined, { 'x-debug-calls': '1' });
    expect(r.body.extensions).toEqual({ calls: 3, callsByAction: { 'probe.echo': 2, 'probe.fail': 1 } });
    expect((await gql(testGateway(broker), QUERY)).body.extensions).toBeUndefined();
  });

  it('reports nothing in production', async () => {
    const r = await gql(testGateway(broker, { production: true }), QUERY, undefined, { 'x-debug-calls': '1' });
    expect(r.body.extensions).toBeUndefined();
  });
});

/** Bodies declare their length (411) and stay under the limit (413), before any byte is read. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceBroker } from 'moleculer';
import { ErrorCode } from '../../infra/errors.js';
import { probeService, send, testBus, testGateway } from '../../test/helpers/gateway.js';

let broker: ServiceBroker;
beforeAll(async () => {
  broker = await testBus(probeService);
});
afterAll(async () => broker?.stop());

describe('useBodyLimit', () => {
  it('answers a POST without Content-Length 411 and one over the limit 413, both BAD_USER_INPUT', async () => {
    const yoga = testGateway(broker, { maxBodyBytes: 2_000 });
    const body = JSON.stringify({ query: '{ echo { metaRequestId } }' });
    // A streamed body has no length the Request could declare for it (a string body would get one).
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode(body));
        c.close();
      },
    });
    const res = await yoga.fetch('http://gateway.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(411);
    expect((await res.json()).errors[0].extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
    const big = await send(yoga, '/graphql', { body: JSON.stringify({ query: `{ echo { metaRequestId } } # ${'x'.repeat(3_000)}` }) });
    expect(big.status).toBe(413);
    expect(big.body.errors![0].extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect((await send(yoga, '/graphql', { body })).status).toBe(200);
  });
});

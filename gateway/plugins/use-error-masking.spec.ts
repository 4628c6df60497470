/**
 * The masking covers every error /graphql answers: those raised before execution (an invalid token while the
 * context is built) and each error of a result, one by one. (The mapping itself: gateway/errors.spec.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceBroker } from 'moleculer';
import { ErrorCode } from '../../infra/errors.js';
import { logger } from '../../infra/logger.js';
import { internalMessage } from '../errors.js';
import { LEAKED_SECRET, gql, probeService, send, testBus, testGateway } from '../../test/helpers/gateway.js';

let broker: ServiceBroker;
let level: string;
beforeAll(async () => {
  level = logger().level;
  logger().level = 'silent';
  broker = await testBus(probeService);
});
afterAll(async () => {
  logger().level = level;
  await broker?.stop();
});

describe('useErrorMasking', () => {
  it('codes an invalid token, refused while the context is built, UNAUTHENTICATED (401)', async () => {
    const r = await gql(testGateway(broker), '{ echo { metaRequestId } }', undefined, { authorization: 'Bearer not-a-jwt' });
    expect(r.status).toBe(401);
    expect(r.body.errors).toHaveLength(1);
    expect(r.body.errors![0].extensions?.code).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('keeps the code yoga gives a body it cannot parse (before any resolver runs)', async () => {
    const r = await send(testGateway(broker), '/graphql', { body: 'not json at all' });
    expect(r.status).toBe(400);
    expect(r.body.errors).toHaveLength(1);
    expect(r.body.errors![0].extensions?.code).toBe('BAD_REQUEST');
  });

  it('masks an unexpected failure and keeps the coded ones of the same request', async () => {
    const r = await gql(testGateway(broker), '{ a: fail(code: "BOOM-BOOM") b: fail(code: "CONFLICT") }');
    expect(r.text).not.toContain(LEAKED_SECRET);
    const byPath = Object.fromEntries(r.body.errors!.map((e) => [e.path![0], [e.extensions?.code, e.message]]));
    expect(byPath).toEqual({ a: [ErrorCode.INTERNAL, internalMessage()], b: [ErrorCode.CONFLICT, 'refused (CONFLICT)'] });
  });
});

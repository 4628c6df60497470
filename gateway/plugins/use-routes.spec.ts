/** Plain-HTTP routes before GraphQL: the first that answers ends the request; what a route throws is mapped once. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceBroker } from 'moleculer';
import { ErrorCode } from '../../infra/errors.js';
import { logger } from '../../infra/logger.js';
import { internalMessage, codedError } from '../errors.js';
import type { Route } from './use-routes.js';
import { LEAKED_SECRET, probeService, send, testBus, testGateway } from '../../test/helpers/gateway.js';

let broker: ServiceBroker;
beforeAll(async () => {
  broker = await testBus(probeService);
});
afterAll(async () => broker?.stop());

const hello: Route = ({ url, requestId }) => (url.pathname === '/hello' ? new Response(`hello ${requestId}`, { status: 200 }) : null);
const refuses: Route = ({ url }) => {
  if (url.pathname === '/refuses') throw codedError(ErrorCode.FORBIDDEN, 'not for you', { details: { why: 'test' } });
  return null;
};
const crashes: Route = ({ url }) => {
  if (url.pathname === '/crashes') throw new Error(`db at ${LEAKED_SECRET}`);
  return null;
};

describe('useRoutes', () => {
  it('answers with the first route that matches, with the request id, and leaves /graphql alone', async () => {
    const yoga = testGateway(broker, { routes: [refuses, hello, crashes] });
    const r = await send(yoga, '/hello', { headers: { 'x-request-id': 'r-1' } });
    expect(r.status).toBe(200);
    expect(r.text).toBe('hello r-1');
    expect((await send(yoga, '/graphql', { body: JSON.stringify({ query: '{ echo { metaRequestId } }' }) })).status).toBe(200);
  });

  it('maps what a route throws: coded errors keep their code, anything else is INTERNAL, masked', async () => {
    const yoga = testGateway(broker, { routes: [refuses, hello, crashes] });
    const refused = await send(yoga, '/refuses');
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({ errors: [{ message: 'not for you', extensions: { code: ErrorCode.FORBIDDEN, details: { why: 'test' } } }] });
    const level = logger().level;
    logger().level = 'silent';
    try {
      const crashed = await send(yoga, '/crashes');
      expect(crashed.status).toBe(500);
      expect(crashed.body).toEqual({ errors: [{ message: internalMessage(), extensions: { code: ErrorCode.INTERNAL } }] });
      expect(crashed.text).not.toContain(LEAKED_SECRET);
    } finally {
      logger().level = level;
    }
  });

  it('redirects GET / to /graphql outside production when no route answers it', async () => {
    const dev = await send(testGateway(broker), '/');
    expect(dev.status).toBe(302);
    expect(dev.headers.get('location')).toBe('/graphql');
    expect((await send(testGateway(broker, { production: true }), '/')).status).toBe(404);
  });
});

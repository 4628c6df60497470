/** The request id follows a request from the HTTP gateway through every service call (it is in every log line). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../helpers/platform.js';
import { requestScope, pinoOptions } from '../../infra/logger.js';

let p: TestPlatform;

beforeAll(async () => {
  p = await startTestPlatform({ services: ['organizations', 'alliances'] });
  // A probe service on a node of its own (over NATS), reporting the request scope it runs in.
  await p.addNode({ name: 'scopeProbe', actions: { get: { handler: () => requestScope.getStore() ?? null } } });
  await p.client.waitForServices(['scopeProbe'], 10_000);
});
afterAll(async () => p?.stop());

describe('request ids', () => {
  it('carries the caller-given request id into actions on other nodes, and into log lines', async () => {
    const token = await p.adminToken();
    const scope = await p.client.call('scopeProbe.get', {}, { meta: { token }, requestID: 'req-abc-123' });
    expect(scope).toMatchObject({ requestId: 'req-abc-123', action: 'scopeProbe.get' });
    // pino's mixin stamps the scope's id on every line written inside it.
    const mixin = pinoOptions('info').mixin as () => Record<string, unknown>;
    expect(requestScope.run({ requestId: 'r-1', action: 'x.y' }, () => mixin())).toEqual({ requestId: 'r-1', action: 'x.y' });
    expect(mixin()).toEqual({});
  });

  it('echoes the request id over HTTP (the caller\'s if sane, else a new one)', async () => {
    const given = await fetch(`${p.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'client-42' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(given.headers.get('x-request-id')).toBe('client-42');
    const hostile = await fetch(`${p.url}/healthz`, { headers: { 'x-request-id': '<script>alert(1)</script>' } });
    expect(hostile.headers.get('x-request-id')).toBe('scriptalert1script');
    const none = await fetch(`${p.url}/healthz`);
    expect(none.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

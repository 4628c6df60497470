/**
 * Production hardening of the HTTP surface, in process: only application/json POSTs and GETs reach GraphQL
 * (form-encoded, multipart and text/plain are refused before their body is read); CORS answers only the configured
 * origins; /metrics needs its bearer (and is off in production without one).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceBroker } from 'moleculer';
import { gql, probeService, send, testBus, testGateway } from '../../test/helpers/gateway.js';
import { corsFor } from '../server.js';

let broker: ServiceBroker;
beforeAll(async () => {
  broker = await testBus(probeService);
});
afterAll(async () => broker?.stop());

const QUERY = '{ items { id } }';

describe('useHttpPolicy', () => {
  it('executes application/json POSTs and GET queries only', async () => {
    const yoga = testGateway(broker, { production: true });
    expect((await gql(yoga, QUERY)).body).toEqual({ data: { items: [{ id: '1' }] } });
    expect((await send(yoga, `/graphql?query=${encodeURIComponent(QUERY)}`)).body).toEqual({ data: { items: [{ id: '1' }] } });
    const json = JSON.stringify({ query: QUERY });
    for (const [type, body] of [
      ['application/x-www-form-urlencoded', `query=${encodeURIComponent(QUERY)}`],
      ['multipart/form-data; boundary=x', `--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${json}\r\n--x--\r\n`],
      ['text/plain', json],
      ['application/graphql', QUERY],
    ]) {
      const r = await send(yoga, '/graphql', { body, headers: { 'content-type': type } });
      expect(r.status, type).toBe(415);
      expect(r.body.errors?.[0].extensions, type).toMatchObject({ code: 'BAD_REQUEST', details: { reason: 'CONTENT_TYPE' } });
    }
    const put = await send(yoga, '/graphql', { method: 'PUT', body: json });
    expect(put.status).toBe(405);
    expect(put.body.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
  });

  it('answers a broken JSON body with a coded 400 and no parser internals', async () => {
    const r = await send(testGateway(broker, { production: true }), '/graphql', { body: '{"query": ' });
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0].extensions).toEqual({ code: 'BAD_REQUEST' });
    expect(r.text).not.toMatch(/SyntaxError|originalError/);
  });
});

describe('CORS', () => {
  it('answers configured origins only, without credentials', async () => {
    const yoga = testGateway(broker, { production: true, corsOrigins: ['https://console.example.gov.cn'] });
    const allowed = await send(yoga, '/graphql', { method: 'OPTIONS', headers: { origin: 'https://console.example.gov.cn', 'access-control-request-method': 'POST' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://console.example.gov.cn');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const other = await send(yoga, '/graphql', { body: JSON.stringify({ query: QUERY }), headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect(other.headers.get('access-control-allow-credentials')).toBeNull();
    expect(corsFor('https://a.example', [])).toBe(false);
    expect(corsFor(null, ['*'])).toBe(false);
  });
});

describe('/metrics', () => {
  it('needs the bearer when a token is set, and is off in production without one', async () => {
    const token = 'metrics-token-0123456789';
    const guarded = testGateway(broker, { production: true, metricsToken: token });
    expect((await send(guarded, '/metrics')).status).toBe(401);
    expect((await send(guarded, '/metrics', { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);
    const ok = await send(guarded, '/metrics', { headers: { authorization: `Bearer ${token}` } });
    expect(ok.status).toBe(200);
    expect(ok.text).toContain('cej_graphql_requests_total');
    const off = await send(testGateway(broker, { production: true, metricsToken: undefined }), '/metrics');
    expect(off.status).toBe(404);
    expect(off.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

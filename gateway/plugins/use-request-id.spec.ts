/** One request id per request: chosen once, echoed in `x-request-id` on every route, carried into every bus call. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context, ServiceBroker } from 'moleculer';
import type { CallMeta } from '../../infra/auth.js';
import { calendarRoute } from '../calendar.js';
import type { GatewayYoga } from '../server.js';
import { requestIdFrom } from './use-request-id.js';
import { gql, probeService, send, testBus, testGateway, type EchoDto } from '../../test/helpers/gateway.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
let broker: ServiceBroker;
let yoga: GatewayYoga;
/** The request ids the calendar stand-in was called with. */
const feedCalls: (string | undefined)[] = [];

beforeAll(async () => {
  const trainingBases = {
    name: 'trainingBases',
    actions: {
      renderCalendarFeed(ctx: Context<{ baseId: string }, CallMeta>) {
        feedCalls.push(ctx.meta.requestId, ctx.requestID ?? undefined);
        return { ics: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', filename: 'x.ics' };
      },
    },
  };
  broker = await testBus(probeService, trainingBases);
  yoga = testGateway(broker, { routes: [calendarRoute(broker)] });
});
afterAll(async () => broker?.stop());

const echo = async (headers: Record<string, string>, serverRequestId?: string) => {
  const r = serverRequestId ? await send(yoga, '/graphql', { body: JSON.stringify({ query: '{ echo { metaRequestId callRequestId } }' }), headers, serverRequestId }) : await gql(yoga, '{ echo { metaRequestId callRequestId } }', undefined, headers);
  expect(r.body.errors).toBeUndefined();
  return { header: r.headers.get('x-request-id'), seen: (r.body as { data: { echo: EchoDto } }).data.echo };
};

describe('useRequestId', () => {
  it("echoes the caller's sane id and carries it into the bus call (meta and the call's id)", async () => {
    expect(await echo({ 'x-request-id': 'client-42' })).toEqual({ header: 'client-42', seen: { metaRequestId: 'client-42', callRequestId: 'client-42' } });
  });

  it('sanitizes a hostile id, and makes a UUID when there is none', async () => {
    expect(await echo({ 'x-request-id': '<script>alert(1)</script>' })).toEqual({
      header: 'scriptalert1script',
      seen: { metaRequestId: 'scriptalert1script', callRequestId: 'scriptalert1script' },
    });
    const none = await echo({});
    expect(none.header).toMatch(UUID);
    expect(none.seen).toEqual({ metaRequestId: none.header, callRequestId: none.header });
  });

  it('uses the id the HTTP server chose for the request (one id for the log scope and the calls)', async () => {
    expect(await echo({ 'x-request-id': 'ignored-here' }, 'server-chosen')).toEqual({ header: 'server-chosen', seen: { metaRequestId: 'server-chosen', callRequestId: 'server-chosen' } });
  });

  it('is the same on the plain routes: echoed by /calendar, /healthz and an unknown path, and carried into the feed call', async () => {
    feedCalls.length = 0;
    const feed = await send(yoga, `/calendar/bases/${'b'.repeat(24)}.ics?token=long-enough-token`, { headers: { 'x-request-id': 'feed-7' } });
    expect(feed.status).toBe(200);
    expect(feed.headers.get('x-request-id')).toBe('feed-7');
    expect(feedCalls).toEqual(['feed-7', 'feed-7']);
    const refused = await send(yoga, `/calendar/bases/${'b'.repeat(24)}.ics`, { headers: { 'x-request-id': 'feed-8' } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('x-request-id')).toBe('feed-8');
    expect((await send(yoga, '/healthz', { headers: { 'x-request-id': 'hz' } })).headers.get('x-request-id')).toBe('hz');
    const unknown = await send(yoga, '/no/such/path', { headers: { 'x-request-id': 'nf' } });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('x-request-id')).toBe('nf');
  });

  it('requestIdFrom keeps at most 64 safe characters and takes the first of repeated headers', () => {
    expect(requestIdFrom('a'.repeat(80))).toBe('a'.repeat(64));
    expect(requestIdFrom(['first', 'second'])).toBe('first');
    expect(requestIdFrom('ok_1.2-3')).toBe('ok_1.2-3');
    expect(requestIdFrom('%%%')).toMatch(UUID);
    expect(requestIdFrom(undefined)).toMatch(UUID);
  });
});

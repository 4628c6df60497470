/**
 * Issue 14, fault 11: in development `npm start` listened on all interfaces and GET /console/dev-identities handed a
 * 30-day PLATFORM_ADMIN token to anyone on the network. Now the gateway binds loopback unless HOST says otherwise,
 * and the identities go to loopback clients only, whatever the bind.
 */
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceBroker } from 'moleculer';
import { config } from '../infra/env.js';
import { consoleRoute, isLoopback } from './console-route.js';
import { setDevIdentities } from './dev-identities.js';
import { startGateway, type Gateway } from './server.js';
import { testBus } from '../test/helpers/gateway.js';

const DEMO = [{ label: 'Platform admin', sub: 'demo-platform-admin', roles: ['PLATFORM_ADMIN'], token: 'demo-token' }];

/** This machine's addresses other than loopback (where a client on the network would connect). */
const external = Object.values(networkInterfaces())
  .flat()
  .filter((a): a is NonNullable<typeof a> => !!a && a.family === 'IPv4' && !a.internal)
  .map((a) => a.address);

let broker: ServiceBroker;
let open: Gateway;
let byDefault: Gateway;

beforeAll(async () => {
  setDevIdentities(DEMO);
  broker = await testBus();
  byDefault = await startGateway({ broker, port: 0, requiredServices: [], routes: [consoleRoute()] });
  open = await startGateway({ broker, port: 0, host: '0.0.0.0', requiredServices: [], routes: [consoleRoute()] });
});
afterAll(async () => {
  await byDefault?.stop();
  await open?.stop();
  await broker?.stop();
  setDevIdentities([]);
});

describe('development identities and the bind address', () => {
  it('binds loopback unless HOST says otherwise', () => {
    expect(config().host).toBe('127.0.0.1');
    expect(byDefault.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('tells loopback addresses from the others', () => {
    for (const a of ['127.0.0.1', '127.5.6.7', '::1', '::ffff:127.0.0.1']) expect(isLoopback(a), a).toBe(true);
    for (const a of [undefined, '', '10.0.0.5', '192.168.1.20', '::ffff:10.0.0.5', 'fe80::1', '1127.0.0.1', '127.0.0.1.evil']) expect(isLoopback(a), String(a)).toBe(false);
  });

  it('hands the demo identities to a loopback client and to nobody else, even with the gateway open to the network', async () => {
    const port = (open.server.address() as { port: number }).port;
    const local = await fetch(`http://127.0.0.1:${port}/console/dev-identities`);
    expect(local.status).toBe(200);
    expect(((await local.json()) as { identities: unknown[] }).identities).toHaveLength(1);
    // The route itself, for a client at a network address (every kind of non-loopback address is refused the same way).
    for (const remoteAddress of ['10.0.0.5', '::ffff:192.168.1.20', undefined]) {
      const url = new URL('http://gateway/console/dev-identities');
      await expect(consoleRoute()({ request: new Request(url), url, requestId: 'r', remoteAddress })).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    }
    // Over a real socket from this machine's own network address, where it has one.
    for (const address of external) {
      const res = await fetch(`http://${address}:${port}/console/dev-identities`);
      expect(res.status, address).toBe(404);
    }
  });
});

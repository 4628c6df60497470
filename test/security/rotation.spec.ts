/**
 * Rotating an identity's nkey (README, Operations): re-run the generator with `--rotate <identity>`, reload the
 * server. The old seed is refused from then on and its open connection is closed; the new seed connects; every
 * other identity keeps its key and its connection.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NatsConnection } from 'nats';
import { generateNatsConfig } from '../../app/nats-config.js';
import { startSecureNats, type SecureNats } from '../helpers/secure-nats.js';

let nats: SecureNats;
const open: NatsConnection[] = [];

beforeAll(async () => {
  nats = await startSecureNats({ namespace: `rot-${randomBytes(3).toString('hex')}` });
});
afterAll(async () => {
  await Promise.all(open.map((c) => c.close().catch(() => undefined)));
  await nats?.stop();
});

describe('rotating an identity', () => {
  it('refuses the old seed and closes its connection after a reload; the others keep working', async () => {
    const before = nats.generated;
    const oldOrg = await nats.rawClient('organizations');
    const gateway = await nats.rawClient('gateway');
    open.push(oldOrg, gateway);
    const conf = readFileSync(before.configFile, 'utf8');
    const rotated = generateNatsConfig({
      outDir: path.dirname(before.configFile),
      namespace: nats.namespace,
      hosts: ['localhost', '127.0.0.1'],
      listen: /listen: "([^"]+)"/.exec(conf)![1],
      monitor: /http: "([^"]+)"/.exec(conf)![1],
      rotate: ['organizations'],
    });
    nats.server.reload();
    await expect.poll(() => oldOrg.isClosed(), { timeout: 5_000 }).toBe(true);
    expect(gateway.isClosed()).toBe(false);
    await expect(nats.rawClient('organizations')).rejects.toMatchObject({ code: 'AUTHORIZATION_VIOLATION' }); // the old seed
    const { connect, nkeyAuthenticator } = await import('nats');
    const fresh = await connect({
      servers: `localhost:${nats.port}`,
      tls: { caFile: rotated.caFile },
      authenticator: nkeyAuthenticator(new TextEncoder().encode(rotated.identities.organizations.seed)),
      reconnect: false,
    });
    open.push(fresh);
    expect(fresh.isClosed()).toBe(false);
    expect(rotated.identities.gateway.publicKey).toBe(before.identities.gateway.publicKey);
    expect(rotated.identities.organizations.publicKey).not.toBe(before.identities.organizations.publicKey);
  });
});

/**
 * Two gateways with REDIS_URL share one rate limit and one persisted-query store (gateway/rate-limit.ts): a client
 * spreading its requests over both replicas gets the limit once, not twice, and a query registered on one replica is
 * known by hash on the other. Without REDIS_URL each counts its own (the default, unchanged).
 */
import { randomBytes, createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceBroker } from 'moleculer';
import { resetConfig } from '../infra/env.js';
import { mintToken } from '../infra/auth.js';
import { startGateway, type Gateway } from './server.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/0';
const LIMIT = 5;
let broker: ServiceBroker;

const post = (g: Gateway, token: string, body: unknown) =>
  fetch(`${g.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });

async function twoGateways(redis: boolean): Promise<Gateway[]> {
  process.env.MOLECULER_NAMESPACE = `shared-${randomBytes(4).toString('hex')}`;
  if (redis) process.env.REDIS_URL = REDIS_URL;
  else delete process.env.REDIS_URL;
  resetConfig();
  const rateLimit = { perTokenPerMinute: LIMIT, perIpPerMinute: 0 };
  return Promise.all([0, 1].map(() => startGateway({ broker, port: 0, host: '127.0.0.1', requiredServices: [], rateLimit })));
}

beforeAll(async () => {
  broker = new ServiceBroker({ logger: false, nodeID: 'shared-state' });
  await broker.start();
});
afterAll(async () => {
  delete process.env.REDIS_URL;
  resetConfig();
  await broker?.stop();
});

describe('gateway replicas', () => {
  for (const redis of [true, false]) {
    it(redis ? 'share one rate limit per token through Redis' : 'count their own limits in memory by default', async () => {
      const gateways = await twoGateways(redis);
      try {
        const token = await mintToken({ sub: `rl-${randomBytes(3).toString('hex')}`, roles: ['PLATFORM_ADMIN'], expiresIn: '1h' });
        const statuses: number[] = [];
        // Alternate between the replicas, as a balancer does; stay clear of a minute boundary's reset.
        const second = new Date().getUTCSeconds();
        if (second > 55) await new Promise((r) => setTimeout(r, (61 - second) * 1000));
        for (let i = 0; i < 2 * LIMIT; i++) statuses.push((await post(gateways[i % 2], token, { query: '{ __typename }' })).status);
        const allowed = statuses.filter((s) => s === 200).length;
        expect(statuses.filter((s) => s !== 200 && s !== 429)).toEqual([]);
        expect(allowed).toBe(redis ? LIMIT : 2 * LIMIT);
      } finally {
        await Promise.all(gateways.map((g) => g.stop()));
      }
    });
  }

  it('know a persisted query registered on the other replica (Redis)', async () => {
    const gateways = await twoGateways(true);
    try {
      const token = await mintToken({ sub: 'apq', roles: ['PLATFORM_ADMIN'], expiresIn: '1h' });
      const query = `{ __typename apq${randomBytes(3).toString('hex')}: __typename }`;
      const sha256Hash = createHash('sha256').update(query).digest('hex');
      const ext = { persistedQuery: { version: 1, sha256Hash } };
      const unknown = await (await post(gateways[1], token, { extensions: ext })).json();
      expect(unknown.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      const registered = await post(gateways[0], token, { query, extensions: ext });
      expect(registered.status).toBe(200);
      const byHash = await (await post(gateways[1], token, { extensions: ext })).json();
      expect(byHash.errors).toBeUndefined();
      expect(byHash.data.__typename).toBe('Query');
    } finally {
      await Promise.all(gateways.map((g) => g.stop()));
    }
  });
});

/**
 * The gateway's near cache (infra/read-cache.ts), between two real nodes over the run's NATS: a service node (`shop`,
 * memory cacher) and a gateway node. The gateway keeps only what the service itself cached, never an internal
 * token's answer, forgets on the service's `cacheStale`, and rests — serving and keeping nothing — whenever it could
 * have missed one: at start, when a service node joins, and after its own event loop stalled.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context, ServiceBroker } from 'moleculer';
import { createBroker } from '../../infra/broker.js';
import { GATEWAY_IDENTITY } from '../../infra/bus-identity.js';
import { actorOf, mintToken, type CallMeta } from '../../infra/auth.js';
import { asSystem, asUser } from '../../infra/caller.js';
import { resetConfig } from '../../infra/env.js';
import { readCacheMixin, readCacheStats } from '../../infra/read-cache.js';
import { nearCacheServing } from '../../infra/near-cache.js';
import { isolateEnv } from '../helpers/platform.js';
import { inject } from 'vitest';

const ORG1 = 'a1b2c3d4e5f6a1b2c3d4e5f6';
const ORG2 = 'b1b2c3d4e5f6a1b2c3d4e5f6';
const store = { price: 1 };
let computed = 0;
const read = { retryPolicy: { enabled: true } };
let shop: ServiceBroker;
let gateway: ServiceBroker;
let extra: ServiceBroker | undefined;
let token: string;

const shopService = {
  name: 'shop',
  mixins: [readCacheMixin('shop', { actions: ['quote', 'stray'], dependsOn: [] })],
  actions: {
    quote: { ...read, handler: (ctx: Context<{ n: number }, CallMeta>) => (computed++, { org: actorOf(ctx).org ?? null, total: store.price * ctx.params.n }) },
    /** Calls a service its spec does not name: the service serves it uncached, so the gateway must not keep it. */
    stray: {
      ...read,
      handler(ctx: Context<unknown, CallMeta>) {
        computed++;
        return ctx.call('other.value', {}, asUser(ctx)).catch(() => store.price);
      },
    },
    setPrice: { handler: (ctx: Context<{ v: number }>) => void (store.price = ctx.params.v) },
  },
};

const transport = (identity: string) => ({ natsUrl: inject('natsUrl'), identity });
const ask = (action: string, params: Record<string, unknown> = {}, meta: Record<string, unknown> = { token }) => gateway.call(action, params, { meta });
/** Waits (polling, vitest's own) until `what` holds. */
const until = (what: () => boolean, timeout = 20_000) => expect.poll(what, { timeout, interval: 50 }).toBe(true);

beforeAll(async () => {
  // Short heartbeats: the near cache rests 2 × 1 s + 1 s, and a stall of 1 s + half the 2 s timeout pauses it.
  process.env.HEARTBEAT_INTERVAL_S = '1';
  process.env.HEARTBEAT_TIMEOUT_S = '2';
  isolateEnv();
  resetConfig();
  shop = createBroker({ nodeID: 'shop-1', transport: transport('shop') });
  shop.createService(shopService);
  gateway = createBroker({ nodeID: 'gw', transport: transport(GATEWAY_IDENTITY) });
  await shop.start();
  await gateway.start();
  await gateway.waitForServices(['shop'], 10_000);
  token = await mintToken({ sub: 'buyer', roles: ['ORG_ADMIN'], org: ORG1, expiresIn: '1h' });
});

afterAll(async () => {
  await extra?.stop();
  await gateway?.stop();
  await shop?.stop();
  delete process.env.HEARTBEAT_INTERVAL_S;
  delete process.env.HEARTBEAT_TIMEOUT_S;
  resetConfig();
});

describe('the near cache', () => {
  it('rests right after start: every read reaches the service', async () => {
    expect(nearCacheServing(gateway)).toBe(false);
    const before = computed;
    await ask('shop.quote', { n: 2 });
    await ask('shop.quote', { n: 2 });
    expect(readCacheStats().nearHits).toBe(0);
    // (the service's own cache answered the second)
    expect(computed).toBe(before + 1);
  });

  it('then keeps what the service cached, per caller scope, and forgets it when the service changes', async () => {
    await until(() => nearCacheServing(gateway));
    await ask('shop.quote', { n: 3 }); // kept on its way back
    const hits = readCacheStats().hits;
    const near = readCacheStats().nearHits;
    expect(await ask('shop.quote', { n: 3 })).toEqual({ org: ORG1, total: 3 });
    expect(readCacheStats().nearHits).toBe(near + 1);
    expect(readCacheStats().hits).toBe(hits); // the service was not asked
    // Another organization's admin is another scope.
    const other = await mintToken({ sub: 'other', roles: ['ORG_ADMIN'], org: ORG2, expiresIn: '1h' });
    expect(await ask('shop.quote', { n: 3 }, { token: other })).toEqual({ org: ORG2, total: 3 });
    // A write through the gateway: the service's cacheStale reaches the gateway before the write's reply does (both
    // leave the service's connection in that order).
    await ask('shop.setPrice', { v: 5 });
    expect(await ask('shop.quote', { n: 3 })).toEqual({ org: ORG1, total: 15 });
  });

  it('never keeps what the service would not cache, nor an internal token’s answer', async () => {
    await until(() => nearCacheServing(gateway));
    const near = readCacheStats().nearHits;
    const before = computed;
    await ask('shop.stray');
    await ask('shop.stray');
    expect(computed).toBe(before + 2); // served uncached by the service, so not kept by the gateway either
    const internal = { ...asSystem('test') };
    await gateway.call('shop.quote', { n: 7 }, internal);
    await gateway.call('shop.quote', { n: 7 }, internal);
    expect(readCacheStats().nearHits).toBe(near);
  });

  it('rests again when a service node joins, and serves nothing it held before', async () => {
    await until(() => nearCacheServing(gateway));
    await ask('shop.quote', { n: 4 });
    const near = readCacheStats().nearHits;
    await ask('shop.quote', { n: 4 });
    expect(readCacheStats().nearHits).toBe(near + 1);
    extra = createBroker({ nodeID: 'shop-2', transport: transport('shop') });
    extra.createService(shopService);
    await extra.start();
    await until(() => !nearCacheServing(gateway), 10_000);
    await until(() => nearCacheServing(gateway));
    const after = readCacheStats().nearHits;
    await ask('shop.quote', { n: 4 });
    expect(readCacheStats().nearHits).toBe(after); // what it held before the pause is not served
  });

  it('rests after its event loop stalled long enough for the others to have dropped it', async () => {
    await until(() => nearCacheServing(gateway));
    const stop = Date.now() + 2_500; // > 1 s tick + half the 2 s heartbeat timeout
    while (Date.now() < stop) {
      // a stalled event loop
    }
    await until(() => !nearCacheServing(gateway), 5_000);
  });
});

/**
 * The read cache's rules in one process (the platform's broker options with the memory cacher): answers are cached per
 * caller scope, never for internal tokens, never for the reads a write makes (decisions), and never served after a
 * change of the service or of one it depends on — including a change that lands while the answer is being computed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceBroker, type Context } from 'moleculer';
import { brokerOptions } from './broker.js';
import { actorOf, mintToken, type CallMeta } from './auth.js';
import { asSystem, asUser } from './caller.js';
import { readCacheMixin } from './read-cache.js';

let broker: ServiceBroker;
const store = { price: 1, base: 10 };
let computed = 0;
let gate: Promise<void> | undefined;
const read = { retryPolicy: { enabled: true } };

beforeAll(async () => {
  broker = new ServiceBroker({ ...brokerOptions({ nodeID: 'rc', transport: 'local' }), logger: false });
  broker.createService({
    name: 'rates',
    mixins: [readCacheMixin('rates', { actions: ['base'], dependsOn: [] })],
    actions: {
      base: { ...read, handler: () => store.base },
      setBase: { handler: (ctx: Context<{ v: number }>) => void (store.base = ctx.params.v) },
    },
  });
  broker.createService({
    name: 'shop',
    mixins: [readCacheMixin('shop', { actions: ['quote', 'slow', 'stray'], dependsOn: ['rates'] })],
    actions: {
      /** An answer that depends on the caller's organization and on `rates`. */
      quote: {
        ...read,
        async handler(ctx: Context<{ n: number }, CallMeta>) {
          computed++;
          const base = await ctx.call<number, Record<string, never>>('rates.base', {}, asUser(ctx));
          return { org: actorOf(ctx).org ?? null, total: (store.price + base) * ctx.params.n };
        },
      },
      /** Reads the price, then waits for the test to change it before answering. */
      slow: {
        ...read,
        async handler() {
          const seen = store.price;
          await gate;
          return seen;
        },
      },
      /** Calls a service it does not declare: served, never cached. */
      stray: { ...read, handler: async (ctx: Context<unknown, CallMeta>) => (computed++, ctx.call('other.value', {}, asUser(ctx))) },
      setPrice: { handler: (ctx: Context<{ v: number }>) => void (store.price = ctx.params.v) },
      /** A decision: reads the quote (must be fresh) and records it. */
      decide: { handler: (ctx: Context<unknown, CallMeta>) => ctx.call('shop.quote', { n: 1 }, asUser(ctx)) },
      quoteAsSystem: { ...read, handler: (ctx: Context<unknown, CallMeta>) => ctx.call('shop.quote', { n: 1 }, asSystem('shop', ctx)) },
    },
  });
  broker.createService({ name: 'other', actions: { value: { ...read, handler: () => store.price } } });
  await broker.start();
});
afterAll(async () => broker?.stop());

const orgA = 'aaaaaaaaaaaaaaaaaaaaaaaa';
const orgB = 'bbbbbbbbbbbbbbbbbbbbbbbb';
const call = async <T>(action: string, params: Record<string, unknown>, org: string) =>
  broker.call<T, Record<string, unknown>>(action, params, { meta: { token: await mintToken({ sub: `u-${org}`, roles: ['ORG_ADMIN'], org, expiresIn: '1h' }) } });

describe('the read cache', () => {
  it('serves a repeated read from the cache, per caller scope', async () => {
    const before = computed;
    expect(await call('shop.quote', { n: 2 }, orgA)).toEqual({ org: orgA, total: 22 });
    expect(await call('shop.quote', { n: 2 }, orgA)).toEqual({ org: orgA, total: 22 });
    expect(computed - before).toBe(1);
    // Another organization is another scope: its own answer, never A's.
    expect(await call('shop.quote', { n: 2 }, orgB)).toEqual({ org: orgB, total: 22 });
    expect(computed - before).toBe(2);
  });

  it("drops answers after a change of the service or of one it depends on", async () => {
    await call('shop.setPrice', { v: 2 }, orgA);
    expect(await call('shop.quote', { n: 2 }, orgA)).toEqual({ org: orgA, total: 24 });
    await call('rates.setBase', { v: 20 }, orgA);
    expect(await call('shop.quote', { n: 2 }, orgA)).toEqual({ org: orgA, total: 44 });
  });

  it('never serves an answer computed while a change landed', async () => {
    let open!: () => void;
    gate = new Promise((r) => (open = r));
    const slow = call('shop.slow', {}, orgA); // reads price 2, then waits
    await new Promise((r) => setTimeout(r, 20));
    await call('shop.setPrice', { v: 3 }, orgA);
    open();
    expect(await slow).toBe(2); // the answer as computed…
    gate = undefined;
    expect(await call('shop.slow', {}, orgA)).toBe(3); // …is not what the next read gets
  });

  it('lets a decision read fresh: a write and its calls never use the cache', async () => {
    expect(await call('shop.quote', { n: 1 }, orgA)).toEqual({ org: orgA, total: 23 });
    store.price = 100; // changed behind the platform's back: only an uncached read sees it
    expect(await call('shop.quote', { n: 1 }, orgA)).toEqual({ org: orgA, total: 23 });
    expect(await call('shop.decide', {}, orgA)).toEqual({ org: orgA, total: 120 });
  });

  it("never caches a service's own calls (internal tokens)", async () => {
    const before = computed;
    await call('shop.quoteAsSystem', {}, orgA);
    await call('shop.quoteAsSystem', {}, orgA);
    expect(computed - before).toBe(2);
  });

  it('does not cache an answer that read a service outside its declared dependencies', async () => {
    const before = computed;
    expect(await call('shop.stray', {}, orgA)).toBe(store.price);
    store.price = 7;
    expect(await call('shop.stray', {}, orgA)).toBe(7);
    expect(computed - before).toBe(2);
  });
});

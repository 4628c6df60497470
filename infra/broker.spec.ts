/**
 * The bus's trust rules in one process (`ServiceBroker({ logger: false })` with the auth middleware): internal
 * tokens minted per callee, never leaked into the caller's context, `$node.*` for service identities only, events
 * handled only from their owner.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import { ServiceBroker, type Context } from 'moleculer';
import { authMiddleware } from './broker.js';
import { actorOf, mintToken, type CallMeta } from './auth.js';
import { asSystem, asUser } from './caller.js';
import { refusalCount } from './bus-refusals.js';

let broker: ServiceBroker;
let user: string;
const seen: { service: string; actor: string; aud: unknown }[] = [];
const handled: string[] = [];

const record = (service: string) => (ctx: Context<unknown, CallMeta>) => {
  seen.push({ service, actor: actorOf(ctx).id, aud: decodeJwt(ctx.meta.token!).aud });
  return actorOf(ctx).id;
};

beforeAll(async () => {
  broker = new ServiceBroker({ logger: false, middlewares: [authMiddleware] });
  broker.createService({ name: 'beta', actions: { who: record('beta') } });
  broker.createService({ name: 'delta', actions: { who: record('delta') } });
  broker.createService({
    name: 'alpha',
    actions: {
      who: record('alpha'),
      /** As the system for the first call, then as the user: the user's token must travel in the second. */
      both: async (ctx: Context<unknown, CallMeta>) => [await ctx.call('beta.who', {}, asSystem('alpha', ctx)), await ctx.call('beta.who', {}, asUser(ctx))],
      /** Forwards whatever it was called with ("as the user"). */
      forward: (ctx: Context<unknown, CallMeta>) => ctx.call('beta.who', {}, asUser(ctx)),
      /** Forwards to two services in turn (as trainingBases.book asks alliances, then organizations). */
      forwardTwice: async (ctx: Context<unknown, CallMeta>) => [await ctx.call('beta.who', {}, asUser(ctx)), await ctx.call('delta.who', {}, asUser(ctx))],
      emitOwn: (ctx: Context) => ctx.emit('alpha.happened', { n: 1 }),
      emitForeign: (ctx: Context) => ctx.emit('gamma.happened', { n: 1 }),
    },
  });
  broker.createService({
    name: 'listener',
    events: {
      'alpha.happened': () => void handled.push('alpha.happened'),
      'gamma.happened': () => void handled.push('gamma.happened'),
    },
  });
  await broker.start();
  user = await mintToken({ sub: 'alice', roles: ['PLATFORM_ADMIN'], expiresIn: '1h' });
});
afterAll(() => broker?.stop());

const outcomeOf = (p: Promise<unknown>) => p.then((v) => v, (err: { type?: string; message?: string }) => `${err.type}: ${err.message}`);
const errType = (p: Promise<unknown>) => p.then(() => 'OK', (err: { type?: string }) => err.type ?? 'ERROR');

describe('internal tokens on the bus', () => {
  it('are minted for the callee alone, and never replace the user token in the caller context', async () => {
    seen.length = 0;
    expect(await broker.call('alpha.both', {}, { meta: { token: user } })).toEqual(['service:alpha', 'alice']);
    expect(seen.filter((s) => s.service === 'beta')).toEqual([
      { service: 'beta', actor: 'service:alpha', aud: 'beta' },
      { service: 'beta', actor: 'alice', aud: undefined },
    ]);
  });

  it('are re-minted for the next callee when a service forwards one', async () => {
    seen.length = 0;
    expect(await broker.call('alpha.forward', {}, asSystem('seed'))).toBe('service:seed');
    expect(seen).toEqual([{ service: 'beta', actor: 'service:seed', aud: 'beta' }]);
  });
});

describe('a call minted asynchronously', () => {
  it("never takes another call's context as its own (its meta merged into the caller's would carry a token minted for someone else)", async () => {
    // Moleculer pins the context of the call that last ran `next` onto every call's promise; with our asynchronous
    // minting that is another caller's. Here a slow call by `other` is in flight while `alpha` calls beta twice.
    const b = new ServiceBroker({ logger: false, middlewares: [authMiddleware] });
    let slowStarted!: () => void;
    const started = new Promise<void>((r) => (slowStarted = r));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    b.createService({ name: 'beta', actions: { who: (ctx: Context) => actorOf(ctx).id } });
    b.createService({ name: 'slow', actions: { wait: async (ctx: Context) => (slowStarted(), await gate, actorOf(ctx).id) } });
    b.createService({
      name: 'alpha',
      actions: {
        twice: async (ctx: Context<unknown, CallMeta>) => {
          await started;
          return [await ctx.call('beta.who', {}, asUser(ctx)), await ctx.call('beta.who', {}, asUser(ctx))];
        },
      },
    });
    await b.start();
    try {
      const twice = b.call('alpha.twice', {}, asSystem('seed'));
      const slow = b.call('slow.wait', {}, asSystem('other'));
      expect(await outcomeOf(twice)).toEqual(['service:seed', 'service:seed']);
      release();
      expect(await slow).toBe('service:other');
    } finally {
      release();
      await b.stop();
    }
  });
});

describe('concurrent forwarded calls', () => {
  // Moleculer 0.15's call interceptor pinned the LAST inner call's context on a minted call's promise, so under
  // concurrency another call's meta (a token minted for beta, or for another caller) was merged into this caller's: delta then refused it.
  it("never take another call's token: each re-mints for its own next callee", async () => {
    const results = await Promise.all(Array.from({ length: 16 }, (_, i) => broker.call('alpha.forwardTwice', {}, asSystem(`seed${i}`)).then((r) => r, (err: { type?: string }) => err.type)));
    expect(results).toEqual(Array.from({ length: 16 }, (_, i) => [`service:seed${i}`, `service:seed${i}`]));
  });
});

describe("Moleculer's internal actions", () => {
  it('need an internal token: none is UNAUTHENTICATED, a user token FORBIDDEN', async () => {
    expect(await errType(broker.call('$node.list'))).toBe('UNAUTHENTICATED');
    expect(await errType(broker.call('$node.list', {}, { meta: { token: user } }))).toBe('FORBIDDEN');
    expect(Array.isArray(await broker.call('$node.list', {}, asSystem('ops')))).toBe(true);
  });
});

describe('events', () => {
  it('are handled when emitted by a node hosting their owner, refused (and counted) otherwise', async () => {
    const refused = refusalCount('event', 'gamma.happened');
    await broker.call('alpha.emitOwn', {}, { meta: { token: user } });
    await broker.call('alpha.emitForeign', {}, { meta: { token: user } });
    await expect.poll(() => handled, { timeout: 2_000 }).toContain('alpha.happened');
    await expect.poll(() => refusalCount('event', 'gamma.happened'), { timeout: 2_000 }).toBe(refused + 1);
    expect(handled).not.toContain('gamma.happened');
  });
});

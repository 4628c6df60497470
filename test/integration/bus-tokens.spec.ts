/**
 * Internal tokens across NATS (a bug found while merging issues 12–14): Moleculer merges a sub-call's meta into its
 * caller's when the reply comes back, so the internal token minted for one callee replaced the caller's own and was
 * then forwarded to the next callee, which refused it ("minted for organizations, not for grants") — npm start
 * failed to seed, and a funder's standings failed. Each node here is its own broker over the run's NATS.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import type { Context } from 'moleculer';
import { startTestPlatform, type TestPlatform } from '../helpers/platform.js';
import { actorOf, mintToken, type CallMeta } from '../../infra/auth.js';
import { asSystem, asUser } from '../../infra/caller.js';

let p: TestPlatform;
const seen: { at: string; actor: string; aud: unknown }[] = [];
const who = (at: string) => (ctx: Context<unknown, CallMeta>) => {
  seen.push({ at, actor: actorOf(ctx).id, aud: decodeJwt(ctx.meta.token!).aud ?? null });
  return actorOf(ctx).id;
};

beforeAll(async () => {
  p = await startTestPlatform({ services: [], gateway: false });
  await p.addNode({ name: 'tokenB', actions: { who: who('tokenB') } });
  await p.addNode({ name: 'tokenC', actions: { who: who('tokenC') } });
  await p.addNode({
    name: 'tokenA',
    actions: {
      /** As itself to B, then "as the caller" to C, then as the caller to B again: each callee gets its own token. */
      chain: async (ctx: Context<unknown, CallMeta>) => [
        await ctx.call('tokenB.who', {}, asSystem('tokenA', ctx)),
        await ctx.call('tokenC.who', {}, asUser(ctx)),
        await ctx.call('tokenB.who', {}, asUser(ctx)),
      ],
    },
  });
  await p.client.waitForServices(['tokenA', 'tokenB', 'tokenC'], 20_000);
});
afterAll(async () => p?.stop());

describe('internal tokens over NATS', () => {
  it('a system caller\'s onward calls each carry a token for their own callee, after any reply', async () => {
    seen.length = 0;
    const out = await p.client.call('tokenA.chain', {}, asSystem('test'));
    expect(out).toEqual(['service:tokenA', 'service:test', 'service:test']);
    expect(seen).toEqual([
      { at: 'tokenB', actor: 'service:tokenA', aud: 'tokenB' },
      { at: 'tokenC', actor: 'service:test', aud: 'tokenC' },
      { at: 'tokenB', actor: 'service:test', aud: 'tokenB' },
    ]);
  });

  it('a user caller\'s token travels unchanged after a system sub-call returns', async () => {
    seen.length = 0;
    const user = await mintToken({ sub: 'alice', roles: ['PLATFORM_ADMIN'] });
    const out = await p.client.call('tokenA.chain', {}, { meta: { token: user } });
    expect(out).toEqual(['service:tokenA', 'alice', 'alice']);
    expect(seen.map((s) => s.aud)).toEqual(['tokenB', null, null]);
  });
});

/** Bus callers for the grants flows, each saying as whom it calls (infra/caller.ts). */
import type { Context, ServiceBroker } from 'moleculer';
import { asSystem, asUser, type Caller, type CallMeta } from '../../../infra/caller.js';

/** The service's name on the bus, and the identity its own calls are made as. */
export const SERVICE = 'grants';

/** Calls on behalf of the user who called this action (the callee authorizes them). */
export const userCaller =
  (ctx: Context<unknown, CallMeta>): Caller =>
  <T>(action: string, params?: Record<string, unknown>) =>
    ctx.call<T, Record<string, unknown> | undefined>(action, params, asUser(ctx));

/** Calls on the grants service's own behalf (event handlers, background work, reference data). */
export const systemCaller =
  (broker: ServiceBroker, ctx?: Context<unknown, CallMeta>): Caller =>
  async <T>(action: string, params?: Record<string, unknown>) =>
    broker.call<T, Record<string, unknown> | undefined>(action, params, await asSystem(SERVICE, ctx));

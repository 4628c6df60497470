import type { CallingOptions, Context, ServiceBroker } from 'moleculer';
import type { Actor, CallMeta } from './auth.js';

export type { Actor, CallMeta } from './auth.js';

/**
 * A function that calls one action and resolves its result: what the gateway binds per request and what seeds,
 * bench and tests use to drive the bus. Errors are raised as the callee raised them (the gateway maps them once).
 */
export type Caller = <T>(action: string, params?: Record<string, unknown>) => Promise<T>;

/**
 * Who a service call is made as. Every call a service makes to another says so explicitly:
 * - `asUser(ctx)`: on behalf of the user who called this action (their token travels; the callee authorizes them);
 * - `asSystem('grants')`: on the service's own behalf, for reference data a user could not read
 *   themselves but the rule needs (e.g. a funder's own organization record), or from event handlers and
 *   background work where there is no user. The internal token is minted per call by the broker middleware
 *   (infra/broker.ts) for the callee alone (its audience), so the caller need not know who serves the action.
 */
export function asUser(ctx: Context<unknown, CallMeta>): CallingOptions {
  return { meta: { token: ctx.meta?.token, requestId: ctx.meta?.requestId }, parentCtx: ctx };
}

/**
 * Marks a call as made on a service's own behalf. A symbol on the calling options, never in `meta`: options stay in
 * this process, whereas `meta` travels and is inherited by nested calls (so a caller could not smuggle it in).
 */
export const AS_SERVICE: unique symbol = Symbol('cej.asService');

/** Calling options that may carry the `AS_SERVICE` mark. */
export type SystemCallingOptions = CallingOptions & { [AS_SERVICE]?: string };

/**
 * Call options for the service's own work: the broker middleware mints a short-lived internal token naming
 * `service`, for the called action's service only (see infra/auth.ts `systemToken`).
 */
export function asSystem(service: string, ctx?: Context<unknown, CallMeta>): SystemCallingOptions {
  return { [AS_SERVICE]: service, meta: { requestId: ctx?.meta?.requestId }, ...(ctx ? { parentCtx: ctx } : {}) };
}

/** The actor a service's own background work acts as (audit entries attribute it to `service:<name>`). */
export function systemActor(service: string): Actor {
  return { id: `service:${service}`, roles: [], system: true };
}

/** A `Caller` on behalf of the user who called this action (their token travels; the callee authorizes them). */
export const userCaller =
  (ctx: Context<unknown, CallMeta>): Caller =>
  <T>(action: string, params?: Record<string, unknown>) =>
    ctx.call<T, Record<string, unknown> | undefined>(action, params, asUser(ctx));

/** A `Caller` on the named service's own behalf (event handlers, background work, reference data). */
export const systemCaller =
  (broker: ServiceBroker, service: string, ctx?: Context<unknown, CallMeta>): Caller =>
  <T>(action: string, params?: Record<string, unknown>) =>
    broker.call<T, Record<string, unknown> | undefined>(action, params, asSystem(service, ctx));

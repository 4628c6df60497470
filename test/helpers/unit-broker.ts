/**
 * The broker of a service's unit tests (the Moleculer template's layer): in process, no transporter, no logger,
 * with the real auth middleware (tokens are verified as on the bus), on this test file's own database prefix.
 * Stand-ins for the other services are registered by each spec with `broker.createService`.
 */
import { ServiceBroker, type Context } from 'moleculer';
import { authMiddleware } from '../../infra/broker.js';
import { isolateEnv } from './platform.js';

export function unitBroker(): ServiceBroker {
  isolateEnv();
  return new ServiceBroker({ logger: false, middlewares: [authMiddleware] });
}

/** Wraps a stand-in action so that each call appends its action name to `calls` (to count calls per request). */
export const recording =
  (calls: string[]) =>
  <P>(name: string, fn: (ctx: Context<P>) => unknown) =>
  (ctx: Context<P>) => {
    calls.push(name);
    return fn(ctx);
  };
